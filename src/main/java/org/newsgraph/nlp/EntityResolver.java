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

    /** Links nothing. */
    EntityResolver NONE = x -> {};
}
