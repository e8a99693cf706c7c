package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine;

/** {@code newsgraph query} on a real TDB2 store directory and on a real Fuseki endpoint. */
class QueryCommandTest {
    static { JenaSystem.init(); }

    @TempDir static Path storeDir;

    /** Exit code, stdout and stderr of one run. */
    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void loadStore() {
        try (NewsStore store = NewsStore.open(storeDir)) {
            QueryFixture.load(store);
        }
    }

    private static synchronized Run run(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8);
            System.setOut(capture);
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(capture, true));
            cl.setErr(new PrintWriter(err, true));
            int exit = cl.execute(args);
            capture.flush();
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    @Test
    void runsASavedQueryOnTheStoreAsCsv() {
        Run r = run("query", "quotes-by-person", "--store", storeDir.toString(),
                "--param", "person=https://w3id.org/newsgraph/id/person/dmitry-peskov", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).hasSize(3).element(1).asString().contains("There are no such plans.");
    }

    @Test
    void anIriTheStoreHasNeverSeenIsPointedOutOnStderr() {
        Run unknown = run("query", "quotes-by-person", "--store", storeDir.toString(),
                "-p", "person=https://w3id.org/newsgraph/id/person/xi-jinpin", "-f", "csv");
        assertThat(unknown.exit()).as(unknown.err()).isZero();
        assertThat(unknown.out().lines().count()).as("only the header").isEqualTo(1);
        assertThat(unknown.err()).contains("the store holds nothing about <https://w3id.org/newsgraph/id/person/xi-jinpin>")
                .contains("parameter 'person'").contains("find-entity");
        Run known = run("query", "quotes-by-person", "--store", storeDir.toString(),
                "-p", "person=https://w3id.org/newsgraph/id/person/xi-jinping", "-f", "csv");
        assertThat(known.exit()).isZero();
        assertThat(known.err()).doesNotContain("holds nothing");
    }

    @Test
    void theHelpAndTheCatalogueUseIrisOfTheDefaultSettings() {
        Run help = run("query", "--help");
        assertThat(help.out()).contains("person=https://w3id.org/newsgraph/id/entity/Xi_Jinping").doesNotContain("person/xi-jinping");
        Run catalog = run("query", "--catalog");
        assertThat(catalog.out()).contains("entity/Xi_Jinping").doesNotContain("person/xi-jinping");
    }

    @Test
    void turtleFromAQueryDeclaresThePrefixesExportDeclares() throws Exception {
        String article = "article=https://w3id.org/newsgraph/id/article/c2d8f4a6b1e09357";
        Run q = run("query", "article-graph", "--store", storeDir.toString(), "-p", article, "-f", "turtle");
        Run e = run("export", "--store", storeDir.toString(), "--query", "article-graph", "-p", article, "-f", "turtle");
        assertThat(q.exit()).as(q.err()).isZero();
        assertThat(e.exit()).as(e.err()).isZero();
        java.util.Set<String> qp = new java.util.TreeSet<>(q.out().lines().filter(l -> l.startsWith("PREFIX")).toList());
        java.util.Set<String> ep = new java.util.TreeSet<>(e.out().lines().filter(l -> l.startsWith("PREFIX")).toList());
        assertThat(ep).isNotEmpty();
        assertThat(qp).isEqualTo(ep);
        // and one JSON-LD shape: framed on the article, as export gives it
        Run qj = run("query", "article-graph", "--store", storeDir.toString(), "-p", article, "-f", "jsonld");
        Run ej = run("export", "--store", storeDir.toString(), "--query", "article-graph", "-p", article, "-f", "jsonld");
        assertThat(qj.out()).isEqualTo(ej.out());
    }

    @Test
    void tableIsTheDefaultForSelectAndTurtleForConstruct() {
        Run table = run("query", "sources-cited", "--store", storeDir.toString());
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("| source").contains("\"Reuters\"").contains("=====");
        Run ttl = run("query", "article-graph", "--store", storeDir.toString(),
                "-p", "article=https://w3id.org/newsgraph/id/article/c2d8f4a6b1e09357");
        assertThat(ttl.exit()).as(ttl.err()).isZero();
        assertThat(ttl.out()).containsPattern("PREFIX schema: +<http://schema.org/>").contains("There are no such plans.");
    }

    @Test
    void badParameterIsAUsageErrorAndPrintsNothingOnStdout() {
        long before = SavedQueryRunner.executions();
        Run r = run("query", "quotes-by-person", "--store", storeDir.toString(), "-p", "person=\"> } DROP ALL #");
        assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("parameter 'person'");
        assertThat(r.out()).isEmpty();
        assertThat(run("query", "no-such-query", "--store", storeDir.toString()).exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run("query", "quotes-by-person", "--store", storeDir.toString(), "-p", "person=https://x.org/p", "-f", "turtle").exit())
                .as("a graph format for a SELECT").isEqualTo(Main.EXIT_USAGE);
        assertThat(run("query", "sources-cited", "--store", storeDir.resolve("nothing-here").toString()).exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(SavedQueryRunner.executions()).isEqualTo(before);
    }

    @Test
    void listsTheCatalogue() {
        Run r = run("query", "--list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("people-most-mentioned").contains("wikidata-person-facts").contains("[federated]");
    }

    @Test
    void runsAQueryFileWithParametersAgainstAnEndpoint(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my.rq");
        Files.writeString(file, """
                #+ summary: headlines of a publisher
                PREFIX schema: <http://schema.org/>
                SELECT ?headline { GRAPH ?g { ?a schema:publisher ?_publisher_iri ; schema:headline ?headline } } ORDER BY ?headline
                """);
        try (NewsStore store = NewsStore.inMemory()) {
            QueryFixture.load(store);
            FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/news", store.dataset()).build().start();
            try {
                Run r = run("query", "--file", file.toString(), "--endpoint", "http://127.0.0.1:" + server.getPort() + "/news/sparql",
                        "-p", "publisher=https://w3id.org/newsgraph/id/organization/the-moscow-times", "-f", "tsv");
                assertThat(r.exit()).as(r.err()).isZero();
                assertThat(r.out().lines().toList()).containsExactly("?headline",
                        "\"China's Xi to Visit Russia 'as Soon as Next Week' – Reports\"",
                        "\"Putin and Xi Sign Statements on 'New Era' of Partnership\"",
                        "\"Xi Arrives in Moscow for Three Days of Talks With Putin\"");
            } finally {
                server.stop();
            }
        }
    }
}
