package org.newsgraph.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.cli.Main;
import org.newsgraph.pipeline.Conversion;
import org.newsgraph.pipeline.ConversionReport;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.Problem;
import org.newsgraph.sink.StreamSink;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.SDO;

/**
 * Golden tests: each folder {@code src/test/resources/golden/<case>/} holds one input file, the expected graph
 * ({@code expected.ttl}: the union of the article graphs, or {@code expected.trig}: the named graphs) and, when the
 * input has problems, {@code problems.txt} with the exact located lines (source shown by file name). The graph
 * produced by {@link Conversion} + {@link ArticleMapper} must be isomorphic to the expected one.
 *
 * <p>An input whose name starts with {@code stdin} is piped to {@code newsgraph convert -} instead (System.in
 * replaced), so the stdin path, reader sniffing and the CLI's data-only stdout are covered too.
 *
 * <p>To regenerate after a deliberate change: {@code mvn -o test -Dtest=GoldenConversionTest -Dgolden.update=true},
 * then review the diff of {@code src/test/resources/golden} before committing.
 */
class GoldenConversionTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @BeforeAll
    static void initJena() {
        org.apache.jena.sys.JenaSystem.init();
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(GOLDEN)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** What one run produced: the dataset and the problem lines. */
    private record Result(DatasetGraph dataset, List<String> problems, String summary) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void conversionMatchesExpectedGraph(String name) throws Exception {
        Path dir = GOLDEN.resolve(name);
        Path input = inputOf(dir);
        Result r = input.getFileName().toString().startsWith("stdin") ? viaStdin(input) : viaConversion(input);

        Path ttl = dir.resolve("expected.ttl"), trig = dir.resolve("expected.trig"), problems = dir.resolve("problems.txt");
        if (UPDATE) update(r, ttl, trig, problems);

        everyQuadIsInItsArticlesGraph(r.dataset());
        if (Files.exists(trig)) {
            DatasetGraph expected = RDFParser.source(trig).lang(Lang.TRIG).toDatasetGraph();
            assertThat(IsoMatcher.isomorphic(expected, r.dataset()))
                    .as("named graphs of %s isomorphic to expected.trig; got:%n%s", name, trig(r.dataset())).isTrue();
        } else {
            assertThat(ttl).as("expected.ttl or expected.trig in " + dir).exists();
            Graph expected = RDFParser.source(ttl).lang(Lang.TURTLE).toGraph();
            Graph actual = union(r.dataset());
            assertThat(actual.isIsomorphicWith(expected))
                    .as("graph of %s isomorphic to expected.ttl; got:%n%s", name, turtle(actual)).isTrue();
        }
        List<String> expectedProblems = Files.exists(problems)
                ? Files.readAllLines(problems, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList()
                : List.of();
        assertThat(r.problems()).as("problems reported for " + name).containsExactlyElementsOf(expectedProblems);
    }

    private static Path inputOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> inputs = s.filter(p -> {
                String f = p.getFileName().toString();
                return !f.startsWith("expected.") && !f.equals("problems.txt");
            }).toList();
            assertThat(inputs).as("exactly one input file in " + dir).hasSize(1);
            return inputs.get(0);
        }
    }

    private static Result viaConversion(Path input) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<String> problems = new ArrayList<>();
        String prefix = input.toString();
        ConversionReport report = Conversion.create()
                .mapper(ArticleMapper.create().build())
                .sink(new StreamSink(StreamRDFLib.dataset(dsg)))
                .onProblem(p -> problems.add(located(p, prefix, input.getFileName().toString())))
                .run(List.of(InputSource.of(input)));
        return new Result(dsg, problems, report.summary());
    }

    /** {@code newsgraph convert - -f nquads} with the file on System.in; stdout parsed back. */
    private static Result viaStdin(Path input) throws IOException {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        StringWriter stderr = new StringWriter();
        int exit;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(input)));
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            var cl = Main.commandLine();
            cl.setErr(new PrintWriter(stderr, true));
            exit = cl.execute("convert", "-", "--no-nlp", "--format", "nquads", "--threads", "1");
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(stdout.toByteArray())).lang(Lang.NQUADS).parse(dsg);
        List<String> lines = new ArrayList<>(Arrays.asList(stderr.toString().split("\\R")));
        lines.removeIf(String::isBlank);
        String summary = lines.remove(lines.size() - 1);
        assertThat(summary).matches("\\d+ articles?, 0 failed, \\d+ warnings?");
        assertThat(exit).as("exit code; stderr:%n%s", stderr).isZero();
        return new Result(dsg, lines, summary);
    }

    private static String located(Problem p, String path, String fileName) {
        String s = p.toString();
        return s.startsWith(path) ? fileName + s.substring(path.length()) : s;
    }

    /** Each quad sits in a named graph that is a schema:NewsArticle described in that graph. */
    private static void everyQuadIsInItsArticlesGraph(DatasetGraph dsg) {
        assertThat(dsg.getDefaultGraph().isEmpty()).as("default graph empty").isTrue();
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        for (Node g : graphs) {
            assertThat(dsg.contains(g, g, RDF.type.asNode(), SDO.NewsArticle))
                    .as("graph %s holds its article", g).isTrue();
            assertThat(g.getURI()).startsWith(NG.DEFAULT_BASE + "article/");
        }
    }

    private static Graph union(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    private static String turtle(Graph g) {
        Prefixes.forBase(null).forEach((p, u) -> g.getPrefixMapping().setNsPrefix(p, u));
        return RDFWriter.source(g).format(RDFFormat.TURTLE_PRETTY).asString();
    }

    private static String trig(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.create();
        dsg.find().forEachRemaining(copy::add);
        Prefixes.forBase(null).forEach((p, u) -> copy.prefixes().add(p, u));
        return RDFWriter.source(copy).format(RDFFormat.TRIG_PRETTY).asString();
    }

    /** Rewrites the expected files from this run (single-article cases as Turtle, others as TriG). */
    private static void update(Result r, Path ttl, Path trig, Path problems) throws IOException {
        Path src = ttl.getParent();
        long graphs = org.apache.jena.atlas.iterator.Iter.count(r.dataset().listGraphNodes());
        Files.deleteIfExists(src.resolve("expected.ttl"));
        Files.deleteIfExists(src.resolve("expected.trig"));
        if (graphs > 1) Files.writeString(src.resolve("expected.trig"), trig(r.dataset()));
        else Files.writeString(src.resolve("expected.ttl"), turtle(union(r.dataset())));
        if (r.problems().isEmpty()) Files.deleteIfExists(src.resolve("problems.txt"));
        else Files.write(src.resolve("problems.txt"), r.problems(), StandardCharsets.UTF_8);
    }
}
