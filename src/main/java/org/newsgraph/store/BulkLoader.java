package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.Problem;

/**
 * Loads RDF files into an <b>empty</b> store with TDB2's phased bulk loader (the one {@code tdb2.tdbloader} uses),
 * feeding the text index in the same pass. Each file is first parsed on its own to check it, so a bad file is
 * reported (file, line, column) and left out rather than half-loaded; the bulk load itself is all or nothing.
 * Graphs are placed as by {@link RdfLoader}: triples outside named graphs go into the file's graph.
 * <p>
 * Differences from {@link RdfLoader}: a named graph that appears in several files of the same bulk load is the
 * union of them (there is nothing to replace in an empty store, and the loader does not delete).
 *
 * <pre>
 *   if (store.isEmpty()) BulkLoader.create(store).onProblem(System.err::println).build().load(files);
 * </pre>
 */
public final class BulkLoader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BulkLoader.class);
    private final NewsStore store;
    private final Consumer<Problem> onProblem;
    private final LongConsumer onProgress;

    private BulkLoader(Builder b) {
        this.store = b.store;
        this.onProblem = b.onProblem;
        this.onProgress = b.onProgress;
    }

    public static Builder create(NewsStore store) { return new Builder(store); }

    /** What a bulk load did. */
    public record Result(long files, long failedFiles, long quads) {}

    /**
     * Checks each file, then bulk-loads the good ones in one go.
     *
     * @throws IllegalStateException when the store is not empty
     */
    public Result load(List<InputSource> inputs) {
        if (!store.isEmpty()) throw new IllegalStateException("Bulk loading needs an empty store");
        long t0 = System.nanoTime();
        List<InputSource> good = new ArrayList<>();
        for (InputSource in : inputs) {
            if (check(in)) good.add(in);
        }
        long t1 = System.nanoTime();
        if (good.isEmpty()) return new Result(0, inputs.size(), 0);

        DataLoader loader = LoaderFactory.phasedLoader(store.tdbGraph(), (fmt, args) -> {});
        TextIndex index = store.textIndex();
        long[] count = {0};
        // Fewer, larger Lucene segments while bulk indexing (fewer flushes and merges); back to the default after.
        var writerConfig = index instanceof org.apache.jena.query.text.TextIndexLucene lucene
                ? lucene.getIndexWriter().getConfig() : null;
        double ramBuffer = writerConfig == null ? 0 : writerConfig.getRAMBufferSizeMB();
        if (writerConfig != null) writerConfig.setRAMBufferSizeMB(256);
        loader.startBulk();
        Indexing dest = null;
        boolean bulkFinished = false;
        try {
            dest = new Indexing(loader.stream(), index, count, onProgress);
            for (InputSource in : good) {
                Node fileGraph = RdfLoader.graphFor(in);
                StreamRDF toGraphs = new StreamRDFWrapper(dest) {
                    @Override public void triple(Triple t) { super.quad(Quad.create(fileGraph, t)); }
                    @Override public void quad(Quad q) {
                        super.quad(q.isDefaultGraph() ? Quad.create(fileGraph, q.asTriple()) : q);
                    }
                    @Override public void start() {}
                    @Override public void finish() {}
                };
                parse(in, toGraphs, org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerNoLogging);
            }
            dest.finishIndexing();
            long t2 = System.nanoTime();
            // The Lucene commit and TDB2's secondary indexes are built at the same time.
            java.util.concurrent.CompletableFuture<Void> commit = java.util.concurrent.CompletableFuture.runAsync(index::commit);
            loader.finishBulk();
            bulkFinished = true;
            store.articleIndexChanged();
            long t3 = System.nanoTime();
            try {
                commit.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : e;
            }
            LOG.info(String.format("bulk load: %,d quads; check %.1f s, parse+load+index %.1f s, TDB2 indexes %.1f s, "
                    + "then text commit %.1f s", count[0], (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                    (System.nanoTime() - t3) / 1e9));
        } catch (RuntimeException e) {
            if (dest != null) dest.abort();
            if (!bulkFinished) loader.finishException(e);
            index.rollback();
            throw e;
        } finally {
            if (writerConfig != null) writerConfig.setRAMBufferSizeMB(ramBuffer);
        }
        return new Result(good.size(), inputs.size() - good.size(), count[0]);
    }

    /** Parses the file without storing anything; reports the first error with its location. */
    private boolean check(InputSource in) {
        RdfLoader.Locating errors = new RdfLoader.Locating(in.name(), onProblem);
        try {
            parse(in, RdfLoader.counting(new long[1]), errors);
            return true;
        } catch (RuntimeException e) {
            if (!errors.reported) onProblem.accept(Problem.error(in.name(), errors.line, errors.col, null, e.getMessage()));
            return false;
        }
    }

    private static void parse(InputSource in, StreamRDF dest, org.apache.jena.riot.system.ErrorHandler errors) {
        try (InputStream is = in.open()) {
            RDFParser.create().source(is).lang(RdfLoader.langOf(in)).base(RdfLoader.graphFor(in).getURI())
                    .errorHandler(errors).parse(dest);
        } catch (IOException e) {
            throw new RiotException("cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Passes quads on to the loader and hands the literals of indexed properties to a second thread that adds them to
     * the Lucene index, so text analysis runs beside the parser.
     */
    private static final class Indexing extends StreamRDFWrapper {
        private static final List<Quad> END = new ArrayList<>();
        private final EntityDefinition def;
        private final long[] count;
        private final LongConsumer onProgress;
        private final java.util.concurrent.BlockingQueue<List<Quad>> queue = new java.util.concurrent.ArrayBlockingQueue<>(64);
        private final Thread indexer;
        private volatile RuntimeException indexFailure;
        private List<Quad> pending = new ArrayList<>(1000);

        Indexing(StreamRDF loader, TextIndex index, long[] count, LongConsumer onProgress) {
            super(loader);
            this.def = index.getDocDef();
            this.count = count;
            this.onProgress = onProgress;
            this.indexer = new Thread(() -> {
                try {
                    for (List<Quad> batch = queue.take(); batch != END; batch = queue.take()) {
                        for (Quad q : batch) {
                            Entity e = TextQueryFuncs.entityFromQuad(def, q);
                            if (e != null) index.addEntity(e);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    indexFailure = e;
                    queue.clear();
                }
            }, "newsgraph-text-indexer");
            indexer.setDaemon(true);
            indexer.start();
        }

        @Override
        public void quad(Quad q) {
            super.quad(q);
            if (q.getObject().isLiteral() && def.getField(q.getPredicate()) != null) {
                pending.add(q);
                if (pending.size() >= 1000) handOver();
            }
            if ((++count[0] & 0xFFFF) == 0) onProgress.accept(count[0]);
        }

        @Override
        public void triple(Triple t) {
            quad(Quad.create(Quad.defaultGraphIRI, t));
        }

        private void handOver() {
            if (indexFailure != null) throw indexFailure;
            try {
                queue.put(pending);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            pending = new ArrayList<>(1000);
        }

        /** Stops the indexing thread (after a failure). */
        void abort() {
            indexer.interrupt();
        }

        /** Waits until every literal is in the index. */
        void finishIndexing() {
            if (!pending.isEmpty()) handOver();
            pending = END;
            try {
                queue.put(END);
                indexer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (indexFailure != null) throw indexFailure;
        }
    }

    public static final class Builder {
        private final NewsStore store;
        private Consumer<Problem> onProblem = p -> {};
        private LongConsumer onProgress = n -> {};

        private Builder(NewsStore store) { this.store = store; }

        public Builder onProblem(Consumer<Problem> c) { this.onProblem = c; return this; }

        /** Called now and then with the number of quads loaded so far. */
        public Builder onProgress(LongConsumer c) { this.onProgress = c; return this; }

        public BulkLoader build() { return new BulkLoader(this); }
    }
}
