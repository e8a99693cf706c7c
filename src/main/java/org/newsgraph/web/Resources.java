package org.newsgraph.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * What the store says about one IRI, as an RDF graph: for an article (a named graph of that name), its whole graph;
 * for anything else (an entity, an image, a quotation), every triple with the IRI as subject across all article
 * graphs (their union, duplicates merged), plus the blank nodes below it. An empty graph means the store does not
 * know the IRI. Call inside a read transaction.
 */
final class Resources {
    private static final Query DESCRIBE = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");

    private Resources() {}

    /** Whether {@code iri} names an article graph. */
    static boolean isGraph(Dataset ds, String iri) {
        return ds.asDatasetGraph().containsGraph(NodeFactory.createURI(iri));
    }

    static Graph describe(Dataset ds, String iri) {
        Node s = NodeFactory.createURI(iri);
        DatasetGraph dsg = ds.asDatasetGraph();
        Graph out = GraphFactory.createDefaultGraph();
        if (dsg.containsGraph(s)) {
            GraphUtil.addInto(out, dsg.getGraph(s));
            return out;
        }
        try (QueryExecution qe = QueryExecution.dataset(ds).query(DESCRIBE)
                .substitution("s", ResourceFactory.createResource(iri)).build()) {
            GraphUtil.addInto(out, qe.execConstruct().getGraph());
        }
        // blank nodes below the subject (e.g. a schema:geo node)
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        out.find(s, Node.ANY, Node.ANY).forEach(t -> { if (t.getObject().isBlank()) todo.add(t.getObject()); });
        Graph union = dsg.getUnionGraph();
        java.util.Set<Node> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Node b = todo.poll();
            if (!seen.add(b)) continue;
            union.find(b, Node.ANY, Node.ANY).forEach(t -> {
                out.add(t);
                if (t.getObject().isBlank()) todo.add(t.getObject());
            });
        }
        return out;
    }
}
