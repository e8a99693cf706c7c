package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.vocab.SDO;

/** {@code newsgraph convert} end to end: exit codes, located errors, the summary, data-only stdout. */
class ConvertCommandTest {

    /** One run of the command line: exit code, what went to stdout (bytes) and to stderr. */
    record Run(int exit, String stdout, String stderr) {
        List<String> errLines() {
            List<String> l = new ArrayList<>(List.of(stderr.split("\\R")));
            l.removeIf(String::isBlank);
            return l;
        }
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            var cl = Main.commandLine();
            cl.setErr(new PrintWriter(err, true));
            cl.setOut(new PrintWriter(new StringWriter(), true)); // help/version text; data goes to System.out
            exit = cl.execute(args);
        } finally {
            System.setOut(oldOut);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    private static final String GOOD_TEXT = """
            Tram Line to Tallinn Airport Reopens After Six-Month Upgrade

            2 April 2024

            A new low-floor tram at the Ülemiste stop. Tallinn City Government

            Tram line 4 between the city centre and Tallinn Airport reopened on Tuesday after a six-month upgrade, the city's transport company said.

            Original url:
            https://news.err.ee/1609301234/tram-line-to-tallinn-airport-reopens
            """;

    private static final String GOOD_JSONL = """
            {"url": "https://www.lemonde.fr/en/economy/article/2024/05/07/paris-metro-line-14-extension_6670000_19.html", "headline": "Paris Metro Line 14 Extension to Orly Opens Ahead of Olympics", "datePublished": "2024-06-24", "body": "The extended line links Saint-Denis Pleyel to Orly airport in 40 minutes."}
            {"url": "https://www.spiegel.de/international/berlin-u5-extension-a-1234", "headline": "Berlin Opens New U5 Stations", "datePublished": "Dec. 4, 2020", "body": "Three new stations opened on the U5 line in central Berlin."}
            """;

    /** Line 4 lacks the comma after the url member: a syntax error at line 4, column 3. */
    private static final String BAD_JSON = """
            {
              "headline": "Budapest Suspends Chain Bridge Traffic",
              "url": "https://example.org/news/chain-bridge"
              "body": "The bridge closes for repairs."
            }
            """;

    private static Path corpus(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(dir.resolve("in/tallinn-tram.txt"), GOOD_TEXT);
        Files.writeString(in.resolve("metro.jsonl"), GOOD_JSONL);
        Files.writeString(dir.resolve("in/broken.json"), BAD_JSON);
        return dir.resolve("in");
    }

    @Test
    void malformedFileAmongGoodOnesExitsFourWithLocatedErrorAndKeepsTheGoodArticles(@TempDir Path tmp) throws IOException {
        Path in = corpus(tmp);
        Path out = tmp.resolve("out.ttl"), errors = tmp.resolve("errors.txt");

        Run r = run("convert", in.toString(), "-o", out.toString(), "--errors", errors.toString());

        assertThat(r.exit()).as(r.stderr()).isEqualTo(Main.EXIT_SOME_FAILED);
        String located = in.resolve("broken.json") + ":4:3: error: malformed JSON: ";
        assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith(located).contains("was expecting comma"));
        assertThat(r.errLines().get(r.errLines().size() - 1)).isEqualTo("3 articles, 1 failed, 0 warnings");
        assertThat(Files.readAllLines(errors)).anySatisfy(l -> assertThat(l).startsWith(located));
        assertThat(r.stdout()).as("nothing on stdout when -o is given").isEmpty();

        Graph g = RDFParser.source(out).lang(Lang.TURTLE).toGraph();
        assertThat(headlinesOfArticlesWithBody(g)).containsExactlyInAnyOrder(
                "Tram Line to Tallinn Airport Reopens After Six-Month Upgrade",
                "Paris Metro Line 14 Extension to Orly Opens Ahead of Olympics",
                "Berlin Opens New U5 Stations");
    }

