package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
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
 * feeding the text index in the same pass; each file is parsed once. A bad file is reported (file, line, column) and
 * left out rather than half-loaded: what it wrote before the error is taken out again after the bulk load.
 * {@code -Dnewsgraph.loader=parallel} selects TDB2's parallel loader instead of the phased one (for measuring: on 2
 * cores it was slower, see docs/bench-store.md).
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
     * Bulk-loads the files in one pass: each file is parsed once, straight into TDB2's loader and the text index. A
     * file that turns out to be bad (a parse error at some line) is reported, and once the bulk load is done every
     * graph it wrote is removed again in one write transaction (with the text index entries), so nothing of it
     * stays; graphs it shared with good files are then read back from those files. Bad files are rare, so the
     * usual case pays for no second parse.
     *
     * @throws IllegalStateException when the store is not empty
     */
    public Result load(List<InputSource> inputs) {
        if (!store.isEmpty()) throw new IllegalStateException("Bulk loading needs an empty store");
        long t0 = System.nanoTime();
        DataLoader loader = "parallel".equals(System.getProperty("newsgraph.loader"))
                ? LoaderFactory.parallelLoader(store.tdbGraph(), (fmt, args) -> {})
                : LoaderFactory.phasedLoader(store.tdbGraph(), (fmt, args) -> {});
        TextIndex index = store.textIndex();
        long[] count = {0};
        // Fewer, larger Lucene segments while bulk indexing (fewer flushes and merges); back to the default after.
        var writerConfig = index instanceof org.apache.jena.query.text.TextIndexLucene lucene
                ? lucene.getIndexWriter().getConfig() : null;
        double ramBuffer = writerConfig == null ? 0 : writerConfig.getRAMBufferSizeMB();
        boolean compound = writerConfig != null && writerConfig.getUseCompoundFile();
        if (writerConfig != null) {
            writerConfig.setRAMBufferSizeMB(256);
            writerConfig.setUseCompoundFile(false);   // large flushed segments are not copied again into one file
        }
        List<InputSource> good = new ArrayList<>();
        Map<InputSource, Set<Node>> graphsOf = new LinkedHashMap<>();
        List<InputSource> bad = new ArrayList<>();
        loader.startBulk();
        boolean bulkFinished = false;
        java.util.concurrent.CompletableFuture<Void> commit = null;
        try {
            Indexing dest = new Indexing(loader.stream(), index, count, onProgress);
            for (InputSource in : inputs) {
                Set<Node> graphs = new HashSet<>();
                graphsOf.put(in, graphs);
                RdfLoader.Locating errors = new RdfLoader.Locating(in.name(), onProblem);
                try {
                    parse(in, toGraphs(dest, RdfLoader.graphFor(in), graphs), errors);
                    good.add(in);
                } catch (RiotException e) {
                    if (!errors.reported) onProblem.accept(Problem.error(in.name(), errors.line, errors.col, null, e.getMessage()));
                    bad.add(in);
                }
            }
            long t1 = System.nanoTime();
            // The Lucene commit (flushing the indexing buffer) runs while TDB2 builds its secondary indexes.
            commit = java.util.concurrent.CompletableFuture.runAsync(index::commit);
            loader.finishBulk();
            bulkFinished = true;
            store.articleIndexChanged();
            long t2 = System.nanoTime();
            try {
                commit.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : e;
            }
            long t3 = System.nanoTime();
            if (!bad.isEmpty()) count[0] -= removeBadFiles(bad, good, graphsOf);
            LOG.info(String.format("bulk load: %,d quads; parse+load+text indexing %.1f s, TDB2 indexes beside the "
                    + "text commit %.1f s, then the rest of the text commit %.1f s%s", count[0], (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                    bad.isEmpty() ? "" : String.format(", %d bad file(s) taken out again in %.1f s", bad.size(),
                            (System.nanoTime() - t3) / 1e9)));
        } catch (RuntimeException e) {
            if (!bulkFinished) loader.finishException(e);
            if (commit != null) commit.exceptionally(x -> null).join();   // never roll back beside a running commit
            index.rollback();
            throw e;
        } finally {
            if (writerConfig != null) {
                writerConfig.setRAMBufferSizeMB(ramBuffer);
                writerConfig.setUseCompoundFile(compound);
            }
        }
        return new Result(good.size(), bad.size(), count[0]);
    }

    /** Quads to {@code dest}, triples outside named graphs into {@code fileGraph}; every graph written is noted. */
    private static StreamRDF toGraphs(StreamRDF dest, Node fileGraph, Set<Node> graphs) {
        return new StreamRDFWrapper(dest) {
            Node last;

            @Override public void triple(Triple t) { quad(Quad.create(fileGraph, t)); }

            @Override public void quad(Quad q) {
                Quad in = q.isDefaultGraph() ? Quad.create(fileGraph, q.asTriple()) : q;
                if (!in.getGraph().equals(last)) {   // files are mostly graph after graph: one set lookup per run
                    last = in.getGraph();
                    graphs.add(last);
                }
                super.quad(in);
            }

            @Override public void start() {}

            @Override public void finish() {}
        };
    }

    /**
     * Takes out every graph the bad files wrote (TDB2 and text index, one write transaction), then reads back, from the
     * good files, the quads of those graphs that good files wrote too. Returns the net number of quads removed.
     */
    private long removeBadFiles(List<InputSource> bad, List<InputSource> good, Map<InputSource, Set<Node>> graphsOf) {
        Set<Node> tainted = new HashSet<>();
        for (InputSource in : bad) tainted.addAll(graphsOf.get(in));
        DatasetGraph dsg = store.datasetGraph();
        long[] net = {0};
        Txn.executeWrite(dsg, () -> {
            for (Node g : tainted) {
                long before = dsg.getGraph(g).size();
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                net[0] += before;
            }
            for (InputSource in : good) {
                if (java.util.Collections.disjoint(graphsOf.get(in), tainted)) continue;
                StreamRDF back = new StreamRDFWrapper(org.apache.jena.riot.system.StreamRDFLib.dataset(dsg)) {
                    @Override public void quad(Quad q) {
                        if (tainted.contains(q.getGraph())) {
                            super.quad(q);
                            net[0]--;
                        }
                    }
                };
                parse(in, toGraphs(back, RdfLoader.graphFor(in), new HashSet<>()),
                        org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerNoLogging);
            }
        });
        return net[0];
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
     * Passes quads on to the loader and adds the literals of indexed properties to the Lucene index, in the parser's
     * thread. TDB2's loader already keeps both cores busy with its own threads (node table, primary index), which the
     * parser feeds faster than they take; the text analysis fills the parser's waits instead of adding one more busy
     * thread (measured: about 1 s less per 1.9 M quads than a separate indexing thread, docs/bench-store.md).
     */
    private static final class Indexing extends StreamRDFWrapper {
        private final TextIndex index;
        private final EntityDefinition def;
        private final long[] count;
        private final LongConsumer onProgress;

        Indexing(StreamRDF loader, TextIndex index, long[] count, LongConsumer onProgress) {
            super(loader);
            this.index = index;
            this.def = index.getDocDef();
            this.count = count;
            this.onProgress = onProgress;
        }

        @Override
        public void quad(Quad q) {
            super.quad(q);
            if (q.getObject().isLiteral() && def.getField(q.getPredicate()) != null) {
                Entity e = TextQueryFuncs.entityFromQuad(def, q);
                if (e != null) index.addEntity(e);
            }
            if ((++count[0] & 0xFFFF) == 0) onProgress.accept(count[0]);
        }

        @Override
        public void triple(Triple t) {
            quad(Quad.create(Quad.defaultGraphIRI, t));
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
