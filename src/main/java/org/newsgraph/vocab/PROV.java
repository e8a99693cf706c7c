package org.newsgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** PROV-O terms used to record the extraction run. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static String getURI() { return NS; }

    private static Node term(String local) { return NodeFactory.createURI(NS + local); }

    public static final Node Activity = term("Activity");
    public static final Node SoftwareAgent = term("SoftwareAgent");
    public static final Node wasGeneratedBy = term("wasGeneratedBy");
    public static final Node wasAssociatedWith = term("wasAssociatedWith");
    public static final Node startedAtTime = term("startedAtTime");
    public static final Node endedAtTime = term("endedAtTime");
    public static final Node used = term("used");
    public static final Node wasDerivedFrom = term("wasDerivedFrom");

    private PROV() {}
}
