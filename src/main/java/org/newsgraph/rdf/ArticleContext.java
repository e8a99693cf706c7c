package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.model.Article;

/**
 * One article being mapped: its IRI, the named graph its triples go to, and the output. Mapping stages and
 * enrichers add triples through {@link #add}, which puts them in the article's graph.
 */
public record ArticleContext(Article article, Node articleNode, Node graph, Iris iris, PublisherRegistry publishers,
                             StreamRDF out) {

    public void add(Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
    }

    public void add(Triple t) {
        out.quad(Quad.create(graph, t));
    }
}
