package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.lang.CollectorStreamQuads;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.Nlp;
import org.newsgraph.nlp.NlpEnricher;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.PlainTextArticleReader;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadListener;
import org.newsgraph.vocab.SDO;

/**
 * Issue 5 end to end: the sample article read from its file, entities extracted by the real CoreNLP pipeline and
 * linked by the real offline index through {@link LinkingResolver}, as {@code convert} does by default.
 */
class LinkedSampleConversionTest {
    static { JenaSystem.init(); }

    static final Path SAMPLE = Path.of("../shared/data/sample/moscowtimes-2023-03-13-xi-visit.txt");
    static final String DBR = "http://dbpedia.org/resource/";
    static Graph graph;

    @BeforeAll
    static void convert() throws Exception {
        assumeTrue(Files.exists(SAMPLE), "../shared/data/sample not present");
        EntityLinker linker = EntityLinker.create().cache(TestIndex.get().directory().getParent()).build();
        ArticleMapper mapper = ArticleMapper.create()
                .enricher(NlpEnricher.create().extractor(Nlp.EXTRACTOR).resolver(new LinkingResolver(linker)).build())
                .build();
        List<Article> articles = new ArrayList<>();
        new PlainTextArticleReader().read(InputSource.of(SAMPLE), new ReadListener() {
            @Override public void article(Article a) { articles.add(a); }
            @Override public void problem(Problem p) { }
        });
        graph = GraphFactory.createDefaultGraph();
        CollectorStreamQuads quads = new CollectorStreamQuads();
        mapper.map(articles.get(0), quads);
        quads.getCollected().forEach(q -> graph.add(q.asTriple()));
        assertThat(graph.size()).isGreaterThan(100);
    }

    private static Set<String> dbpediaLinks() {
        Set<String> out = new HashSet<>();
        graph.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject().getURI()));
        return out;
    }

    @Test
    void theSampleEntitiesAreLinkedToTheirDbpediaResources() {
        assertThat(dbpediaLinks()).contains(DBR + "Xi_Jinping", DBR + "Vladimir_Putin", DBR + "Dmitry_Peskov",
                DBR + "Moscow", DBR + "Beijing", DBR + "Russia", DBR + "China", DBR + "Ukraine", DBR + "United_States",
                DBR + "Reuters");
    }

    @Test
    void washingtonIsNotTheStateAndTheForeignMinistryIsNotTheOffice() {
        assertThat(dbpediaLinks()).doesNotContain(DBR + "Washington_(state)", DBR + "Washington", DBR + "Foreign_minister");
    }

    @Test
    void anUnsureLinkKeepsItsConfidenceAndSchemaSameAsButNoOwlSameAs() {
        // "Washington" (the US government, by metonymy) is linked to the city below the owl:sameAs threshold.
        Node dc = NodeFactory.createURI("https://w3id.org/newsgraph/id/entity/Washington,_D.C.");
        assertThat(graph.contains(dc, SDO.sameAs, NodeFactory.createURI("https://en.wikipedia.org/wiki/Washington,_D.C."))).isTrue();
        assertThat(graph.contains(dc, OWL.sameAs.asNode(), Node.ANY)).isFalse();
        assertThat(graph.find(dc, org.newsgraph.vocab.NG.linkConfidence, Node.ANY).next().getObject()
                .getLiteralValue().toString()).satisfies(c -> assertThat(Double.parseDouble(c)).isBetween(0.45, 0.6));
    }

    @Test
    void linkedEntitiesGetTheirIriFromTheLinkSoTheyJoinAcrossArticles() {
        Node xi = NodeFactory.createURI("https://w3id.org/newsgraph/id/entity/Xi_Jinping");
        assertThat(graph.contains(xi, SDO.name, NodeFactory.createLiteralString("Xi Jinping"))).isTrue();
        assertThat(graph.contains(xi, OWL.sameAs.asNode(), NodeFactory.createURI(DBR + "Xi_Jinping"))).isTrue();
        Node russia = NodeFactory.createURI("https://w3id.org/newsgraph/id/entity/Russia");
        assertThat(graph.contains(russia, org.apache.jena.vocabulary.RDF.type.asNode(), SDO.Country)).isTrue();
    }
}
