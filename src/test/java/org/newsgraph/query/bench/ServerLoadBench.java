package org.newsgraph.query.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sys.JenaSystem;
import org.newsgraph.query.QueriesServlet;
import org.newsgraph.query.SavedQueryCatalog;
import org.newsgraph.server.NewsServer;
import org.newsgraph.store.NewsStore;

/**
 * Benchmark (not a test): the server under a bounded loopback load. Serves a store of generated articles (built as
 * {@link QueryBench} builds it) on 127.0.0.1 with a free port, then CLIENTS threads send requests back to back for
 * SECONDS seconds — a mix of saved queries ({@code /queries/NAME?...}, the parameter sets of {@link QueryBench}) and
 * SPARQL queries to {@code /news/sparql} — and it prints requests/s, p50/p95/p99 latency and the errors (any status
 * other than 200, or a failed request). Only 127.0.0.1 traffic; bounded in time and in clients.
 * <pre>
 *   bench/server-load.sh [ARTICLES] [CLIENTS] [SECONDS] [WORKDIR]     # default 20000 16 60
 * </pre>
 */
public final class ServerLoadBench {
    static { JenaSystem.init(); }

    static final String PREFIXES = "PREFIX schema: <http://schema.org/> PREFIX text: <http://jena.apache.org/text#> ";
    static final List<String> SPARQL = List.of(
            "SELECT ?a ?h { GRAPH ?a { ?a a schema:NewsArticle ; schema:headline ?h } } LIMIT 20",
            "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?a a schema:NewsArticle } }",
            "SELECT ?a ?d { GRAPH ?a { ?a schema:datePublished ?d } } ORDER BY DESC(?d) LIMIT 10",
            "SELECT ?p ?name { GRAPH ?g { ?p a schema:Person ; schema:name ?name } } LIMIT 50",
            "SELECT ?a { ?a text:query \"ceasefire\" } LIMIT 10",
            "ASK { GRAPH ?g { ?s schema:headline ?h } }");

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path work = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("newsgraph-load");
        if (clients < 1 || clients > 64 || seconds < 1 || seconds > 600)
            throw new IllegalArgumentException("1..64 clients, 1..600 seconds");
        Path storeDir = work.resolve("store");
        if (!Files.exists(storeDir.resolve("tdb2"))) {
            System.setProperty("bench.only", "^$"); // build the store (and the article index), time no query
            QueryBench.main(new String[] {Integer.toString(n), work.toString()});
        }
        NewsCorpusGenerator gen = new NewsCorpusGenerator(n, 42);
        List<String> paths = new ArrayList<>();
        List<String> kinds = new ArrayList<>(); // a label per request, for the latency per kind
        for (Map.Entry<String, Map<String, String>> c : QueryBench.cases(gen).entrySet()) {
            StringBuilder sb = new StringBuilder("queries/" + c.getKey().replaceFirst("#.*", "") + "?");
            c.getValue().forEach((k, v) -> sb.append(enc(k)).append('=').append(enc(v)).append('&'));
            paths.add(sb.toString());
            kinds.add(c.getKey());
        }
        for (String q : SPARQL) {
            paths.add("news/sparql?query=" + enc(PREFIXES + q));
            kinds.add("sparql: " + (q.length() > 60 ? q.substring(0, 60) + "…" : q));
        }

        try (NewsStore store = NewsStore.open(storeDir)) {
            store.articleIndex();
            // -Dbench.maxConcurrent=N: the server's bound on requests executed at once (default: the server's default)
            int maxConcurrent = Integer.getInteger("bench.maxConcurrent", NewsServer.Builder.defaultMaxConcurrent());
            NewsServer server = NewsServer.create().store(store).host("127.0.0.1").port(0).ui(false).maxConcurrent(maxConcurrent)
                    .servlet("/queries/*", new QueriesServlet(SavedQueryCatalog.fromDirectory(Path.of("queries")), store.dataset()))
                    .build().start();
            try {
                String base = server.url();
                // warm-up: every request once
                HttpClient warm = HttpClient.newHttpClient();
                for (String p : paths) send(warm, base + p);

                List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
                Map<String, List<Long>> byKind = new ConcurrentHashMap<>();
                Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                List<Thread> threads = new ArrayList<>();
                for (int t = 0; t < clients; t++) {
                    Random rnd = new Random(t);
                    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                    Thread th = new Thread(() -> {
                        List<Long> mine = new ArrayList<>();
                        while (System.nanoTime() < end) {
                            int i = rnd.nextInt(paths.size());
                            String p = paths.get(i);
                            long t0 = System.nanoTime();
                            String err = send(client, base + p);
                            long took = System.nanoTime() - t0;
                            mine.add(took);
                            byKind.computeIfAbsent(kinds.get(i), k -> Collections.synchronizedList(new ArrayList<>())).add(took);
                            if (err != null) errors.computeIfAbsent(err + " " + p.replaceFirst("\\?.*", ""), k -> new AtomicLong()).incrementAndGet();
                        }
                        latencies.addAll(mine);
                    });
                    threads.add(th);
                    th.start();
                }
                long start = System.nanoTime();
                for (Thread th : threads) th.join();
                double elapsed = (System.nanoTime() - start) / 1e9;
                List<Long> sorted = new ArrayList<>(latencies);
                Collections.sort(sorted);
                long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
                System.out.printf("%,d articles, %d clients, %d s, %d request kinds (%d saved-query, %d SPARQL), "
                        + "server: at most %d requests at once%n",
                        n, clients, seconds, paths.size(), paths.size() - SPARQL.size(), SPARQL.size(), maxConcurrent);
                System.out.printf("requests: %,d   requests/s: %.1f   p50: %.1f ms   p95: %.1f ms   p99: %.1f ms   max: %.1f ms   errors: %d%n",
                        sorted.size(), sorted.size() / elapsed, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6, errorCount);
                errors.forEach((k, v) -> System.out.println("  error: " + k + " x" + v));
                // Latency per kind of request, slowest p99 first: what makes the tail.
                System.out.printf("%n| request | n | p50 ms | p95 ms | p99 ms | max ms |%n|---|---:|---:|---:|---:|---:|%n");
                byKind.entrySet().stream().map(e -> {
                    List<Long> l = new ArrayList<>(e.getValue());
                    Collections.sort(l);
                    return Map.entry(e.getKey(), l);
                }).sorted((a, b) -> Double.compare(pct(b.getValue(), 99), pct(a.getValue(), 99))).forEach(e ->
                        System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", e.getKey(), e.getValue().size(),
                                pct(e.getValue(), 50), pct(e.getValue(), 95), pct(e.getValue(), 99),
                                e.getValue().get(e.getValue().size() - 1) / 1e6));
            } finally {
                server.stop();
            }
        }
    }

    private static String send(HttpClient client, String url) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/tab-separated-values, application/n-triples;q=0.9, */*;q=0.1")
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200 ? null : Integer.toString(r.statusCode());
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
