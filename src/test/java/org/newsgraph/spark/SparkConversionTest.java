package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.PROV;

/**
 * The Spark job ({@code newsgraph spark}) on a real local[2] Spark in this JVM: its part files hold the same quads as
 * {@code convert} writes for the same inputs and options (the run's start and end times aside), every article whole
 * in one part; a bad input among good ones is reported in the summary and never fails the job; {@code load} takes
 * the part directory.
 */
class SparkConversionTest {
    static { JenaSystem.init(); }

    static final Path SAMPLE = Path.of("../shared/data/sample/moscowtimes-2023-03-13-xi-visit.txt");

    record Run(int exit, String stderr) {}

    static Run run(String... args) {
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, err.toString());
    }

    /** The quads of N-Quads files (gzipped or not), without the run's timestamps. */
    static List<Quad> quads(Path... files) throws Exception {
        return quads(false, files);
    }

    static List<Quad> quads(boolean all, Path... files) throws Exception {
        List<Quad> out = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
                    @Override public void quad(Quad q) {
                        if (all || !q.getPredicate().equals(PROV.startedAtTime) && !q.getPredicate().equals(PROV.endedAtTime)) out.add(q);
                    }
                });
            }
        }
        return out;
    }

    static List<Path> parts(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    @Test
    void partFilesHoldTheQuadsConvertWritesEachArticleWholeInOnePart(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(SAMPLE), "../shared/data/sample not present");
        Path nq = dir.resolve("convert.nq");
        Run convert = run("convert", "--no-link", "-o", nq.toString(), "examples", SAMPLE.toString());
        assertThat(convert.exit()).as(convert.stderr()).isZero();

        Path out = dir.resolve("spark-out");
        Run spark = run("spark", "--no-link", "--master", "local[2]", "--partitions", "3", "--out", out.toString(),
                "examples", SAMPLE.toString());
        assertThat(spark.exit()).as(spark.stderr()).isZero();
        assertThat(spark.stderr()).contains("5 articles, 0 failed, 0 warnings");

        List<Path> parts = parts(out);
        assertThat(parts).isNotEmpty().allMatch(p -> p.getFileName().toString().matches("part-\\d{5}\\.nq\\.gz"));
        List<Quad> expected = quads(nq);
        List<Quad> actual = quads(parts.toArray(Path[]::new));
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(new HashSet<>(actual)).isEqualTo(new HashSet<>(expected));
        assertThat(actual).hasSameSizeAs(expected);
        // NLP ran (the run's record is there, its times were what was left out)
        assertThat(actual).anyMatch(q -> q.getPredicate().equals(PROV.wasAssociatedWith));

        Map<Node, Path> partOfGraph = new HashMap<>();
        for (Path p : parts) {
            for (Quad q : quads(p)) {
                Path before = partOfGraph.putIfAbsent(q.getGraph(), p);
                assertThat(before == null || before.equals(p)).as("graph %s in %s and %s", q.getGraph(), before, p).isTrue();
            }
        }
        assertThat(partOfGraph).hasSize(5);

        JsonNode summary = new ObjectMapper().readTree(out.resolve("_summary.json").toFile());
        assertThat(summary.get("articles").asLong()).isEqualTo(5);
        assertThat(summary.get("failed").asLong()).isZero();
        assertThat(summary.get("quads").asLong()).isEqualTo(quads(true, parts.toArray(Path[]::new)).size());
        assertThat(Files.exists(out.resolve("_SUCCESS"))).isTrue();
        assertThat(out.resolve("_temporary")).doesNotExist();
    }

    @Test
    void aBadInputAmongGoodOnesIsListedInTheSummaryAndTheJobSucceeds(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("more"));
        Files.copy(Path.of("examples/lisbon-metro-circle-line.txt"), in.resolve("lisbon.txt"));
        Files.writeString(in.resolve("more/feed.jsonl"),
                "{\"url\": \"https://example.org/a\", \"headline\": \"Harbour reopens\", \"body\": \"The harbour reopened on Monday.\"}\n"
                        + "{\"url\": \"https://example.org/b\", \"headline\": broken\n"
                        + "{\"url\": \"https://example.org/c\", \"headline\": \"Bridge closes\", \"body\": \"The bridge closed on Tuesday.\"}\n");
        Files.writeString(in.resolve("broken.json"), "{\"headline\": \"never closed\", ");
        Files.writeString(in.resolve("_ignored.json"), "not even JSON");

        Path out = dir.resolve("out");
        Run spark = run("spark", "--no-nlp", "--master", "local[2]", "--out", out.toString(), in.toString());
        assertThat(spark.exit()).as(spark.stderr()).isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(spark.stderr()).contains("3 articles, 2 failed").contains("feed.jsonl:2");

        JsonNode summary = new ObjectMapper().readTree(out.resolve("_summary.json").toFile());
        assertThat(summary.get("articles").asLong()).isEqualTo(3);
        assertThat(summary.get("failed").asLong()).isEqualTo(2);
        Set<String> sources = new HashSet<>();
        summary.get("problems").forEach(p -> {
            assertThat(p.get("severity").asText()).isEqualTo("error");
            assertThat(p.get("message").asText()).isNotBlank();
            sources.add(p.get("source").asText());
        });
        assertThat(sources).containsExactlyInAnyOrder(in + "/more/feed.jsonl", in + "/broken.json");
        assertThat(quads(parts(out).toArray(Path[]::new)).stream().map(Quad::getGraph).distinct()).hasSize(3);
    }

    @Test
    void wikidataNetworkTroubleOnAnExecutorIsAWarningInTheSummary(@TempDir Path dir) throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closed = s.getLocalPort();
        }
        Path out = dir.resolve("out");
        Run spark = run("spark", "--wikidata", "--wikidata-endpoint", "http://127.0.0.1:" + closed + "/w/api.php",
                "--cache", System.getenv().getOrDefault("NEWSGRAPH_CACHE", dir.resolve("cache").toString()),
                "--master", "local[2]", "--out", out.toString(), "examples/lisbon-metro-circle-line.txt");
        assertThat(spark.exit()).as("network trouble only costs the extras: " + spark.stderr()).isZero();
        assertThat(spark.stderr()).contains("Wikidata unreachable at http://127.0.0.1:" + closed)
                .contains("1 article, 0 failed, 1 warning");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("_summary.json").toFile());
        assertThat(summary.get("warnings").asLong()).isEqualTo(1);
        assertThat(summary.get("problems").get(0).get("source").asText()).isEqualTo("wikidata");
    }

    @Test
    void loadTakesThePartDirectory(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Run spark = run("spark", "--no-nlp", "--master", "local[2]", "--out", out.toString(), "examples");
        assertThat(spark.exit()).as(spark.stderr()).isZero();
        Path store = dir.resolve("store");
        Run load = run("load", "--store", store.toString(), out.toString());
        assertThat(load.exit()).as(load.stderr()).isZero();
        long graphs;
        try (NewsStore s = NewsStore.open(store)) {
            graphs = Txn.calculateRead(s.dataset(), () -> {
                long n = 0;
                for (var it = s.dataset().asDatasetGraph().listGraphNodes(); it.hasNext(); it.next()) n++;
                return n;
            });
        }
        assertThat(graphs).isEqualTo(4);
        // loading the parts again replaces each article's graph: nothing doubles
        long size;
        try (NewsStore s = NewsStore.open(store)) { size = s.size(); }
        assertThat(run("load", "--store", store.toString(), out.toString()).exit()).isZero();
        try (NewsStore s = NewsStore.open(store)) { assertThat(s.size()).isEqualTo(size); }
    }
}
