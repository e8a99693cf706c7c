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

    /**
     * An entity as one article presents it: the node, in the article's graph, that carries what holds for that
     * article only (salience, mention count, the titles and roles the article gives) and points to the shared entity
     * with {@link #entity}. A subclass of {@code schema:Role}.
     */
    public static final Node ArticleEntity = term("ArticleEntity");
    /** From an {@link #ArticleEntity} to the shared entity it qualifies. */
    public static final Node entity = term("entity");
    /** From an {@link #ArticleEntity} to its article. */
    public static final Node inArticle = term("inArticle");
    /** Indirect speech: a {@code schema:Quotation} whose text is the writer's report of what was said. */
    public static final Node Paraphrase = term("Paraphrase");
    /** From an {@link #ArticleEntity} to a {@code schema:Role} held relative to a person or place ("Putin's spokesperson"). */
    public static final Node hasRole = term("hasRole");
    /** From a role to the person or place it is held for or in ("Putin's spokesperson" → Vladimir Putin). */
    public static final Node roleOf = term("roleOf");

    private NG() {}
}
