package org.newsgraph.nlp;

/**
 * The seam for entity linking: called once per article after extraction and before RDF is written, it may
 * {@link ExtractedEntity#link link} entities to Wikipedia titles (the entity's IRI then comes from
 * {@link org.newsgraph.rdf.Iris#linkedEntity}) and refine their {@link ExtractedEntity#schemaClass}.
 * Implementations are thread-safe.
 *
 * <pre>
 *   NlpEnricher nlp = NlpEnricher.create().resolver(myLinker).build();
 * </pre>
 */
@FunctionalInterface
public interface EntityResolver {
    void resolve(Extraction extraction);

    /** As {@link #resolve(Extraction)}, knowing the article's date (null when unknown), e.g. to weigh entities' dates. */
    default void resolve(Extraction extraction, java.time.LocalDate articleDate) { resolve(extraction); }

    /**
     * Writes what the resolver knows of an entity it linked — the link triples ({@code owl:sameAs},
     * {@code schema:sameAs}, confidence) and any more (e.g. Wikidata facts) — into the article's graph.
     * Called on the thread that called {@link #resolve}, once per linked entity, with the entity's node.
     */
    default void describe(org.newsgraph.rdf.ArticleContext ctx, ExtractedEntity entity, org.apache.jena.graph.Node node) {}

    /** Links nothing. */
    EntityResolver NONE = x -> {};
}
