package org.newsgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** ITS 2.0 RDF terms used with NIF: the entity a mention refers to and its class. */
public final class ITSRDF {
    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

    public static String getURI() { return NS; }

    public static final Node taIdentRef = NodeFactory.createURI(NS + "taIdentRef");
    public static final Node taClassRef = NodeFactory.createURI(NS + "taClassRef");
    public static final Node taConfidence = NodeFactory.createURI(NS + "taConfidence");

    private ITSRDF() {}
}
