package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import java.util.function.Supplier;
import org.newsgraph.store.index.ArticleIndex;
import org.newsgraph.store.index.ArticleIndexBuilder;
import org.newsgraph.store.index.ArticleIndexFile;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.newsgraph.vocab.SDO;

/**
 * The knowledge-graph store: a TDB2 dataset on disk ({@code DIR/tdb2}) with a jena-text Lucene index
 * ({@code DIR/text}, documents as {@link NewsTextIndex} writes them) over headlines, bodies, descriptions and entity
 * names, so {@code text:query} works in SPARQL.
 * All data lives in named graphs (one per article, one per loaded RDF triples file); the default graph seen by
 * queries is the union of the named graphs ({@code tdb2:unionDefaultGraph}), so {@code SELECT * { ?s ?p ?o }}
 * finds everything, and {@code GRAPH ?g { … }} tells which article a triple comes from.
 *
 * <pre>
 *   try (NewsStore store = NewsStore.open(Path.of("newsgraph-data"))) {
 *       Txn.executeRead(store.dataset(), () -> …);
 *   }
 * </pre>
 */
public final class NewsStore implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NewsStore.class);
    /** Lucene field holding all indexed text; {@code text:query "word"} searches it. */
    public static final String TEXT_FIELD = "text";

    private final Dataset tdb;
    private final Dataset dataset;
    private final Path dir;

    private final TextIndex textIndex;
    /** The aggregate index of the articles, built on first use and again after a write commits. */
    private volatile ArticleIndex articleIndex;
    private volatile boolean articleIndexStale = true;
    private volatile long articleIndexVersion = -1;

    private NewsStore(Dataset tdb, TextIndex textIndex, Path dir) {
        this.tdb = tdb;
        tdb.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        this.textIndex = textIndex;
        this.dataset = TextDatasetFactory.create(tdb, textIndex, true);
        this.dir = dir;
        Supplier<ArticleIndex> supplier = this::articleIndex;
        tdb.getContext().set(ArticleIndex.CONTEXT_KEY, supplier);
        dataset.getContext().set(ArticleIndex.CONTEXT_KEY, supplier);
    }

    /**
     * TDB2's data version as the calling thread's transaction sees it (a read transaction is begun when there is
     * none): it moves on with every write transaction that commits (a load, a SPARQL Update through Fuseki).
     */
    private long dataVersion() {
        DatasetGraph dsg = tdb.asDatasetGraph();
        return Txn.calculateRead(dsg, () ->
                TDBInternal.getDatasetGraphTDB(dsg).getTxnSystem().getThreadTransaction().getDataVersion());
    }

    /**
     * The {@link ArticleIndex} of the store: counts and date-ordered article lists for the {@code ngf:} query
     * functions. On first use it is read from {@code DIR/article-index.bin} when that file matches the database, else
     * built from the store (a few seconds per 100,000 articles) and saved there; it is rebuilt on the first use after
     * a write
     * (TDB2's data version tells).
     */
    public ArticleIndex articleIndex() {
        ArticleIndex current = articleIndex;
        if (current != null && !articleIndexStale && articleIndexVersion == dataVersion()) return current;
        synchronized (this) {
            long version = dataVersion();
            if (articleIndex == null || articleIndexStale || articleIndexVersion != version) {
                boolean first = articleIndex == null;
                articleIndexStale = false;
                articleIndexVersion = version;
                long t0 = System.nanoTime();
                DatasetGraph dsg = tdb.asDatasetGraph();
                NodeTable nodes = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable();
                String before = fingerprint();
                ArticleIndex saved = first && before != null ? ArticleIndexFile.read(dir, before, nodes::getNodeForNodeId) : null;
                if (saved != null) {
                    articleIndex = saved;
                    LOG.info(String.format("article index: %,d articles, %,d entities, read from %s in %.2f s",
                            saved.articleCount(), saved.nodeCount(), dir.resolve(ArticleIndexFile.NAME), (System.nanoTime() - t0) / 1e9));
                } else {
                    articleIndex = Txn.calculateRead(dsg, () -> ArticleIndexBuilder.create(dsg).build());
                    LOG.info(String.format("article index: %,d articles, %,d entities, built in %.2f s",
                            articleIndex.articleCount(), articleIndex.nodeCount(), (System.nanoTime() - t0) / 1e9));
                    save(before, version);
                }
            }
            return articleIndex;
        }
    }

    /** The fingerprint of the database files ({@link ArticleIndexFile#fingerprint}), or null in memory / on failure. */
    private String fingerprint() {
        if (dir == null) return null;
        try {
            return ArticleIndexFile.fingerprint(dir.resolve("tdb2"));
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** Saves the index for the next process, when nothing was written while it was built (best effort). */
    private void save(String before, long version) {
        if (before == null || !before.equals(fingerprint()) || version != dataVersion()) return;
        try {
            ArticleIndexFile.write(dir, before, articleIndex);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot save the article index in {}: {}", dir, e.getMessage());
        }
    }

    /** Marks the article index stale (for writes that bypass transactions, such as the bulk loader). */
    public void articleIndexChanged() { articleIndexStale = true; }

    /** Opens (creating when absent) the store in {@code dir}. */
    public static NewsStore open(Path dir) {
        try {
            Files.createDirectories(dir.resolve("text"));
            createAtomically(dir.resolve("tdb2"));
            Dataset base = TDB2Factory.connectDataset(dir.resolve("tdb2").toString());
            return new NewsStore(base, new NewsTextIndex(FSDirectory.open(dir.resolve("text")), textIndexConfig()), dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open store " + dir, e);
        }
    }

    /**
     * Creates a new TDB2 database as a whole or not at all: it is made and committed once under {@code tdb2.creating},
     * released, then renamed to {@code tdb2}. A process killed while TDB2 writes its first files (one B+tree file
     * written, its partner still empty) would otherwise leave a directory TDB2 refuses to open ("BPTree Node block
     * manager empty = true // Records block manager empty = false"); a leftover {@code tdb2.creating} is discarded.
     */
    static void createAtomically(Path tdb) throws IOException {
        if (Files.exists(tdb)) return;
        Path creating = tdb.resolveSibling(tdb.getFileName() + ".creating");
        if (Files.exists(creating)) org.apache.jena.atlas.io.IO.deleteAll(creating);
        org.apache.jena.sparql.core.DatasetGraph fresh = DatabaseMgr.connectDatasetGraph(creating.toString());
        org.apache.jena.system.Txn.executeWrite(fresh, () -> {});
        org.apache.jena.tdb2.sys.TDBInternal.expel(fresh);
        Files.move(creating, tdb, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** An in-memory store (TDB2 in memory, Lucene in RAM): for tests and one-off serving. */
    public static NewsStore inMemory() {
        return new NewsStore(TDB2Factory.createDataset(), new NewsTextIndex(new ByteBuffersDirectory(), textIndexConfig()), null);
    }

    /** The entity definition of the text index: which predicates are indexed. */
    public static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition("uri", TEXT_FIELD);
        def.setUidField("uid");
        def.setLangField("lang");
        for (Node p : new Node[] {SDO.headline, SDO.articleBody, SDO.description, SDO.name, SDO.alternateName, SDO.text})
            def.set(TEXT_FIELD, p);
        return def;
    }

    private static TextIndexConfig textIndexConfig() {
        TextIndexConfig config = new TextIndexConfig(entityDefinition());
        // The literals stay in TDB2; Lucene keeps only what finds them (uri; a delete key, see NewsTextIndex), which saves the CPU of
        // compressing every body a second time while loading. text:query's ?literal output is therefore unbound.
        config.setValueStored(false);
        return config;
    }

    /** The Lucene text index (for bulk indexing; queries go through {@link #dataset()}). */
    public TextIndex textIndex() { return textIndex; }

    /** The TDB2 dataset without the text index: for reads that need no text search and for the bulk loader. */
    public DatasetGraph tdbGraph() { return tdb.asDatasetGraph(); }

    /** Whether the store holds no quad at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(tdb, () -> {
            var it = tdb.asDatasetGraph().find();
            try { return !it.hasNext(); } finally { org.apache.jena.atlas.iterator.Iter.close(it); }
        });
    }

    /** The dataset (text-indexed) to query and serve. Use transactions ({@link Txn}). */
    public Dataset dataset() { return dataset; }

    public DatasetGraph datasetGraph() { return dataset.asDatasetGraph(); }

    /** The store directory, or null in memory. */
    public Path directory() { return dir; }

    /** Number of quads (default graph triples included). */
    public long size() {
        return Txn.calculateRead(tdb, () -> org.apache.jena.atlas.iterator.Iter.count(tdb.asDatasetGraph().find()));
    }

    /** Compacts the TDB2 database (reclaims space left by replaced graphs). */
    public void compact() {
        DatabaseMgr.compact(tdb.asDatasetGraph(), true);
        articleIndexChanged();
    }

    /**
     * Closes the text index and releases the TDB2 database, so that the same directory can be opened again in this
     * JVM (TDB2 caches databases by location; without releasing, a second open would register the text index twice
     * with the cached transaction coordinator).
     */
    @Override
    public void close() {
        dataset.close();
        if (dir != null) TDBInternal.expel(tdb.asDatasetGraph());
    }
}
