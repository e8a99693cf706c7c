package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.validate.Validation;
import org.newsgraph.validate.Validator;
import org.newsgraph.validate.VocabularyCheck;
import picocli.CommandLine;

class ValidateCommandTest {
    static { org.apache.jena.sys.JenaSystem.init(); }

    @TempDir Path dir;

    record Run(int exit, String err) {}

    static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        int exit = cl.execute(args);
        return new Run(exit, err.toString());
    }

    Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/validate/" + name)) {
            Path p = dir.resolve(name);
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            return p;
        }
    }

    static ValidationReport report(Path p) {
        return ValidationReport.fromGraph(RDFParser.source(p).lang(Lang.TURTLE).toGraph());
    }

    @Test
    void articleInputIsConvertedAndWarningsAloneExitZero() throws IOException {
        Path out = dir.resolve("report.ttl");
        Run r = run("validate", "-o", out.toString(), fixture("article.txt").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.EXIT_OK);
        assertThat(r.err()).contains("Warning").contains("Google recommends an author")
                .contains("conforms: 0 violations, 3 warnings");
        ValidationReport rep = report(out);
        assertThat(rep.getEntries()).hasSize(3).allSatisfy(e -> assertThat(e.severity()).isEqualTo(Severity.Warning));
    }

    @Test
    void brokenGraphExitsThreeAndReportsFocusPathAndSeverity() throws IOException {
        Path out = dir.resolve("report.ttl");
        Run r = run("validate", "-o", out.toString(), fixture("broken.trig").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.EXIT_VIOLATIONS);
        assertThat(r.err())
                .contains("Violation article:broken schema:headline: A headline must be a string.")
                .contains("Violation article:broken schema:datePublished:")
                .contains("Violation <https://w3id.org/newsgraph/id/article/broken/context#char=129,140> nif:endIndex:")
                .contains("does not conform: 3 violations");
        List<ReportEntry> violations = new ArrayList<>();
        report(out).getEntries().forEach(e -> { if (e.severity().equals(Severity.Violation)) violations.add(e); });
        assertThat(violations).extracting(e -> e.focusNode().getURI()).containsExactlyInAnyOrder(
                "https://w3id.org/newsgraph/id/article/broken", "https://w3id.org/newsgraph/id/article/broken",
                "https://w3id.org/newsgraph/id/article/broken/context#char=129,140");
    }

    @Test
    void storeIsValidatedAsTheUnionOfItsNamedGraphs() throws IOException {
        Path store = dir.resolve("tdb");
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, getClass().getResourceAsStream("/validate/broken.trig"), Lang.TRIG));
        org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
        Run r = run("validate", "-o", dir.resolve("r.ttl").toString(), "--store", store.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.EXIT_VIOLATIONS);
        assertThat(r.err()).contains("3 violations");
    }

    @Test
    void validateTakesTheSameStoreDirectoryAsLoad() throws IOException {
        Path store = dir.resolve("newsgraph-store");
        Path trig = dir.resolve("broken-for-load.trig");
        try (var in = getClass().getResourceAsStream("/validate/broken.trig")) {
            java.nio.file.Files.copy(in, trig);
        }
        Run load = run("load", trig.toString(), "--store", store.toString());
        assertThat(load.exit()).as(load.err()).isZero();
        Run r = run("validate", "-o", dir.resolve("r2.ttl").toString(), "--store", store.toString());
        assertThat(r.exit()).as("the store DIR of load, not DIR/tdb2: " + r.err()).isEqualTo(Main.EXIT_VIOLATIONS);
        assertThat(r.err()).contains("3 violations");
    }

    @Test
    void jsonLdExportParsesBackConformsAndUsesOnlySchemaOrgTermsAtTheTop() throws IOException {
        Path jsonld = dir.resolve("article.jsonld");
        Run conv = run("convert", "--format", "jsonld", "-o", jsonld.toString(), fixture("article.txt").toString());
        assertThat(conv.exit()).as(conv.err()).isZero();

        Graph g = RDFParser.source(jsonld).lang(Lang.JSONLD).toGraph();
        Validation v = Validator.create().build().validate(g);
        assertThat(v.violations()).isZero();
        assertThat(v.entries()).noneMatch(e -> VocabularyCheck.SHAPE.equals(e.source()));
        assertThat(g.contains(null, NodeFactory.createURI("http://schema.org/headline"), null)).isTrue();

        JsonNode top = new ObjectMapper().readTree(jsonld.toFile());
        VocabularyCheck vocab = VocabularyCheck.standard();
        List<String> keys = new ArrayList<>();
        top.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).contains("@context", "@type", "headline", "datePublished", "publisher", "image");
        assertThat(keys).allSatisfy(k -> assertThat(k.startsWith("@")
                || vocab.isKnownProperty(NodeFactory.createURI("http://schema.org/" + k))).as(k).isTrue());
        assertThat(top.get("@type").asText()).isEqualTo("NewsArticle");

        Run r = run("validate", "-o", dir.resolve("r.ttl").toString(), jsonld.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.EXIT_OK);
    }

    @Test
    void unreadableRdfIsReportedWithItsLocationAndTheRestIsStillValidated() throws IOException {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "PREFIX schema: <http://schema.org/>\n<https://e.org/a> a schema:NewsArticle ;\n  schema:headline \"H\" ] .\n");
        Run r = run("validate", "-o", dir.resolve("r.ttl").toString(), bad.toString(), fixture("enriched.trig").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(r.err()).contains("bad.ttl:3:23: error").contains("conforms: 0 violations, 0 warnings");
    }

    @Test
    void missingInputIsAUsageError() {
        assertThat(run("validate").exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run("validate", dir.resolve("nope.ttl").toString()).exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run("validate", "--store", dir.toString()).exit()).as("an empty folder is not a store").isEqualTo(Main.EXIT_USAGE);
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void customShapesFileIsUsed() throws IOException {
        Path shapes = dir.resolve("shapes.ttl");
        Files.writeString(shapes, """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX schema: <http://schema.org/>
                <https://e.org/S> a sh:NodeShape ; sh:targetClass schema:NewsArticle ;
                    sh:property [ sh:path schema:author ; sh:minCount 1 ] .
                """);
        Run r = run("validate", "--shapes", shapes.toString(), "-o", dir.resolve("r.ttl").toString(), fixture("article.txt").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.EXIT_VIOLATIONS);
        assertThat(r.err()).contains("schema:author").contains("2 violations"); // the article and the cited one
    }
}
