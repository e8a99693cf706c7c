package org.newsgraph.query.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutputs;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.query.SavedQuery;
import org.newsgraph.query.SavedQueryCatalog;
import org.newsgraph.query.SavedQueryRunner;
import org.newsgraph.store.NewsStore;

/**
 * Benchmark (not a test): p50/p95 latency of every non-federated saved query on a store of a generated corpus.
 * Generates N-Quads ({@link NewsCorpusGenerator}), loads them with TDB2's phased loader (as {@code tdb2.tdbloader}),
 * builds the jena-text index, then times each query (results fully written as TSV to a null stream).
 * <pre>
 *   bench/queries.sh [ARTICLES] [WORKDIR]      # default 100000 articles in a temp dir
 * </pre>
 */
public final class QueryBench {
    static { JenaSystem.init(); }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("newsgraph-bench");
        int warmup = Integer.getInteger("bench.warmup", 5);
        int runs = Integer.getInteger("bench.runs", 30);
        Files.createDirectories(work);
        Path nq = work.resolve("corpus.nq");
        Path storeDir = work.resolve("store");
        NewsCorpusGenerator gen = new NewsCorpusGenerator(n, 42);
        if (!Files.exists(storeDir.resolve("tdb2"))) {
            long t0 = System.nanoTime();
            long quads;
            if (Boolean.getBoolean("bench.reuseCorpus") && Files.exists(nq)) {   // a complete corpus.nq of an earlier run
                try (var lines = Files.lines(nq)) { quads = lines.count(); }
                System.err.printf("reusing %s: %,d quads%n", nq, quads);
            } else {
                quads = gen.write(nq);
                double genS = (System.nanoTime() - t0) / 1e9;
                System.err.printf("generated %,d articles, %,d quads in %.1f s%n", n, quads, genS);
            }

            t0 = System.nanoTime();
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(storeDir.resolve("tdb2").toString());
            DataLoader loader = LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
            loader.startBulk();
            try {
                loader.load(nq.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            double loadS = (System.nanoTime() - t0) / 1e9;
            System.err.printf("TDB2 phased loader: %.1f s, %,.0f quads/s%n", loadS, quads / loadS);

            t0 = System.nanoTime();
            long docs = buildTextIndex(storeDir);
            System.err.printf("text index: %,d entries in %.1f s%n", docs, (System.nanoTime() - t0) / 1e9);
            if (!Boolean.getBoolean("bench.keepCorpus")) Files.deleteIfExists(nq);   // kept: for other loaders
        }

        try (NewsStore store = NewsStore.open(storeDir)) {
            // The article index (ngf: functions) is built once per process; its build time and heap are reported.
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long heap0 = rt.totalMemory() - rt.freeMemory();
            long i0 = System.nanoTime();
            var index = store.articleIndex();
            double indexS = (System.nanoTime() - i0) / 1e9;
            System.gc();
            long heap1 = rt.totalMemory() - rt.freeMemory();
            System.out.printf("article index: %,d articles, %,d entities, ready in %.1f s (read from the saved file when "
                    + "there is one), %.0f MB of heap%n", index.articleCount(), index.nodeCount(), indexS, (heap1 - heap0) / 1e6);
            for (int i = 1; i <= Integer.getInteger("bench.rebuilds", 2); i++) {   // a build from the store, as after a write (cold, then warm)
                store.articleIndexChanged();
                long b0 = System.nanoTime();
                store.articleIndex();
                System.out.printf("article index built from the store (run %d): %.1f s%n", i, (System.nanoTime() - b0) / 1e9);
            }
            System.out.println();
            Map<String, Map<String, String>> cases = cases(gen);
            SavedQueryCatalog catalog = SavedQueryCatalog.fromDirectory(Path.of("queries"));
            double budget = Double.parseDouble(System.getProperty("bench.budgetSeconds", "20"));
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            System.out.printf("| query | parameters | rows | first run ms | runs | p50 ms | p95 ms | max ms | CPU p50 ms |%n"
                    + "|---|---|---:|---:|---:|---:|---:|---:|---:|%n");
            for (Map.Entry<String, Map<String, String>> c : cases.entrySet()) {
                String name = c.getKey().replaceFirst("#.*", "");
                if (System.getProperty("bench.only") != null && !name.matches(System.getProperty("bench.only"))) continue;
                SavedQuery q = catalog.get(name).orElseThrow();
                SavedQueryRunner runner = SavedQueryRunner.over(store.dataset());
                ResultFormat fmt = q.query().isConstructType() ? ResultFormat.NTRIPLES : ResultFormat.TSV;
                CountingNull out = new CountingNull();
                List<Double> ms = new ArrayList<>();
                List<Double> cpu = new ArrayList<>();
                double firstMs;
                try {
                    long w0 = System.nanoTime();
                    runner.run(q.bind(c.getValue()), fmt, new CountingNull());   // the first run: cold, no cached aggregate
                    firstMs = (System.nanoTime() - w0) / 1e6;
                    for (int i = 1; i < warmup && (System.nanoTime() - w0) / 1e9 < budget / 2; i++)
                        runner.run(q.bind(c.getValue()), fmt, new CountingNull());
                    long start = System.nanoTime();
                    while (ms.size() < runs && (ms.size() < 3 || (System.nanoTime() - start) / 1e9 < budget)) {
                        out.lines = 0;
                        long c0 = mx.getCurrentThreadCpuTime();
                        long t = System.nanoTime();
                        runner.run(q.bind(c.getValue()), fmt, out);
                        ms.add((System.nanoTime() - t) / 1e6);
                        cpu.add((mx.getCurrentThreadCpuTime() - c0) / 1e6);
                    }
                } catch (org.apache.jena.query.QueryCancelledException e) {
                    System.out.printf("| %s | %s | - | | %d | timeout (> %d s) | | | |%n", name, shortParams(c.getValue()), ms.size(),
                            SavedQueryRunner.DEFAULT_TIMEOUT.toSeconds());
                    System.out.flush();
                    continue;
                }
                ms.sort(null);
                cpu.sort(null);
                int k = ms.size();
                System.out.printf("| %s | %s | %d | %.1f | %d | %.1f | %.1f | %.1f | %.1f |%n", name, shortParams(c.getValue()), out.lines - 1, firstMs, k,
                        ms.get(k / 2), ms.get((int) Math.ceil(k * 0.95) - 1), ms.get(k - 1), cpu.get(k / 2));
                System.out.flush();
            }
        }
    }

    /** Parameters: the most mentioned person (rank 0) and a mid-table one (rank 500), a month, the top publisher... */
    static Map<String, Map<String, String>> cases(NewsCorpusGenerator gen) {
        String top = NewsCorpusGenerator.person(0).getURI();
        String mid = NewsCorpusGenerator.person(500).getURI();
        Map<String, String> month = Map.of("since", "2023-03-01", "until", "2023-03-31");
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        m.put("articles-about-person#top", Map.of("person", top));
        m.put("articles-about-person#mid", Map.of("person", mid));
        m.put("articles-about-person#top-month", with(month, "person", top));
        m.put("people-most-mentioned#all", Map.of());
        m.put("people-most-mentioned#month", month);
        m.put("co-mentioned-pairs#all", Map.of());
        m.put("co-mentioned-pairs#month", month);
        m.put("people-mentioned-with#top", Map.of("person", top));
        m.put("people-mentioned-with#mid", Map.of("person", mid));
        m.put("person-timeline#top", Map.of("person", top));
        m.put("person-timeline#mid", Map.of("person", mid));
        m.put("quotes-by-person#top", Map.of("person", top));
        m.put("quotes-by-person#mid", Map.of("person", mid));
        m.put("person-titles#top", Map.of("person", top));
        m.put("person-titles#mid", Map.of("person", mid));
        m.put("places-mentioned#all", Map.of());
        m.put("places-mentioned#month", month);
        m.put("articles-by-publisher#all", Map.of());
        m.put("articles-by-publisher#top-month", with(month, "publisher", NewsCorpusGenerator.publisher(0).getURI()));
        m.put("sources-cited#all", Map.of());
        m.put("sources-cited#month", month);
        m.put("linked-entities#all", Map.of());
        m.put("linked-entities#people", Map.of("type", "http://schema.org/Person", "min_confidence", "0.9"));
        m.put("search-articles#rare", Map.of("q", "term2000"));
        m.put("search-articles#common", Map.of("q", "ceasefire"));
        m.put("find-entity#name", Map.of("name", NewsCorpusGenerator.LAST[3]));
        m.put("article-graph#one", Map.of("article", NewsCorpusGenerator.article(12345 % gen.articles).getURI()));
        return m;
    }

    private static Map<String, String> with(Map<String, String> base, String k, String v) {
        Map<String, String> m = new LinkedHashMap<>(base);
        m.put(k, v);
        return m;
    }

    private static String shortParams(Map<String, String> p) {
        List<String> out = new ArrayList<>();
        p.forEach((k, v) -> out.add(k + "=" + v.replace("https://w3id.org/newsgraph/id/", "")));
        return out.isEmpty() ? "(none)" : String.join(" ", out);
    }

    /** Indexes every headline, body, name and quote text of the loaded store into the jena-text index. */
    static long buildTextIndex(Path storeDir) {
        long count = 0;
        try (NewsStore store = NewsStore.open(storeDir)) {
            DatasetGraphText text = (DatasetGraphText) store.datasetGraph();
            TextIndex index = text.getTextIndex();
            DatasetGraph base = text.getBase();
            long[] c = {0};
            Txn.executeWrite(text, () -> {
                for (Node p : NewsStore.entityDefinition().fields().stream()
                        .flatMap(f -> NewsStore.entityDefinition().getPredicates(f).stream()).distinct().toList()) {
                    base.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining((Quad q) -> {
                        Entity e = TextQueryFuncs.entityFromQuad(index.getDocDef(), q);
                        if (e != null) { index.addEntity(e); c[0]++; }
                    });
                }
            });
            count = c[0];
        }
        return count;
    }

    /** Discards output, counting lines. */
    static final class CountingNull extends OutputStream {
        long lines;

        @Override public void write(int b) { if (b == '\n') lines++; }

        @Override public void write(byte[] b, int off, int len) { for (int i = off; i < off + len; i++) if (b[i] == '\n') lines++; }
    }
}
