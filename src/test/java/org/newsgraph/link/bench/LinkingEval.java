package org.newsgraph.link.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.link.EntityType;
import org.newsgraph.link.IndexCache;
import org.newsgraph.link.Link;
import org.newsgraph.link.LinkRequest;
import org.newsgraph.link.Linker;
import org.newsgraph.link.TitleMatcher;
import org.newsgraph.link.WikiDictIndex;
import org.newsgraph.link.WikiDictIndexBuilder;

/**
 * Linking accuracy <b>given gold spans</b> (not NLP output) on an ELEVANT JSONL file: every non-coreference gold
 * mention of a person, place or organisation inside the evaluation span with a non-NIL QID is linked with its
 * surface, its gold type, its fullest form in the document (the longest gold mention of the same type that contains
 * it as whole words, for persons only — a name-based in-document resolution, not the gold grouping) and the document's other
 * mentions as context. Correct = {@link TitleMatcher#matches}. Also prints the prior-only baseline (the top WikiDict
 * title of the mention's own surface).
 *
 * <pre>
 *   java -cp target/classes:target/test-classes:$(cat cp.txt) org.newsgraph.link.bench.LinkingEval GOLD.jsonl [CACHE_DIR]
 * </pre>
 */
public final class LinkingEval {
    public static void main(String[] args) throws Exception {
        Path gold = Path.of(args[0]);
        Path cache = args.length > 1 ? Path.of(args[1]) : IndexCache.root(null);
        WikiDictIndex index = IndexCache.at(cache).openOrBuild(WikiDictIndexBuilder.Progress.NONE);
        double nilThreshold = Double.parseDouble(System.getProperty("nil", "0.45"));
        // -Dwithout=rule,rule turns linking rules off (docs/quality.md); the outlet rule is on unless named
        java.util.List<String> without = java.util.List.of(System.getProperty("without", "").split(",")).stream().filter(x -> !x.isBlank()).toList();
        Linker.Builder lb = Linker.create(index).nilThreshold(nilThreshold).without(without);
        if (!without.contains("outlets")) lb.rule(org.newsgraph.link.LinkingResolver.outletRule(org.newsgraph.rdf.PublisherRegistry.standard()));
        Linker linker = lb.build();
        int[] sweepLinked = new int[SWEEP.length], sweepCorrect = new int[SWEEP.length];
        int[] bucketLinks = new int[BUCKETS.length], bucketCorrect = new int[BUCKETS.length];
        TitleMatcher matcher = TitleMatcher.create(index);
        TitleMatcher oldRule = TitleMatcher.create(index, TitleMatcher.Rule.CASE_MERGED);
        int correctOld = 0, priorOld = 0, exactPrior = 0, exactPriorOld = 0, exactPriorLinks = 0;
        ObjectMapper json = new ObjectMapper();
        int mentions = 0, correct = 0, nil = 0, priorCorrect = 0, goldUnknown = 0, docs = 0;
        Map<String, int[]> perType = new HashMap<>();
        List<String> errors = new ArrayList<>();
        long t0 = System.nanoTime();
        try (BufferedReader r = Files.newBufferedReader(gold)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode doc = json.readTree(line);
                docs++;
                String text = doc.get("text").asText();
                int evB = doc.path("evaluation_span").path(0).asInt(0), evE = doc.path("evaluation_span").path(1).asInt(text.length());
                record M(String surface, EntityType type, String qid, String name) {}
                List<M> ms = new ArrayList<>();
                for (JsonNode l : doc.get("labels")) {
                    if (l.path("coref").asBoolean(false)) continue;
                    int b = l.get("span").get(0).asInt(), e = l.get("span").get(1).asInt();
                    if (b < evB || e > evE) continue;
                    EntityType t = type(l.path("type").asText());
                    String qid = l.path("entity_id").asText();
                    if (t == null || qid.equals("<NIL>") || !qid.startsWith("Q")) continue;
                    ms.add(new M(text.substring(b, e), t, qid, l.path("name").asText()));
                }
                List<LinkRequest.ContextEntity> context = new ArrayList<>();
                for (M m : ms) context.add(new LinkRequest.ContextEntity(fullest(m.surface, m.type, ms.stream().filter(x -> x.type == m.type).map(x -> x.surface).toList()), m.type));
                Map<String, List<Linker.Scored>> memo = new HashMap<>();
                org.newsgraph.link.ArticleText article = new org.newsgraph.link.ArticleText(text);
                for (M m : ms) {
                    String full0 = fullest(m.surface, m.type, ms.stream().filter(x -> x.type == m.type).map(x -> x.surface).toList());
                    String full = TEXT_NAMES && m.type == EntityType.PERSON ? fullestInText(full0, text) : full0;
                    List<LinkRequest.ContextEntity> ctx = context.stream().filter(c -> !c.name().equals(full)).distinct().toList();
                    LinkRequest req = LinkRequest.of(full, m.type)
                            .withAlternateNames(full.equals(m.surface) ? List.of() : List.of(m.surface)).withContext(ctx).withArticle(article);
                    List<Linker.Scored> ranked = memo.computeIfAbsent(full + "\u0000" + m.surface + "\u0000" + m.type, k -> linker.rank(req));
                    Optional<Link> link = linker.decide(ranked, nilThreshold);
                    Optional<Link> any = linker.decide(ranked, 0);
                    if (any.isPresent()) {
                        int bk = 0;
                        while (bk + 1 < BUCKETS.length && any.get().confidence() >= BUCKETS[bk + 1]) bk++;
                        bucketLinks[bk]++;
                        if (matcher.matches(any.get().title(), m.qid, m.name)) bucketCorrect[bk]++;
                    }
                    for (int s = 0; s < SWEEP.length; s++) {
                        Optional<Link> l = linker.decide(ranked, SWEEP[s]);
                        if (l.isPresent()) sweepLinked[s]++;
                        if (matcher.matches(l.map(Link::title).orElse(null), m.qid, m.name)) sweepCorrect[s]++;
                    }
                    mentions++;
                    int[] pt = perType.computeIfAbsent(m.type.name(), k -> new int[2]);
                    pt[0]++;
                    if (index.topTitle(m.name) == null) goldUnknown++;
                    String pred = link.map(Link::title).orElse(null);
                    if (pred == null) nil++;
                    if (oldRule.matches(pred, m.qid, m.name)) correctOld++;
                    if (oldRule.matches(index.topTitle(m.surface), m.qid, m.name)) priorOld++;
                    String exactTop = index.exactTitle(m.surface) != null ? index.exactTitle(m.surface) : index.topTitle(m.surface);
                    if (matcher.matches(exactTop, m.qid, m.name)) exactPrior++;
                    if (exactTop != null) exactPriorLinks++;
                    if (oldRule.matches(exactTop, m.qid, m.name)) exactPriorOld++;
                    if (System.getProperty("bylabel") != null) {
                        for (String cand : new String[] {pred, exactTop})
                            if (cand != null && matcher.matches(cand, m.qid, m.name) && !cand.equalsIgnoreCase(matcher.goldTitle(m.name)))
                                System.out.println("  by label only: " + m.surface + " -> " + cand + " ; gold " + m.qid + " " + m.name + " (" + matcher.goldTitle(m.name) + ")");
                    }
                    if (matcher.matches(pred, m.qid, m.name)) { correct++; pt[1]++; }
                    else if (errors.size() < 400) errors.add(m.surface + " [" + full + ", " + m.type + "] -> " + pred + " ; gold " + m.qid + " " + m.name + " (" + matcher.goldTitle(m.name) + ")");
                    if (matcher.matches(index.topTitle(m.surface), m.qid, m.name)) priorCorrect++;
                    if (System.getProperty("lost") != null && matcher.matches(exactTop, m.qid, m.name) != matcher.matches(pred, m.qid, m.name))
                        System.out.println((matcher.matches(pred, m.qid, m.name) ? "  gained " : "  lost ") + m.surface + " [" + full + ", " + m.type
                                + "] -> " + pred + " ; exact-case prior " + exactTop + " ; gold " + matcher.goldTitle(m.name));
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("documents %d, gold mentions (PER/LOC/ORG, non-NIL, non-coref) %d%n", docs, mentions);
        System.out.printf("linking accuracy given gold spans: %.3f (%d/%d)%n", correct / (double) mentions, correct, mentions);
        System.out.printf("prior-only baseline (case-merged top WikiDict title of the surface): %.3f%n", priorCorrect / (double) mentions);
        System.out.printf("prior-only baseline (WikiDict entry of the surface as written, else case-merged): %.3f (%d links, precision %.3f)%n",
                exactPrior / (double) mentions, exactPriorLinks, exactPrior / (double) Math.max(1, exactPriorLinks));
        System.out.printf("under the old matching rule (CASE_MERGED): linker %.3f (%d), prior %.3f, exact-case prior %.3f%n",
                correctOld / (double) mentions, correctOld, priorOld / (double) mentions, exactPriorOld / (double) mentions);
        System.out.printf("NIL predictions %d; gold labels unknown to the WikiDict %d%n", nil, goldUnknown);
        perType.forEach((t, a) -> System.out.printf("  %-12s %.3f (%d/%d)%n", t, a[1] / (double) a[0], a[1], a[0]));
        System.out.println("NIL threshold sweep (score and confidence >= t): t, accuracy, links made, precision of the links");
        for (int s = 0; s < SWEEP.length; s++)
            System.out.printf("  %.2f  %.3f  %d  %.3f%n", SWEEP[s], sweepCorrect[s] / (double) mentions, sweepLinked[s],
                    sweepCorrect[s] / (double) Math.max(1, sweepLinked[s]));
        System.out.println("precision of the best candidate by its confidence: from, links, precision");
        for (int b = 0; b < BUCKETS.length; b++)
            System.out.printf("  %.2f  %d  %.3f%n", BUCKETS[b], bucketLinks[b], bucketCorrect[b] / (double) Math.max(1, bucketLinks[b]));
        System.out.printf("time %.1f s%n", secs);
        if (System.getProperty("errors") != null) errors.forEach(e -> System.out.println("  x " + e));
    }

    static final double[] BUCKETS = {0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
    static final double[] SWEEP = {0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6};

    static EntityType type(String t) {
        if (t.contains("Q215627")) return EntityType.PERSON;
        if (t.contains("Q27096213")) return EntityType.PLACE;
        if (t.contains("Q43229")) return EntityType.ORGANIZATION;
        return null;
    }

    /** -Dtextnames=1: a lone surname's fullest name may also come from the whole document text (as NLP does it). */
    static final boolean TEXT_NAMES = System.getProperty("textnames") != null;

    /**
     * A one-word person name ("Mr Turnbull" → "Turnbull") expanded to the most frequent "Given Surname" anywhere in the
     * document text ("Malcolm Turnbull"; a given name is one capitalised word, optionally followed by an initial, not a
     * title or function word); the name itself when there is none.
     */
    static String fullestInText(String name, String text) {
        String bare = name.replaceFirst("^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Gen|Sen|Rep|Gov)\\.?\\s+", "");
        if (bare.isEmpty() || bare.indexOf(' ') >= 0) return name;
        java.util.regex.Matcher mm = java.util.regex.Pattern.compile(
                "\\b(\\p{Lu}[\\p{Ll}'-]+(?:\\s+\\p{Lu}\\.)?)\\s+" + java.util.regex.Pattern.quote(bare) + "\\b").matcher(text);
        Map<String, Integer> counts = new HashMap<>();
        while (mm.find()) {
            String given = mm.group(1);
            if (NOT_GIVEN.contains(given.split("\\s+")[0])) continue;
            counts.merge(given + " " + bare, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(name);
    }

    private static final java.util.Set<String> NOT_GIVEN = java.util.Set.of(("The A An And But Or In On At By For From With "
            + "To Of As If When While After Before Mr Mrs Ms Miss Dr Prof Sir Dame Lord Lady President Minister Secretary "
            + "Senator Governor Mayor Judge Justice Chancellor Premier Leader General Captain Coach Protector Prince "
            + "Princess King Queen Pope Bishop Father Officer Sheriff Chief Director Professor Doctor Speaker Rep Sen").split(" "));

    /** For a person, the longest surface containing {@code s} as whole words ("Putin" → "Vladimir Putin"). */
    static String fullest(String s, EntityType type, List<String> all) {
        String best = s;
        if (type != EntityType.PERSON) return s;
        for (String o : all) {
            if (o.length() > best.length() && (" " + o + " ").contains(" " + s + " ")) best = o;
        }
        return best;
    }
}
