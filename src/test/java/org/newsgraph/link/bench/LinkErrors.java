package org.newsgraph.link.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.newsgraph.eval.GoldDocument;
import org.newsgraph.eval.GoldLabel;
import org.newsgraph.eval.GoldReader;
import org.newsgraph.link.IndexCache;
import org.newsgraph.link.TitleMatcher;
import org.newsgraph.link.WikiDictIndex;
import org.newsgraph.link.WikiDictIndexBuilder;

/**
 * Lists the end-to-end linking misses of an {@code eval --predictions-out} file against ELEVANT gold, by the same
 * rule as {@code eval} ({@link TitleMatcher}): every found gold-linked mention whose predicted link is not the gold
 * entity, with the surface, the predicted title and the gold label's title.
 *
 * <pre>
 *   java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.newsgraph.link.bench.LinkErrors GOLD.jsonl PREDS.jsonl CACHE_DIR
 * </pre>
 */
public final class LinkErrors {
    public static void main(String[] args) throws Exception {
        WikiDictIndex index = IndexCache.at(Path.of(args[2])).openOrBuild(WikiDictIndexBuilder.Progress.NONE);
        TitleMatcher matcher = TitleMatcher.create(index, TitleMatcher.Rule.valueOf(System.getProperty("rule", "EXACT")));
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> preds = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            preds.put(n.get("id").asText(), n.get("mentions"));
        }
        int found = 0, correct = 0, unknown = 0, linked = 0, nilFound = 0, nilLinked = 0;
        for (GoldDocument doc : GoldReader.elevant(Path.of(args[0]))) {
            JsonNode ms = preds.get(doc.id());
            if (ms == null) continue;
            for (GoldLabel g : doc.labels()) {
                if (g.link() == null) {
                    for (JsonNode p : ms)
                        if (p.get("b").asInt() == g.begin() && p.get("e").asInt() == g.end()) {
                            nilFound++;
                            if (p.hasNonNull("link")) nilLinked++;
                            break;
                        }
                    continue;
                }
                if (!g.scored()) continue;
                for (JsonNode p : ms) {
                    if (p.get("b").asInt() != g.begin() || p.get("e").asInt() != g.end()) continue;
                    found++;
                    if (index.titleId(matcher.goldTitle(g.name())) < 0) unknown++;
                    String link = p.path("link").asText(null);
                    if (link != null) linked++;
                    if (link != null && matcher.matches(link, g.link(), g.name())) correct++;
                    else System.out.println("  x " + (index.titleId(matcher.goldTitle(g.name())) < 0 ? "[gold title unknown] " : "") + doc.id() + " " + doc.text().substring(g.begin(), g.end()) + " [" + p.get("t").asText()
                            + "] -> " + link + " ; gold " + g.link() + " " + g.name() + " (" + matcher.goldTitle(g.name()) + ")");
                    break;
                }
            }
        }
        System.out.printf("found %d, correct %d, accuracy %.3f; gold title not in the WikiDict %d (ceiling %.3f)%n", found, correct,
                correct / (double) Math.max(1, found), unknown, (found - unknown) / (double) Math.max(1, found));
        System.out.printf("links made on them %d (precision %.3f); gold-NIL spans found %d, linked anyway %d%n", linked,
                correct / (double) Math.max(1, linked), nilFound, nilLinked);
    }
}
