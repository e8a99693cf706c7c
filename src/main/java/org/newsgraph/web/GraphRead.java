package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.vocab.SDO;

/** Small reads of one graph for the page builders: a property's values, its first literal, a node's name. */
final class GraphRead {
    private GraphRead() {}

    static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(java.util.Comparator.comparing(Node::toString));
        return out;
    }

    static Node object(Graph g, Node s, Node p) {
        List<Node> o = objects(g, s, p);
        return o.isEmpty() ? null : o.get(0);
    }

    static List<Node> subjects(Graph g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, p, o).mapWith(Triple::getSubject).forEachRemaining(out::add);
        out.sort(java.util.Comparator.comparing(Node::toString));
        return out;
    }

    /** The lexical form of the first literal value, or null. */
    static String text(Graph g, Node s, Node p) {
        for (Node o : objects(g, s, p)) if (o.isLiteral()) return o.getLiteralLexicalForm();
        return null;
    }

    static String name(Graph g, Node s) {
        String n = text(g, s, SDO.name);
        if (n == null) n = text(g, s, SDO.headline);
        return n;
    }

    static List<Node> types(Graph g, Node s) { return objects(g, s, RDF.type.asNode()); }
}
