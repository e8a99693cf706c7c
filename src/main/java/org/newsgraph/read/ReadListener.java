package org.newsgraph.read;

import org.newsgraph.model.Article;

/** Receives what a reader finds, as it finds it, so inputs of any size stream. */
public interface ReadListener {
    void article(Article article);

    void problem(Problem problem);

    /**
     * A record that is rightly not an article (a WARC request record, an image, a 404 or a redirect): counted in the
     * run's summary by {@code kind}, neither a failure nor a warning.
     *
     * @param kind a short plural-free label, e.g. {@code "request record"}, {@code "not HTML"}, {@code "HTTP 404"}
     */
    default void skipped(String source, String kind) {}
}
