package org.newsgraph.sink;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Where mapped articles go: each call delivers one whole article graph, so a sink never sees half an article.
 * Calls come from one thread, in input order.
 */
public interface ArticleSink extends AutoCloseable {
    void accept(Node graph, List<Quad> quads);

    /** Flushes and releases what the sink holds. */
    @Override
    default void close() {}
}
