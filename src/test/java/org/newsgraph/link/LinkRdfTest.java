package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Iris;

/** Link triples: DBpedia owl:sameAs only when confident, Wikipedia schema:sameAs and the confidence always. */
class LinkRdfTest {
    @BeforeAll
    static void jena() { org.apache.jena.sys.JenaSystem.init(); }

    static Graph parse(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void aConfidentLinkSaysOwlSameAsDbpedia() {
        Iris iris = Iris.standard();
        Link link = new Link("Ministry_of_Foreign_Affairs_(People's_Republic_of_China)", 0.93, true);
        Node entity = LinkRdf.entityNode(iris, link);
        Graph g = GraphFactory.createDefaultGraph();
        LinkRdf.emit((s, p, o) -> g.add(s, p, o), entity, link);
        Graph expected = parse("""
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX schema: <http://schema.org/>
                PREFIX ng: <https://w3id.org/newsgraph/ns#>
                <https://w3id.org/newsgraph/id/entity/Ministry_of_Foreign_Affairs_(People's_Republic_of_China)>
                    owl:sameAs <http://dbpedia.org/resource/Ministry_of_Foreign_Affairs_(People's_Republic_of_China)> ;
                    schema:sameAs <https://en.wikipedia.org/wiki/Ministry_of_Foreign_Affairs_(People's_Republic_of_China)> ;
                    ng:linkConfidence 0.93 .
                """);
        assertThat(g.isIsomorphicWith(expected)).as(g.toString()).isTrue();
    }

    @Test
    void anUnsureLinkKeepsOnlyTheWikipediaPageAndItsConfidence() {
        Link link = new Link("TASS", 0.36, false);
        Node entity = LinkRdf.entityNode(Iris.standard(), link);
        Graph g = GraphFactory.createDefaultGraph();
        LinkRdf.emit((s, p, o) -> g.add(s, p, o), entity, link);
        assertThat(g.size()).isEqualTo(2);
        assertThat(g.contains(entity, org.apache.jena.vocabulary.OWL.sameAs.asNode(), Node.ANY)).isFalse();
        assertThat(g.contains(entity, org.newsgraph.vocab.SDO.sameAs, NodeFactory.createURI("https://en.wikipedia.org/wiki/TASS"))).isTrue();
    }

    @Test
    void titlesBecomeIrisLikeDbpediasWithUnsafeCharactersEncoded() {
        Link link = new Link("São_Paulo", 0.9, true);
        assertThat(link.dbpediaIri()).isEqualTo("http://dbpedia.org/resource/São_Paulo");
        assertThat(new Link("What?_\"Quoted\"", 0.9, true).dbpediaIri()).isEqualTo("http://dbpedia.org/resource/What%3F_%22Quoted%22");
    }
}
