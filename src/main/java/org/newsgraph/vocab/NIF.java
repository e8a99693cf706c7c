package org.newsgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** NIF 2.0 Core terms used for mention provenance (offsets into the article body). */
public final class NIF {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static String getURI() { return NS; }

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }

    public static final Node Context = term("Context");
    public static final Node String = term("String");
    public static final Node Phrase = term("Phrase");
    public static final Node OffsetBasedString = term("OffsetBasedString");
    public static final Node isString = term("isString");
    public static final Node beginIndex = term("beginIndex");
    public static final Node endIndex = term("endIndex");
    public static final Node anchorOf = term("anchorOf");
    public static final Node referenceContext = term("referenceContext");
    public static final Node sourceUrl = term("sourceUrl");

    private NIF() {}
}
