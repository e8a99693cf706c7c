package org.newsgraph.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.SDO;

class OntologyTest {
    static { org.apache.jena.sys.JenaSystem.init(); }

    private static final Path README = Path.of("ontology/README.md");

    @Test
    void everyOntologyTermHasLabelCommentAndDomainRangeAndAConstantInNG() throws Exception {
        Graph g = Vocabularies.ontology();
        Set<String> terms = new TreeSet<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject)
                .filterKeep(n -> n.isURI() && n.getURI().startsWith(NG.NS)).forEachRemaining(n -> terms.add(n.getURI()));
        assertThat(terms).isNotEmpty();
        for (String t : terms) {
            Node n = NodeFactory.createURI(t);
            assertThat(g.contains(n, RDFS.label.asNode(), Node.ANY)).as(t + " label").isTrue();
            assertThat(g.contains(n, RDFS.comment.asNode(), Node.ANY)).as(t + " comment").isTrue();
            if (!g.contains(n, RDF.type.asNode(), OWL.Class.asNode())) {
                assertThat(g.contains(n, RDFS.domain.asNode(), Node.ANY)).as(t + " domain").isTrue();
                assertThat(g.contains(n, RDFS.range.asNode(), Node.ANY)).as(t + " range").isTrue();
            }
        }
        Set<String> constants = new TreeSet<>();
        for (Field f : NG.class.getFields())
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) constants.add(((Node) f.get(null)).getURI());
        assertThat(constants).as("vocab/NG.java and ontology/newsgraph.ttl").isEqualTo(terms);
    }

    @Test
    void noOntologyTermDuplicatesASchemaOrgTerm() {
        for (Node t : Vocabularies.ontology().find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject).toList()) {
            if (!t.isURI() || !t.getURI().startsWith(NG.NS)) continue;
            String local = t.getURI().substring(NG.NS.length());
            assertThat(Vocabularies.schemaOrgTerms().contains(NodeFactory.createURI(SDO.NS + local), Node.ANY, Node.ANY))
                    .as("schema:" + local + " exists").isFalse();
        }
    }

    @Test
    void everySchemaOrgTermInSDOExistsInTheShippedRelease() throws Exception {
        VocabularyCheck check = VocabularyCheck.standard();
        for (Field f : SDO.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Node.class) continue;
            Node n = (Node) f.get(null);
            assertThat(check.isKnownClass(n) || check.isKnownProperty(n)).as(n.getURI()).isTrue();
        }
    }

    @Test
    void shippedShapesParseAndEveryTermTheyNameIsKnown() {
        Graph shapesGraph = Vocabularies.shapes();
        Shapes shapes = Shapes.parse(shapesGraph);
        assertThat(shapes.numRootShapes()).isGreaterThan(10);
        VocabularyCheck check = VocabularyCheck.standard();
        for (String p : List.of("path", "class", "targetClass", "targetSubjectsOf")) {
            Node sh = NodeFactory.createURI("http://www.w3.org/ns/shacl#" + p);
            shapesGraph.find(Node.ANY, sh, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI()) assertThat(check.isKnownClass(t.getObject()) || check.isKnownProperty(t.getObject()))
                        .as(p + " " + t.getObject()).isTrue();
            });
        }
    }

    @Test
    void shippedSchemaOrgExtractIsWhatTheGeneratorMakesFromTheRelease() throws Exception {
        Path full = Path.of("../shared/data/vocab/schemaorg-current-http.ttl");
        assumeTrue(Files.isRegularFile(full), "schema.org release not beside the project");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SchemaOrgTermsGenerator.generate(full, SchemaOrgTermsGenerator.RELEASE, out);
        Graph fresh = RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.TURTLE).toGraph();
        assertThat(fresh.isIsomorphicWith(Vocabularies.schemaOrgTerms()))
                .as("src/main/resources/org/newsgraph/schemaorg-terms.ttl is stale: regenerate it (docs/validate.md)").isTrue();
        assertThat(fresh.size()).isGreaterThan(5000);
    }

    @Test
    void ontologyReadmeIsUpToDate() throws Exception {
        String current = Files.readString(README);
        String fresh = OntologyDocs.render(current, Path.of("src/test/resources/validate/article.txt"),
                Path.of("src/test/resources/validate/enriched.trig"));
        assertThat(current).as("ontology/README.md is stale: regenerate it with OntologyDocs (docs/validate.md)").isEqualTo(fresh);
        assertThat(current).contains("schema:NewsArticle").contains("[`schema:headline`](https://schema.org/headline)")
                .contains("`ng:linkConfidence`").contains("nsh:MentionShape");
    }

    @Test
    void theDocsNameTheNifIrisTheCodeWrites() throws Exception {
        // NlpEnricher mints <article>/body#char=0,N for the body's context and <article>/body#char=B,E for a mention.
        for (Path doc : new Path[] {README, Path.of("docs/validate.md")}) {
            String text = Files.readString(doc);
            assertThat(text).as(doc.toString()).contains("/body#char=0,").contains("/body#char=14,25")
                    .doesNotContain("/context#char=14,25").doesNotContain("ARTICLE/context>").doesNotContain("e1/context>");
        }
    }
}
