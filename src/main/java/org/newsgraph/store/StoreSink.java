package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.sink.ArticleSink;

/**
 * Writes articles into a {@link NewsStore}: each article's named graph is replaced (so loading the same article
 * again leaves the store unchanged), many articles per write transaction. When a batch fails, it is retried
 * article by article so that only the failing article is skipped — the store never holds half an article.
 *
 * <pre>
 *   try (StoreSink sink = StoreSink.create(store).batchSize(1000).onFailure(reporter).build()) { … }
 * </pre>
 */
public final class StoreSink implements ArticleSink {
    private record Item(Node graph, List<Quad> quads) {}

    private final NewsStore store;
    private final int batchSize;
    private final BiConsumer<Node, RuntimeException> onFailure;
    private final List<Item> batch = new ArrayList<>();
    private long graphsWritten;

    private StoreSink(Builder b) {
        this.store = b.store;
        this.batchSize = b.batchSize;
        this.onFailure = b.onFailure;
    }

    public static Builder create(NewsStore store) { return new Builder(store); }

    @Override
    public void accept(Node graph, List<Quad> quads) {
        batch.add(new Item(graph, quads));
        if (batch.size() >= batchSize) flush();
    }

    /** Writes the pending batch in one transaction. */
    public void flush() {
        if (batch.isEmpty()) return;
        DatasetGraph dsg = store.datasetGraph();
        try {
            Txn.executeWrite(dsg, () -> batch.forEach(i -> replace(dsg, i)));
            graphsWritten += batch.size();
        } catch (RuntimeException batchFailure) {
            for (Item i : batch) {
                try {
                    Txn.executeWrite(dsg, () -> replace(dsg, i));
                    graphsWritten++;
                } catch (RuntimeException e) {
                    onFailure.accept(i.graph(), e);
                }
            }
        }
        batch.clear();
    }

    private static void replace(DatasetGraph dsg, Item i) {
        dsg.deleteAny(i.graph(), Node.ANY, Node.ANY, Node.ANY);
        for (Quad q : i.quads()) dsg.add(q);
    }

    public long graphsWritten() { return graphsWritten; }

    @Override
    public void close() { flush(); }

    public static final class Builder {
        private final NewsStore store;
        private int batchSize = 500;
        private BiConsumer<Node, RuntimeException> onFailure = (g, e) -> { throw e; };

        private Builder(NewsStore store) { this.store = store; }

        /** Articles per write transaction (default 500). */
        public Builder batchSize(int n) { this.batchSize = Math.max(1, n); return this; }

        /** Called for an article that could not be stored (default: rethrow). */
        public Builder onFailure(BiConsumer<Node, RuntimeException> c) { this.onFailure = c; return this; }

        public StoreSink build() { return new StoreSink(this); }
    }
}
