package org.newsgraph.sink;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** Passes each article's quads to a {@link StreamRDF} (a writer, a dataset, a counter). */
public final class StreamSink implements ArticleSink {
    private final StreamRDF out;

    public StreamSink(StreamRDF out) { this.out = out; }

    @Override
    public void accept(Node graph, List<Quad> quads) {
        for (Quad q : quads) out.quad(q);
    }
}
