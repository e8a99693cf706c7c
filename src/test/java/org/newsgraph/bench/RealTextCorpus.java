package org.newsgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.eval.GoldDocument;
import org.newsgraph.eval.GoldReader;

/**
 * Benchmark input (not a test): N articles of real news text as JSON Lines, for {@code bench/spark.sh}. The texts are
 * those of a gold file (ELEVANT JSONL, e.g. news-fair-v2's 120 articles), cycled; each copy gets its own URL, so each is
 * its own article, and the first line of the text is its headline.
 * <pre>
 *   java … org.newsgraph.bench.RealTextCorpus GOLD.jsonl N OUT.jsonl
 * </pre>
 */
public final class RealTextCorpus {
    public static void main(String[] args) throws Exception {
        List<GoldDocument> docs = GoldReader.elevant(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String text = docs.get(i % docs.size()).text().strip();
                int nl = text.indexOf('\n');
                ObjectNode a = json.createObjectNode();
                a.put("url", "https://bench.example.org/" + (i / docs.size()) + "/" + (i % docs.size()));
                a.put("headline", nl > 0 ? text.substring(0, nl).strip() : text);
                a.put("datePublished", "2024-01-" + String.format("%02d", 1 + i % 28));
                a.put("body", nl > 0 ? text.substring(nl + 1).strip() : text);
                w.write(json.writeValueAsString(a));
                w.newLine();
            }
        }
        System.err.printf("%,d articles from %d texts in %s%n", n, docs.size(), args[2]);
    }
}
