package org.newsgraph.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 6: the {@code convert} output of every golden input (its checked expected graph) conforms to the shapes. */
class GoldenOutputsConformTest {
    static { JenaSystem.init(); }

    private static final Validator VALIDATOR = Validator.create().build();

    static Stream<Path> expectedGraphs() throws IOException {
        Path root = Path.of("src/test/resources/golden");
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().startsWith("expected.")).sorted().toList().stream();
        }
    }

    private static boolean readerWarnedOfNoHeadline(Path caseDir) {
        Path problems = caseDir.resolve("problems.txt");
        try {
            return Files.exists(problems) && Files.readString(problems).contains("warning: headline:");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedGraphs")
    void goldenConversionOutputConforms(Path expected) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(expected).parse(dsg);
        Graph union = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
        Validation v = VALIDATOR.validate(union);
        assertThat(union.isEmpty()).isFalse();
        assertThat(v.violations()).as(expected + ":\n" + v.entries()).isZero();
        if (readerWarnedOfNoHeadline(expected.getParent())) {
            // The input has no headline: the reader warned, and validation reports it as a warning, not a violation.
            assertThat(v.entries(org.apache.jena.shacl.validation.Severity.Warning)).as(expected + ":\n" + v.entries())
                    .anySatisfy(e -> assertThat(String.valueOf(e.resultPath())).contains("headline"));
        }
    }
}
