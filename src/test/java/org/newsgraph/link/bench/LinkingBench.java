package org.newsgraph.link.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.link.EntityType;
import org.newsgraph.link.IndexCache;
import org.newsgraph.link.LinkRequest;
import org.newsgraph.link.Linker;
import org.newsgraph.link.Surfaces;
import org.newsgraph.link.WikiDictIndex;
import org.newsgraph.link.WikiDictIndexBuilder;

/**
 * Benchmark of the offline linking index (not a test): build time (optional), index size, reopen time, lookups/s
 * (normalise + hash + search, on words, word pairs and gold mentions of an ELEVANT file: hits and misses),
 * candidate lists/s, links/s and the heap in use afterwards.
 *
 * <pre>
 *   java -Xmx1g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.newsgraph.link.bench.LinkingBench \
 *        CACHE_DIR GOLD.jsonl [--build]
 * </pre>
 */
public final class LinkingBench {
    public static void main(String[] args) throws Exception {
        Path cacheRoot = Path.of(args[0]);
        Path gold = Path.of(args[1]);
        boolean build = args.length > 2 && args[2].equals("--build");
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        IndexCache cache = IndexCache.at(cacheRoot);
        if (build) {
            long cpu0 = os.getProcessCpuTime(), t0 = System.nanoTime();
            cache.rebuild(WikiDictIndexBuilder.Progress.NONE).close();
            System.out.printf("build: %.1f s wall, %.1f s CPU (both threads), load average at end %.1f%n",
                    (System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9, os.getSystemLoadAverage());
        }
        long size = 0;
        try (Stream<Path> files = Files.list(cache.indexDir())) {
            for (Path p : (Iterable<Path>) files::iterator) size += Files.size(p);
        }
        System.out.printf("index: %s, %.0f MB on disk%n", cache.indexDir(), size / 1e6);
        long best = Long.MAX_VALUE;
        WikiDictIndex index = null;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            WikiDictIndex ix = WikiDictIndex.open(cache.indexDir());
            ix.topTitle("Moscow");
            best = Math.min(best, System.nanoTime() - t0);
            index = ix;
        }
        System.out.printf("reopen (map files + first lookup): %.1f ms (best of 5)%n", best / 1e6);
        System.out.printf("keys %,d, titles %,d, build recorded in meta: %s ms%n", index.keyCount(), index.titleCount(),
                index.meta().getProperty("buildMillis"));

        // Queries: gold mention surfaces, every word and every pair of words of the gold texts.
        ObjectMapper json = new ObjectMapper();
        Set<String> queries = new LinkedHashSet<>();
        List<String[]> mentions = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(gold)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode doc = json.readTree(line);
                String text = doc.get("text").asText();
                String[] words = text.split("[^\\p{L}\\p{N}.'-]+");
                for (int i = 0; i < words.length; i++) {
                    if (words[i].isEmpty()) continue;
                    queries.add(words[i]);
                    if (i + 1 < words.length) queries.add(words[i] + " " + words[i + 1]);
                }
                for (JsonNode l : doc.get("labels")) {
                    int b = l.get("span").get(0).asInt(), e = l.get("span").get(1).asInt();
                    String s = text.substring(b, e);
                    queries.add(s);
                    mentions.add(new String[] {s, l.path("type").asText()});
                }
            }
        }
        final WikiDictIndex ix = index;
        String[] q = queries.toArray(String[]::new);
        int hits = 0;
        for (String s : q) if (ix.candidateCount(Surfaces.keyHash(s)) >= 0) hits++;
        System.out.printf("queries: %,d distinct strings, %.0f%% found%n", q.length, 100.0 * hits / q.length);

        long[] keys = new long[q.length];
        for (int i = 0; i < q.length; i++) keys[i] = Surfaces.keyHash(q[i]);
        rate("lookups/s (pre-hashed keys, search only)", 3, n -> {
            long sink = 0;
            for (int i = 0; i < n; i++) sink += ix.candidateCount(keys[i % keys.length]);
            return sink;
        }, keys.length);
        rate("lookups/s (normalise + hash + search)", 3, n -> {
            long sink = 0;
            for (int i = 0; i < n; i++) sink += ix.candidateCount(Surfaces.keyHash(q[i % q.length]));
            return sink;
        }, q.length);
        rate("candidate lists/s (with title strings)", 3, n -> {
            long sink = 0;
            for (int i = 0; i < n; i++) sink += ix.candidates(q[i % q.length]).size();
            return sink;
        }, q.length);
        Linker linker = Linker.create(ix).build();
        List<LinkRequest> reqs = new ArrayList<>();
        for (String[] m : mentions) {
            EntityType t = m[1].contains("Q215627") ? EntityType.PERSON : m[1].contains("Q27096213") ? EntityType.PLACE
                    : m[1].contains("Q43229") ? EntityType.ORGANIZATION : EntityType.OTHER;
            reqs.add(LinkRequest.of(m[0], t));
        }
        rate("links/s (Linker.link, gold mentions, no context)", 3, n -> {
            long sink = 0;
            for (int i = 0; i < n; i++) sink += linker.link(reqs.get(i % reqs.size())).isPresent() ? 1 : 0;
            return sink;
        }, reqs.size());
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap in use after GC: %.0f MB (max heap %.0f MB)%n", (rt.totalMemory() - rt.freeMemory()) / 1e6,
                rt.maxMemory() / 1e6);
    }

    interface Work {
        long run(int n);
    }

    /**
     * Runs {@code work} for about {@code seconds} after a warm-up and prints operations per second of wall time
     * and per second of this thread's CPU time (the second is what one core delivers on a machine shared with
     * other jobs).
     */
    static void rate(String label, int seconds, Work work, int batch) {
        java.lang.management.ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        work.run(Math.max(batch, 100_000));   // warm-up
        long ops = 0, t0 = System.nanoTime(), c0 = tm.getCurrentThreadCpuTime(), sink = 0;
        int n = Math.max(1000, batch);
        while (System.nanoTime() - t0 < seconds * 1_000_000_000L) {
            sink += work.run(n);
            ops += n;
        }
        double secs = (System.nanoTime() - t0) / 1e9, cpu = (tm.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf("%-50s %,12.0f wall  %,12.0f per CPU-second%s%n", label, ops / secs, ops / cpu, sink == 42 ? " " : "");
    }
}
