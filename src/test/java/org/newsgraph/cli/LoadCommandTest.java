package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.RdfLoader;
import org.newsgraph.read.InputSource;

class LoadCommandTest {
    static { JenaSystem.init(); }

    static Path resource(String name) {
        try {
            return Path.of(LoadCommandTest.class.getResource("/org/newsgraph/server/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static int run(StringWriter err, String... args) {
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    static long size(Path store) {
        try (NewsStore s = NewsStore.open(store)) {
            return s.size();
        }
    }

    @Test
    void loadingTheSameArticlesAndRdfFilesTwiceLeavesTheTripleCountUnchanged(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(resource("articles/articles.jsonl"), in.resolve("articles.jsonl"));
        Files.copy(resource("rdf/people.ttl"), in.resolve("people.ttl"));
        Files.copy(resource("rdf/extra.nq"), in.resolve("extra.nq"));
        Path store = dir.resolve("store");
        StringWriter err = new StringWriter();
        assertThat(run(err, "load", in.toString(), "--store", store.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains("3 articles, 0 failed").contains("2 RDF files");
        long first = size(store);
        assertThat(first).isGreaterThan(30);

        // the first load went through the bulk loader (empty store), the second replaces graph by graph
        StringWriter again = new StringWriter();
        assertThat(run(again, "load", in.toString(), "--store", store.toString())).as(again.toString()).isZero();
        assertThat(size(store)).isEqualTo(first);

        Path store2 = dir.resolve("store2");
        assertThat(run(new StringWriter(), "load", in.toString(), "--store", store2.toString(), "--no-bulk")).isZero();
        assertThat(size(store2)).as("bulk and transactional loads store the same").isEqualTo(first);
    }

    @Test
    void aBadRdfFileIsReportedWithItsLocationAndSkippedWhileTheGoodOnesLoad(@TempDir Path dir) throws Exception {
        badAmongGood(dir, false);
    }

    @Test
    void aBadRdfFileLeavesNothingBehindInTheTransactionalLoaderToo(@TempDir Path dir) throws Exception {
        badAmongGood(dir, true);
    }

    private void badAmongGood(Path dir, boolean noBulk) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(resource("rdf/broken.ttl"), in.resolve("broken.ttl"));
        Files.copy(resource("rdf/people.ttl"), in.resolve("people.ttl"));
        Files.copy(resource("articles/articles.jsonl"), in.resolve("articles.jsonl"));
        Path store = dir.resolve("store");
        StringWriter err = new StringWriter();
        int code = noBulk ? run(err, "load", in.toString(), "--store", store.toString(), "--no-bulk")
                : run(err, "load", in.toString(), "--store", store.toString());

        assertThat(code).isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(err.toString()).containsPattern("broken\\.ttl:7:1: error: .*newline in string").contains("3 articles, 1 failed");
        try (NewsStore s = NewsStore.open(store)) {
            var brokenGraph = RdfLoader.graphFor(InputSource.of(in.resolve("broken.ttl")));
            var peopleGraph = RdfLoader.graphFor(InputSource.of(in.resolve("people.ttl")));
            Txn.executeRead(s.dataset(), () -> {
                assertThat(s.datasetGraph().getGraph(brokenGraph).isEmpty()).as("nothing of the bad file").isTrue();
                assertThat(s.datasetGraph().contains(NodeFactory.createURI("https://example.org/broken/1"), null, null, null)
                        || s.datasetGraph().find(null, NodeFactory.createURI("https://example.org/broken/1"), null, null).hasNext()).isFalse();
                assertThat(s.datasetGraph().getGraph(peopleGraph).size()).isEqualTo(5);
            });
        }
    }

    @Test
    void aBadFileInTheBulkLoadLeavesNothingAndAGraphItSharedKeepsTheGoodFilesQuads(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        // schema:name is full-text indexed. a.nq (good) and b.trig (bad: a string left open on line 4, reported where it breaks) both write <https://example.org/g>; b.trig also writes <.../only-b>.
        Files.writeString(in.resolve("a.nq"), """
                <https://example.org/s> <https://example.org/p> "from a" <https://example.org/g> .
                <https://example.org/t> <http://schema.org/name> "findable harbour" <https://example.org/g> .
                """);
        Files.writeString(in.resolve("b.trig"), """
                <https://example.org/g> { <https://example.org/s> <https://example.org/p> "from b" . }
                <https://example.org/only-b> { <https://example.org/s> <http://schema.org/name> "lighthouse" . }
                <https://example.org/g> { <https://example.org/u> <https://example.org/p> "also b" . }
                <https://example.org/g> { <https://example.org/u> <https://example.org/p> "broken . }
                """);
        Path store = dir.resolve("store");
        StringWriter err = new StringWriter();
        assertThat(run(err, "load", in.toString(), "--store", store.toString())).isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(err.toString()).containsPattern("b\\.trig:5:1: error: .*newline in string").contains("2 quads");
        try (NewsStore s = NewsStore.open(store)) {
            Txn.executeRead(s.dataset(), () -> {
                var g = NodeFactory.createURI("https://example.org/g");
                assertThat(s.datasetGraph().getGraph(g).size()).as("a.nq's two quads, none of b.trig").isEqualTo(2);
                assertThat(s.datasetGraph().getGraph(NodeFactory.createURI("https://example.org/only-b")).isEmpty()).isTrue();
            });
            java.util.function.Function<String, Long> hits = word -> Txn.calculateRead(s.dataset(), () -> {
                try (var qe = org.apache.jena.query.QueryExecution.dataset(s.dataset()).query(
                        "PREFIX text: <http://jena.apache.org/text#> SELECT ?x { ?x text:query \"" + word + "\" }").build()) {
                    return (long) org.apache.jena.atlas.iterator.Iter.count(qe.execSelect());
                }
            });
            assertThat(hits.apply("lighthouse")).as("the bad file's text is out of the index").isZero();
            assertThat(hits.apply("harbour")).as("the good file's text is in it").isEqualTo(1);
        }
    }

    @Test
    void bulkLoadedRdfIsFullTextIndexed(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        StringWriter err = new StringWriter();
        assertThat(run(err, "load", resource("rdf/extra.nq").toString(), resource("rdf/people.ttl").toString(),
                "--store", store.toString())).as(err.toString()).isZero();
        try (NewsStore s = NewsStore.open(store)) {
            java.util.List<String> found = Txn.calculateRead(s.dataset(), () -> {
                try (var qe = org.apache.jena.query.QueryExecution.dataset(s.dataset()).query("""
                        PREFIX text: <http://jena.apache.org/text#>
                        SELECT ?x { { ?x text:query "bridges" } UNION { ?x text:query "Gomez" } } ORDER BY ?x""").build()) {
                    java.util.List<String> out = new java.util.ArrayList<>();
                    qe.execSelect().forEachRemaining(r -> out.add(r.getResource("x").getURI()));
                    return out;
                }
            });
            assertThat(found).containsExactly("http://www.wikidata.org/entity/Q2", "https://example.org/extra/a");
        }
    }

    @Test
    void missingInputIsAUsageError(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertThat(run(err, "load", dir.resolve("nope").toString(), "--store", dir.resolve("s").toString())).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).contains("No such file or directory");
    }

    @Test
    void serveRefusesUpdatesWithoutCredentials(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = run(err, "serve", "--store", dir.toString(), "--port", "0", "--allow-update");
        assertThat(code).isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).contains("--allow-update needs --auth-file");
    }
}
