package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Loads very large RDF inputs (such as the part files of {@code newsgraph spark}) into an empty store with Jena's
 * {@code tdb2.xloader} ({@code tdb2.xloader.CmdxLoader} of jena-cmds, in a child JVM: it sorts with the system's
 * {@code sort}, its temporary files in the database directory, and needs little heap), then builds what {@link NewsStore} adds to TDB2: the
 * Lucene text index, from the loaded literals of the indexed properties, and the article index
 * ({@code article-index.bin}). Later {@code load}s into the store replace article by article as usual.
 *
 * <pre>
 *   XLoader.Result r = XLoader.create(Path.of("store")).build().load(files);
 * </pre>
 */
public final class XLoader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(XLoader.class);

    /** What the load did, and how long each step took. */
    public record Result(long quads, long textEntries, long articles, double xloaderSeconds, double textSeconds,
            double articleIndexSeconds) {}

    private final Path dir;
    private final List<String> jvmOptions;
    private final LongConsumer onProgress;

    private XLoader(Builder b) {
        this.dir = b.dir;
        this.jvmOptions = b.jvmOptions;
        this.onProgress = b.onProgress;
    }

    public static Builder create(Path storeDir) { return new Builder(storeDir); }

    /** Whether the store directory holds no database yet (xloader only builds new databases). */
    public static boolean isFresh(Path storeDir) throws IOException {
        Path tdb = storeDir.resolve("tdb2");
        if (!Files.isDirectory(tdb)) return true;
        try (Stream<Path> s = Files.list(tdb)) {
            return s.findAny().isEmpty();
        }
    }

    /**
     * Checks what xloader cannot report itself (in Jena 5.6 a file its parser cannot open makes it wait forever):
     * every file is readable, its RDF syntax known from its name, and a {@code .gz} file starts as gzip does.
     *
     * @throws IllegalArgumentException naming the first file that fails
     */
    public static void check(List<Path> files) throws IOException {
        for (Path f : files) {
            if (!Files.isRegularFile(f) || !Files.isReadable(f)) throw new IllegalArgumentException("Cannot read " + f);
            if (org.apache.jena.riot.RDFLanguages.pathnameToLang(f.toString()) == null)
                throw new IllegalArgumentException("Not an RDF file name (.nq, .nt, .ttl, .trig, and .gz of them): " + f);
            if (f.toString().endsWith(".gz")) {
                try (var in = Files.newInputStream(f)) {
                    if (in.read() != 0x1f || in.read() != 0x8b) throw new IllegalArgumentException("Not in gzip format: " + f);
                }
            }
        }
    }

    /**
     * @param files RDF files (N-Quads, N-Triples, Turtle, TriG; gzipped or not)
     * @throws IllegalStateException when the store already has a database, or xloader fails
     */
    public Result load(List<Path> files) throws IOException, InterruptedException {
        check(files);
        if (!isFresh(dir)) throw new IllegalStateException("tdb2.xloader builds new databases only: " + dir.resolve("tdb2") + " is not empty");
        Path tdb = dir.resolve("tdb2");
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("tdb2.xloader.CmdxLoader");
        // No --tmpdir: in Jena 5.6 xloader writes its data files into the database directory whatever --tmpdir says,
        // then looks for them in --tmpdir. Its sort files go there too.
        cmd.add("--loc=" + tdb);
        for (Path f : files) cmd.add(f.toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int exit = p.waitFor();
        if (exit != 0) throw new IllegalStateException("tdb2.xloader failed (exit " + exit + ")");
        for (String left : List.of("triples.tmp.gz", "quads.tmp.gz", "triples.tmp", "quads.tmp", "load.json"))
            Files.deleteIfExists(tdb.resolve(left));
        long t1 = System.nanoTime();
        try (NewsStore store = NewsStore.open(dir)) {
            long[] quads = {0};
            long entries = indexText(store, quads);
            long t2 = System.nanoTime();
            long articles = store.articleIndex().articleCount();
            long t3 = System.nanoTime();
            return new Result(quads[0], entries, articles, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
        }
    }

    /** Adds the literals of the indexed properties of every quad to the text index, in one Lucene commit. */
    private long indexText(NewsStore store, long[] quads) {
        TextIndex index = store.textIndex();
        EntityDefinition def = index.getDocDef();
        DatasetGraph dsg = store.tdbGraph();
        long[] entries = {0};
        try {
            Txn.executeRead(dsg, () -> {
                for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
                    Quad q = it.next();
                    if ((++quads[0] & 0xFFFF) == 0) onProgress.accept(quads[0]);
                    if (!q.getObject().isLiteral() || def.getField(q.getPredicate()) == null) continue;
                    Entity e = TextQueryFuncs.entityFromQuad(def, q);
                    if (e == null) continue;
                    index.addEntity(e);
                    entries[0]++;
                }
            });
            index.commit();
        } catch (RuntimeException e) {
            index.rollback();
            throw e;
        }
        LOG.info(String.format("text index: %,d entries from %,d quads", entries[0], quads[0]));
        return entries[0];
    }

    public static final class Builder {
        private final Path dir;
        private List<String> jvmOptions = List.of("-Xmx2g");
        private LongConsumer onProgress = n -> {};

        private Builder(Path dir) { this.dir = dir; }

        /** Options of xloader's JVM (default {@code -Xmx2g}). */
        public Builder jvmOptions(List<String> opts) { this.jvmOptions = List.copyOf(opts); return this; }
        /** Called now and then with the number of quads read for the text index. */
        public Builder onProgress(LongConsumer c) { this.onProgress = c; return this; }
        public XLoader build() { return new XLoader(this); }
    }
}
