package org.newsgraph.enrich;

import org.newsgraph.rdf.ArticleContext;

/**
 * A pipeline stage that adds knowledge to an article's graph after the metadata mapping: entities from NLP,
 * links to open datasets. Implementations are thread-safe: one instance serves all worker threads.
 */
public interface ArticleEnricher {
    /** A short name for logs and provenance, e.g. {@code "corenlp"}. */
    String name();

    /** Adds triples about {@code ctx.article()} to its graph through {@link ArticleContext#add}. */
    void enrich(ArticleContext ctx);

    /**
     * How many articles this enricher left alone so far, by reason (e.g. {@code "not English: de"}), for the run
     * summary. Empty by default.
     */
    default java.util.Map<String, Long> skipped() { return java.util.Map.of(); }
}