    @Test
    void allGoodInputsExitZeroAndStdoutCarriesOnlyTurtle(@TempDir Path tmp) throws IOException {
        Path in = corpus(tmp);
        Files.delete(in.resolve("broken.json"));

        Run r = run("convert", in.toString());

        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.errLines()).containsExactly("3 articles, 0 failed, 0 warnings");
        Graph g = RDFParser.fromString(r.stdout(), Lang.TURTLE).toGraph();
        assertThat(headlinesOfArticlesWithBody(g)).hasSize(3);
    }

    @Test
    void streamOptionWritesTurtleBlocksThatParseBackToTheSameGraph(@TempDir Path tmp) throws IOException {
        Path in = corpus(tmp);
        Files.delete(in.resolve("broken.json"));
        Path pretty = tmp.resolve("pretty.ttl"), blocks = tmp.resolve("blocks.ttl");
        assertThat(run("convert", in.toString(), "--no-nlp", "-o", pretty.toString()).exit()).isZero();
        assertThat(run("convert", in.toString(), "--no-nlp", "-o", blocks.toString(), "--stream").exit()).isZero();
        Graph p = RDFParser.source(pretty).lang(Lang.TURTLE).toGraph();
        Graph b = RDFParser.source(blocks).lang(Lang.TURTLE).toGraph();
        assertThat(b.isIsomorphicWith(p)).isTrue();
        assertThat(Files.readString(blocks)).isNotEqualTo(Files.readString(pretty));
    }
    /** {@code -o out.nq.gz} writes gzip (as {@code export} and the Spark parts do), not plain text under a .gz name. */
    @Test
    void aGzOutputNameIsWrittenGzipped(@TempDir Path tmp) throws IOException {
        Path in = corpus(tmp);
        Files.delete(in.resolve("broken.json"));
        Path plain = tmp.resolve("o.nq"), gz = tmp.resolve("o.nq.gz"), jsonlGz = tmp.resolve("o.jsonl.gz");
        assertThat(run("convert", in.toString(), "--no-nlp", "-o", plain.toString()).exit()).isZero();
        assertThat(run("convert", in.toString(), "--no-nlp", "-o", gz.toString()).exit()).isZero();
        assertThat(run("convert", in.toString(), "--no-nlp", "-o", jsonlGz.toString()).exit()).isZero();
        byte[] head = Files.readAllBytes(gz);
        assertThat(head[0] & 0xff).isEqualTo(0x1f);
        assertThat(head[1] & 0xff).isEqualTo(0x8b);
        var fromGz = RDFParser.source(new java.util.zip.GZIPInputStream(Files.newInputStream(gz))).lang(Lang.NQUADS).toDatasetGraph();
        var fromPlain = RDFParser.source(plain).lang(Lang.NQUADS).toDatasetGraph();
        assertThat(org.apache.jena.sparql.util.IsoMatcher.isomorphic(fromGz, fromPlain)).isTrue();
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(jsonlGz)), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).startsWith("{");   // JSON Lines by the name under .gz, not Turtle
        }
    }


    @Test
    void inADirectoryOnlyArticleFilesAreRead(@TempDir Path tmp) throws IOException {
        Path in = corpus(tmp);
        Files.delete(in.resolve("broken.json"));
        Files.writeString(in.resolve("README.md"), "# My corpus\n\nArticles from 2024.\n");
        Files.writeString(in.resolve("sub/previous-run.ttl"), "<a:b> <a:c> <a:d> .\n");
        Path gz = in.resolve("sub/more.txt.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(GOOD_TEXT.replace("Tallinn Airport", "Tartu Station").replace("1609301234", "1609309999").getBytes(StandardCharsets.UTF_8));
        }
        Run r = run("convert", in.toString(), "-o", tmp.resolve("o.ttl").toString());
        assertThat(r.errLines()).containsExactly("4 articles, 0 failed, 0 warnings");
        assertThat(r.exit()).isZero();
    }

    @Test
    void warningsAreCountedInTheSummaryButDoNotFailTheRun(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("odd.jsonl");
        Files.writeString(f, """
                {"headline": "Oslo Opens Car-Free Centre", "url": "https://www.nrk.no/oslo-1", "datePublished": "soon", "mood": "sunny"}
                """);
        Run r = run("convert", f.toString(), "-o", tmp.resolve("o.nt").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.errLines()).containsExactly(
                f + ":1: warning: datePublished: not a date in a known format: \"soon\"",
                f + ":1: warning: mood: unknown field ignored (further occurrences in this input are not reported)",
                "1 article, 0 failed, 2 warnings");
    }

    @Test
    void unknownFormatIsAUsageError(@TempDir Path tmp) throws IOException {
        Path in = corpus(tmp);
        Run r = run("convert", in.toString(), "--format", "rdfxml");
        assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.stderr()).contains("Unknown format 'rdfxml'");
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void missingInputFileIsAUsageError(@TempDir Path tmp) {
        Run r = run("convert", tmp.resolve("no-such-file.txt").toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.stderr()).contains("No such file or directory: " + tmp.resolve("no-such-file.txt"));
    }

    @Test
    void anUnwritableOutputIsARuntimeFailure(@TempDir Path tmp) throws IOException {
        Path in = corpus(tmp);
        Run r = run("convert", in.toString(), "-o", tmp.resolve("no-such-dir/out.ttl").toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(r.stderr()).startsWith("newsgraph: ").contains("no-such-dir");
    }

    @Test
    void noInputAtAllIsAUsageError() {
        Run r = run("convert");
        assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.stderr()).contains("Missing INPUT");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("convert", "--no-such-option", "x.txt");
        assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.stderr()).contains("--no-such-option");
    }

    @Test
    void anEmptyTextFileFailsWithItsName(@TempDir Path tmp) throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "\n\n");
        Path good = Files.writeString(tmp.resolve("good.txt"), GOOD_TEXT);
        Run r = run("convert", empty.toString(), good.toString(), "-o", tmp.resolve("o.ttl").toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(r.errLines()).containsExactly(empty + ":1: error: empty input: no article text",
                "1 article, 1 failed, 0 warnings");
    }

    /** Headlines of the articles that have a body (related-article stubs have none). */
    static List<String> headlinesOfArticlesWithBody(Graph g) {
        List<String> out = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), SDO.NewsArticle).forEachRemaining(t -> {
            if (g.contains(t.getSubject(), SDO.articleBody, Node.ANY))
                g.find(t.getSubject(), SDO.headline, Node.ANY).forEachRemaining(h -> out.add(h.getObject().getLiteralLexicalForm()));
        });
        return out;
    }

    static Node iri(String s) { return NodeFactory.createURI(s); }
}
