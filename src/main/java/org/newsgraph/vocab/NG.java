package org.newsgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * newsgraph's own ontology terms (see {@code ontology/newsgraph.ttl}) for what schema.org, NIF and PROV-O lack.
 */
public final class NG {
    public static final String NS = "https://w3id.org/newsgraph/ns#";

    public static String getURI() { return NS; }

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }

    /** Default base for the IRIs of the data newsgraph makes ({@code --base} overrides it). */
    public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/id/";

    /** Confidence in [0,1] of a link from an entity to an external resource. */
    public static final Node linkConfidence = term("linkConfidence");
    /** Salience of an entity in an article, in [0,1]. */
    public static final Node salience = term("salience");
    /** An extraction run (a {@code prov:Activity}). */
    public static final Node ExtractionRun = term("ExtractionRun");
    /** Number of mentions of an entity in an article. */
    public static final Node mentionCount = term("mentionCount");

    private NG() {}
}
