package org.newsgraph.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.Conversion;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.read.InputSource;
import org.newsgraph.sink.StreamSink;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.SDO;

class ValidatorTest {
    private static final Validator VALIDATOR = Validator.create().build();
    private static final String A = "https://w3id.org/newsgraph/id/article/";

    static Graph converted(String fixture) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.create();
        byte[] bytes = ValidatorTest.class.getResourceAsStream("/validate/" + fixture).readAllBytes();
        Conversion.create().mapper(ArticleMapper.create().build()).sink(new StreamSink(StreamRDFLib.dataset(dsg)))
                .run(List.of(InputSource.ofBytes(fixture, bytes)));
        assertThat(dsg.listGraphNodes()).toIterable().hasSize(1);
        return dsg.getUnionGraph();
    }

    private static List<ReportEntry> vocabularyEntries(Validation v) {
        return v.entries().stream().filter(e -> VocabularyCheck.SHAPE.equals(e.source())).toList();
    }

    @Test
    void convertOutputOfThePlainTextFixtureConformsAndUsesOnlyKnownTerms() throws Exception {
        Validation v = VALIDATOR.validate(converted("article.txt"));
        assertThat(v.entries(Severity.Violation)).isEmpty();
        assertThat(v.conforms()).isTrue();
        assertThat(vocabularyEntries(v)).isEmpty();
        // What the plain-text layout cannot give is reported as Google-recommendation warnings, nothing else.
        assertThat(v.entries(Severity.Warning)).extracting(e -> e.resultPath().toString())
                .containsExactlyInAnyOrder("<http://schema.org/author>", "<http://schema.org/dateModified>",
                        "<http://schema.org/contentUrl>");
    }

    /** Every article fixture of this suite, and the shared sample article when it sits beside the project. */
    static java.util.stream.Stream<String> articleInputs() throws java.io.IOException {
        java.util.stream.Stream<String> own = java.util.stream.Stream.of("validate/article.txt", "validate/article.jsonl");
        java.nio.file.Path sample = java.nio.file.Path.of("../shared/data/sample");
        if (!java.nio.file.Files.isDirectory(sample)) return own;
        try (var files = java.nio.file.Files.list(sample)) {
            return java.util.stream.Stream.concat(own, files.map(java.nio.file.Path::toString).sorted().toList().stream());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("articleInputs")
    void convertOutputOfEveryArticleInputConformsWithoutVocabularyFindings(String input) throws Exception {
        java.nio.file.Path p = input.startsWith("validate/")
                ? java.nio.file.Path.of(ValidatorTest.class.getResource("/" + input).toURI()) : java.nio.file.Path.of(input);
        DatasetGraph dsg = DatasetGraphFactory.create();
        var report = Conversion.create().mapper(ArticleMapper.create().build()).sink(new StreamSink(StreamRDFLib.dataset(dsg)))
                .run(List.of(InputSource.of(p)));
        assertThat(report.articles()).isPositive();
        Validation v = VALIDATOR.validate(dsg.getUnionGraph());
        assertThat(v.entries(Severity.Violation)).isEmpty();
        assertThat(vocabularyEntries(v)).isEmpty();
    }

    @Test
    void aJsonArticleWithAuthorImageAndDatesHasNoWarningAtAll() throws Exception {
        assertThat(VALIDATOR.validate(converted("article.jsonl")).entries()).isEmpty();
    }

    @Test
    void theFullModelWithMentionsQuotationsRolesAndProvenanceConformsWithoutAnyResult() {
        Validation v = VALIDATOR.validate(ValidateFixtures.graph("enriched.trig"));
        assertThat(v.entries()).isEmpty();
    }

    @Test
    void brokenGraphHasExactlyTheThreeViolations() {
        Validation v = VALIDATOR.validate(ValidateFixtures.graph("broken.trig"));
        assertThat(v.conforms()).isFalse();
        assertThat(v.entries(Severity.Violation))
                .extracting(ReportEntry::focusNode, ReportEntry::resultPath)
                .containsExactlyInAnyOrder(
                        tuple(NodeFactory.createURI(A + "broken"), new P_Link(SDO.headline)),
                        tuple(NodeFactory.createURI(A + "broken"), new P_Link(SDO.datePublished)),
                        tuple(NodeFactory.createURI(A + "broken/context#char=129,140"), new P_Link(NIF.endIndex)));
        ReportEntry offset = v.entries(Severity.Violation).stream()
                .filter(e -> e.resultPath().equals(new P_Link(NIF.endIndex))).findFirst().orElseThrow();
        assertThat(offset.message()).contains("140").contains("37");
        assertThat(v.entries(Severity.Warning)).allSatisfy(e -> assertThat(e.message()).startsWith("Google recommends"));
    }

    @Test
    void headlineLongerThan110CharactersIsOnlyAWarning() {
        Validation v = VALIDATOR.validate(ValidateFixtures.turtle("""
                ex:a a schema:NewsArticle ; schema:headline "%s" .
                """.formatted("x".repeat(111))));
        assertThat(v.conforms()).isTrue();
        assertThat(v.entries()).singleElement().satisfies(e -> {
            assertThat(e.severity()).isEqualTo(Severity.Warning);
            assertThat(e.resultPath()).isEqualTo(new P_Link(SDO.headline));
        });
        assertThat(VALIDATOR.validate(ValidateFixtures.turtle("""
                ex:a a schema:NewsArticle ; schema:headline "%s" .
                """.formatted("x".repeat(110)))).entries()).isEmpty();
    }

    @Test
    void publisherMayBeAnyOrganizationSubclassButNotAPlace() {
        String ok = """
                ex:a a schema:NewsArticle ; schema:headline "H" ; schema:publisher ex:p .
                ex:p a schema:NewsMediaOrganization ; schema:name "P" .
                """;
        assertThat(VALIDATOR.validate(ValidateFixtures.turtle(ok)).entries()).isEmpty();
        Validation bad = VALIDATOR.validate(ValidateFixtures.turtle(ok.replace("schema:NewsMediaOrganization", "schema:City")));
        assertThat(bad.entries(Severity.Violation)).extracting(ReportEntry::focusNode, ReportEntry::resultPath)
                .containsExactly(tuple(NodeFactory.createURI("https://example.org/a"), new P_Link(SDO.publisher)));
    }

    @Test
    void mentionWhoseAnchorIsNotTheTextAtItsOffsetsIsAViolation() {
        Validation v = VALIDATOR.validate(ValidateFixtures.turtle("""
                ex:ctx a nif:Context ; nif:isString "Mira Okafor chairs the council." .
                ex:m nif:referenceContext ex:ctx ; nif:beginIndex 0 ; nif:endIndex 4 ; nif:anchorOf "Okafor" .
                """));
        assertThat(v.entries(Severity.Violation)).singleElement().satisfies(e -> {
            assertThat(e.focusNode()).isEqualTo(NodeFactory.createURI("https://example.org/m"));
            assertThat(e.resultPath()).isEqualTo(new P_Link(NIF.anchorOf));
            assertThat(e.message()).contains("\"Mira\"");
        });
    }

    @Test
    void aPhraseWithoutContextOrOffsetsIsAViolationForEachMissingPart() {
        Validation v = VALIDATOR.validate(ValidateFixtures.turtle("""
                ex:m a nif:Phrase ; nif:anchorOf "Okafor" .
                """));
        assertThat(v.entries(Severity.Violation)).extracting(e -> e.resultPath().toString()).containsExactlyInAnyOrder(
                "<" + NIF.referenceContext.getURI() + ">", "<" + NIF.beginIndex.getURI() + ">", "<" + NIF.endIndex.getURI() + ">");
    }

    @Test
    void contextStringThatDiffersFromTheArticleBodyIsAViolation() {
        Validation v = VALIDATOR.validate(ValidateFixtures.turtle("""
                ex:a a schema:NewsArticle ; schema:headline "H" ; schema:url ex:page ; schema:articleBody "The body." .
                ex:ctx a nif:Context ; nif:isString "Another body." ; nif:sourceUrl ex:page .
                """));
        assertThat(v.entries(Severity.Violation)).extracting(ReportEntry::focusNode, ReportEntry::resultPath)
                .containsExactly(tuple(NodeFactory.createURI("https://example.org/ctx"), new P_Link(NIF.isString)));
    }

    @Test
    void linkConfidenceAndSalienceMustLieBetweenZeroAndOne() {
        Validation v = VALIDATOR.validate(ValidateFixtures.turtle("""
                ex:p a schema:Person ; schema:name "P" ; ng:linkConfidence 1.5 .
                ex:a1 a ng:ArticleEntity ; ng:entity ex:p ; ng:salience -0.1 .
                """));
        assertThat(v.entries(Severity.Violation)).extracting(e -> e.resultPath().toString())
                .containsExactlyInAnyOrder("<https://w3id.org/newsgraph/ns#linkConfidence>", "<https://w3id.org/newsgraph/ns#salience>");
    }

    @Test
    void salienceAndMentionCountOnASharedEntityAreViolations() {
        Validation v = VALIDATOR.validate(ValidateFixtures.turtle("""
                ex:p a schema:Person ; schema:name "P" ; ng:salience 0.5 ; ng:mentionCount 2 .
                ex:a1 a ng:ArticleEntity ; ng:entity ex:p ; ng:salience 0.5 ; ng:mentionCount 2 .
                """));
        assertThat(v.entries(Severity.Violation)).extracting(e -> e.focusNode().getURI())
                .containsExactly("https://example.org/p");
    }

    @Test
    void vocabularyCheckFlagsAnUnknownSchemaOrgPropertyAsAViolation() {
        Validation v = VALIDATOR.validate(ValidateFixtures.turtle("""
                ex:a a schema:NewsArticle ; schema:headline "H" ; schema:headLine "H" .
                """));
        assertThat(v.entries(Severity.Violation)).singleElement().satisfies(e -> {
            assertThat(e.focusNode()).isEqualTo(NodeFactory.createURI("https://example.org/a"));
            assertThat(e.resultPath()).isEqualTo(new P_Link(NodeFactory.createURI(SDO.NS + "headLine")));
            assertThat(e.source()).isEqualTo(VocabularyCheck.SHAPE);
            assertThat(e.message()).contains("Unknown property").contains("schema.org 30.0")
                    .endsWith("did you mean schema:headline?");
        });
    }

    @Test
    void vocabularyCheckFlagsAnUnknownClassAndWarnsOnForeignVocabularies() {
        Validation v = VALIDATOR.validate(ValidateFixtures.turtle("""
                ex:a a schema:NewsArtikel ; foaf:name "A" .
                ex:b a foaf:Person .
                """));
        assertThat(v.entries(Severity.Violation)).singleElement().satisfies(e ->
                assertThat(e.value()).isEqualTo(NodeFactory.createURI(SDO.NS + "NewsArtikel")));
        assertThat(v.entries(Severity.Warning)).extracting(e -> e.message())
                .anySatisfy(m -> assertThat(m).contains("foaf/0.1/name"))
                .anySatisfy(m -> assertThat(m).contains("foaf/0.1/Person"));
    }

    @Test
    void vocabularyCheckWarnsOnAPropertyUsedOnAnIncompatibleType() {
        Validation v = VALIDATOR.validate(ValidateFixtures.turtle("""
                ex:p a schema:Person ; schema:name "P" ; schema:wordCount 3 .
                """));
        assertThat(v.conforms()).isTrue();
        assertThat(v.entries(Severity.Warning)).singleElement().satisfies(e -> {
            assertThat(e.focusNode()).isEqualTo(NodeFactory.createURI("https://example.org/p"));
            assertThat(e.resultPath()).isEqualTo(new P_Link(SDO.wordCount));
            assertThat(e.message()).contains("schema:Person").contains("schema:Article");
        });
    }

    @Test
    void vocabularyCheckWarnsOnAValueOfAnIncompatibleTypeButAcceptsSubclassesAndRoles() {
        Validation v = VALIDATOR.validate(ValidateFixtures.turtle("""
                ex:q a schema:Quotation ; schema:text "T" ; schema:spokenByCharacter ex:place ; schema:isPartOf ex:a .
                ex:a a schema:NewsArticle ; schema:headline "H" .
                ex:place a schema:City ; schema:name "Beijing" .
                ex:p a schema:Person ; schema:name "P" ; schema:worksFor [ a schema:OrganizationRole ; schema:worksFor ex:o ] .
                ex:o a schema:GovernmentOrganization ; schema:name "O" .
                """));
        // spokenByCharacter expects a Person or Organization: the shape (violation) and the vocabulary (warning) agree.
        assertThat(v.entries()).extracting(ReportEntry::severity, ReportEntry::focusNode, ReportEntry::resultPath)
                .containsExactlyInAnyOrder(
                        tuple(Severity.Violation, NodeFactory.createURI("https://example.org/q"), new P_Link(SDO.spokenByCharacter)),
                        tuple(Severity.Warning, NodeFactory.createURI("https://example.org/q"), new P_Link(SDO.spokenByCharacter)));
    }

    @Test
    void customShapesReplaceTheShippedOnes() {
        Graph shapes = ValidateFixtures.turtle("""
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                ex:S a sh:NodeShape ; sh:targetClass schema:NewsArticle ;
                    sh:property [ sh:path schema:inLanguage ; sh:minCount 1 ] .
                """);
        Validation v = Validator.create().shapes(shapes).vocabularyCheck(false).build()
                .validate(ValidateFixtures.turtle("ex:a a schema:NewsArticle ."));
        assertThat(v.entries()).extracting(ReportEntry::resultPath).containsExactly(new P_Link(SDO.inLanguage));
    }
}
