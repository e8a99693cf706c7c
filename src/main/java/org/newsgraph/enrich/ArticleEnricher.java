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
}
