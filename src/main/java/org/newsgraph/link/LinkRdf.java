package org.newsgraph.link;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.newsgraph.rdf.ArticleContext;
import org.newsgraph.rdf.Iris;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.SDO;

/**
 * RDF for an offline link: {@code owl:sameAs <http://dbpedia.org/resource/Title>} when the link is confident,
 * {@code schema:sameAs <https://en.wikipedia.org/wiki/Title>} always, and {@code ng:linkConfidence} (xsd:decimal).
 * A linked entity's IRI is {@link Iris#linkedEntity(String)} so it joins across articles.
 *
 * <pre>
 *   Node entity = LinkRdf.entityNode(ctx.iris(), link);
 *   LinkRdf.emit(ctx, entity, link);
 * </pre>
 */
public final class LinkRdf {
    private LinkRdf() {}

    /** Receives triples (e.g. {@code ctx::add} or a graph's add). */
    @FunctionalInterface
    public interface TripleOut {
        void add(Node s, Node p, Node o);
    }

    /** The entity's local IRI derived from its link. */
    public static Node entityNode(Iris iris, Link link) { return iris.linkedEntity(link.title()); }

    /** Adds the link triples about {@code entity} to the article's graph. */
    public static void emit(ArticleContext ctx, Node entity, Link link) { emit(ctx::add, entity, link); }

    public static void emit(TripleOut out, Node entity, Link link) {
        if (!Link.isQid(link.title())) {   // an entity known only from Wikidata has no Wikipedia page
            if (link.confident()) out.add(entity, OWL.sameAs.asNode(), NodeFactory.createURI(link.dbpediaIri()));
            out.add(entity, SDO.sameAs, NodeFactory.createURI(link.wikipediaUrl()));
        }
        out.add(entity, NG.linkConfidence, decimal(link.confidence()));
    }

    static Node decimal(double d) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }
}
