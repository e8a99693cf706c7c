package org.newsgraph.link;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Builds the offline Wikidata index from a JSON dump in the official format ({@code latest-all.json.gz} or
 * {@code .bz2}, or a filtered subset in the same format: a JSON array with one entity per line; plain, gzip or
 * bzip2). Memory stays bounded whatever the dump's size:
 * <ul>
 *   <li>a reader thread decompresses and cuts lines, handing batches of 2,000 lines through a bounded queue;</li>
 *   <li>parser threads read each line with Jackson's streaming parser ({@link WikidataDumpEntity}), skipping what the
 *       linker does not need;</li>
 *   <li>the calling thread writes items in dump order (the index is the same for the same dump, whatever the thread
 *       count) and collects (name key, posting) pairs, which are radix-sorted and spilled to disk in runs of
 *       {@code runPairs} pairs (default 8 M = 128 MB) and merged at the end.</li>
 * </ul>
 * The result, in {@code <cache>/wikidata-f2/} ({@link WikidataIndex}): the names (English label, aliases, the enwiki
 * title and its base name) in the same memory-mapped hashed-key layout as the WikiDict index ({@link IndexFiles}),
 * with a prior per name from the items' sitelink counts; fixed-size item records; the enwiki title → item table.
 * Items without an English (or {@code mul}) label and without an enwiki sitelink, and items of the classes marked
 * {@code SKIP} in {@code wikidata-classes.tsv}, are left out.
 *
 * <pre>
 *   WikidataIndexBuilder.create().source(Path.of("latest-all.json.bz2")).threads(2).build(cacheDir.resolve("wikidata-f2"));
 * </pre>
 */
public final class WikidataIndexBuilder {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WikidataIndexBuilder.class);
    private static final int BATCH = 2000;
    /** Item ids fit in 28 bits of a posting payload, and the item records in one 2 GB mapping (48 bytes each). */
    static final int MAX_ITEMS = Integer.MAX_VALUE / WikidataIndex.RECORD;

    private Path source;
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    private int runPairs = 8 << 20;
    private int topK = WikiDictIndexBuilder.DEFAULT_TOP_K;
    private WikiDictIndexBuilder.Progress progress = WikiDictIndexBuilder.Progress.NONE;

    private WikidataIndexBuilder() {}

    public static WikidataIndexBuilder create() { return new WikidataIndexBuilder(); }

    /** The dump file ({@code .json}, {@code .json.gz}, {@code .json.bz2}). */
    public WikidataIndexBuilder source(Path dump) { this.source = dump; return this; }

    /** Parser threads (default: cores − 1, at least 1). */
    public WikidataIndexBuilder threads(int n) { this.threads = Math.max(1, n); return this; }

    /** Name pairs held in memory before a sorted run is spilled to disk (default 8 M, 16 bytes each). */
    public WikidataIndexBuilder runPairs(int n) { this.runPairs = Math.max(4, n); return this; }

    public WikidataIndexBuilder progress(WikiDictIndexBuilder.Progress p) { this.progress = p == null ? WikiDictIndexBuilder.Progress.NONE : p; return this; }

    /** Counts of a build, also written to {@code meta.properties}. */
    public record Stats(long lines, long items, long skipped, long names, long keys, long postings, long titles, long runs,
                        long millis) {}

    /** Builds into {@code target} (replaced atomically when it exists). Bad lines fail the build with file:line. */
    public Stats build(Path target) throws IOException {
        if (source == null) throw new IllegalStateException("no dump source");
        target = target.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
        try {
            Stats st = write(tmp);
            if (Files.exists(target)) {
                Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                Files.move(target, old);
                WikiDictIndexBuilder.deleteTree(old);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            return st;
        } finally {
            WikiDictIndexBuilder.deleteTree(tmp);
        }
    }

    private static final Object EOF = new Object();

    /** A batch of lines (or of parsed entities) with its sequence number and first line number. */
    private record Batch(long seq, long firstLine, List<byte[]> lines, List<WikidataDumpEntity> parsed, IOException error) {}

    private Stats write(Path dir) throws IOException {
        long t0 = System.nanoTime();
        long total = Files.size(source);
        CountingInputStream counted = new CountingInputStream(Files.newInputStream(source), total);
        BlockingQueue<Object> lines = new ArrayBlockingQueue<>(2 * threads + 2);
        BlockingQueue<Object> parsed = new ArrayBlockingQueue<>(2 * threads + 2);
        List<Thread> workers = new ArrayList<>();
        Thread reader = new Thread(() -> readLines(counted, lines), "wikidata-reader");
        reader.setDaemon(true);
        reader.start();
        JsonFactory json = new JsonFactory();
        for (int i = 0; i < threads; i++) {
            Thread w = new Thread(() -> parseLines(json, lines, parsed), "wikidata-parser-" + i);
            w.setDaemon(true);
            w.start();
            workers.add(w);
        }
        long items = 0, skipped = 0, names = 0, lineCount = 0;
        SortedRuns runs = new SortedRuns(dir, runPairs);
        WikidataItemTables titles = new WikidataItemTables();
        try (DataOutputStream itemsOut = IndexFiles.output(dir, WikidataIndex.ITEMS);
             CountingOutput stringsOut = new CountingOutput(new BufferedOutputStream(Files.newOutputStream(dir.resolve(WikidataIndex.STRINGS)), 1 << 20))) {
            DataOutputStream strings = new DataOutputStream(stringsOut);
            Map<Long, Batch> pending = new HashMap<>();
            long next = 0;
            int finished = 0;
            long nextReport = 0;
            while (finished < threads) {
                Object o = take(parsed);
                if (o == EOF) { finished++; continue; }
                Batch b = (Batch) o;
                if (b.error != null) throw b.error;
                pending.put(b.seq, b);
                for (Batch c; (c = pending.remove(next)) != null; next++) {
                    lineCount = Math.max(lineCount, c.firstLine + c.lines.size() - 1);
                    for (WikidataDumpEntity e : c.parsed) {
                        if (e == null) continue;
                        if ((e.label() == null && e.enwiki() == null) || WikidataClasses.skip(e.p31())) { skipped++; continue; }
                        if (items >= MAX_ITEMS) throw new IOException(source + ": more than " + MAX_ITEMS
                                + " items to index: filter the dump to a news-relevant subset first (docs/linking.md)");
                        int id = (int) items++;
                        long off = stringsOut.count;
                        writeStrings(strings, e);
                        writeItem(itemsOut, e, off);
                        titles.addQid(e.qid(), id);
                        names += addNames(runs, titles, id, e);
                    }
                }
                if (counted.count >= nextReport) {
                    progress.update(counted.count, total, "reading");
                    nextReport = counted.count + (total >> 7) + 1;
                }
            }
            if (!pending.isEmpty()) throw new IOException("dump reader lost batches");
            strings.flush();
        } finally {
            reader.interrupt();
            for (Thread w : workers) w.interrupt();
        }
        progress.update(total, total, "reading");
        LOG.info("Wikidata dump read: {} items kept, {} left out, {} names; merging {} sorted runs", items, skipped, names, runs.spilled() + 1);
        progress.update(0, 2, "sorting");
        long[] counts = groupNames(dir, runs);
        titles.write(dir);
        progress.update(2, 2, "sorting");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Stats st = new Stats(lineCount, items, skipped, names, counts[0], counts[1], titles.titleCount(), runs.spilled(), millis);
        writeMeta(dir, st);
        return st;
    }

    private void readLines(CountingInputStream counted, BlockingQueue<Object> out) {
        long seq = 0, lineNo = 0;
        try (InputStream in = decompress(counted)) {
            List<byte[]> batch = new ArrayList<>(BATCH);
            long first = 1;
            byte[] buf = new byte[1 << 16];
            byte[] line = new byte[1 << 12];
            int len = 0, n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte c = buf[i];
                    if (c != '\n') {
                        if (len == line.length) line = Arrays.copyOf(line, len * 2);
                        line[len++] = c;
                        continue;
                    }
                    lineNo++;
                    batch.add(Arrays.copyOf(line, len));
                    len = 0;
                    if (batch.size() == BATCH) {
                        out.put(new Batch(seq++, first, batch, null, null));
                        batch = new ArrayList<>(BATCH);
                        first = lineNo + 1;
                    }
                }
            }
            if (len > 0) { lineNo++; batch.add(Arrays.copyOf(line, len)); }
            if (!batch.isEmpty()) out.put(new Batch(seq, first, batch, null, null));
        } catch (IOException e) {
            putQuietly(out, new Batch(-1, lineNo, List.of(), null, new IOException(source + ": " + e.getMessage(), e)));
        } catch (InterruptedException e) {
            return;
        }
        for (int i = 0; i < threads; i++) putQuietly(out, EOF);
    }

    private void parseLines(JsonFactory json, BlockingQueue<Object> in, BlockingQueue<Object> out) {
        try {
            while (true) {
                Object o = in.take();
                if (o == EOF) { out.put(EOF); return; }
                Batch b = (Batch) o;
                if (b.error != null) { out.put(b); out.put(EOF); return; }
                List<WikidataDumpEntity> parsed = new ArrayList<>(b.lines.size());
                IOException error = null;
                for (int i = 0; i < b.lines.size() && error == null; i++) {
                    byte[] l = b.lines.get(i);
                    int from = 0, to = l.length;
                    while (from < to && (l[from] == ' ' || l[from] == '\t' || l[from] == '\r')) from++;
                    while (to > from && (l[to - 1] == ' ' || l[to - 1] == '\t' || l[to - 1] == '\r' || l[to - 1] == ',')) to--;
                    if (to - from <= 1 && (to == from || l[from] == '[' || l[from] == ']')) { parsed.add(null); continue; }
                    try {
                        parsed.add(WikidataDumpEntity.parse(json, l, from, to - from));
                    } catch (IOException | RuntimeException e) {
                        String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
                        error = new IOException(source + ":" + (b.firstLine + i) + ": error: entity: " + msg, e);
                    }
                }
                out.put(new Batch(b.seq, b.firstLine, b.lines, parsed, error));
                if (error != null) { out.put(EOF); return; }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private InputStream decompress(InputStream raw) throws IOException {
        String name = source.getFileName().toString();
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        if (name.endsWith(".gz")) return new GZIPInputStream(in, 1 << 16);
        if (name.endsWith(".bz2")) return new BZip2CompressorInputStream(in, true);
        return in;
    }

    /**
     * String block of an item: title, label, description, website (u16-length-prefixed UTF-8), then P31 count (u8) +
     * ints, then strongly and weakly related items: each a count (u16) + QIDs (ints, ascending).
     */
    private static void writeStrings(DataOutputStream out, WikidataDumpEntity e) throws IOException {
        for (String s : new String[] {e.enwiki(), e.label(), e.description(), e.website()}) {
            byte[] b = s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
            int n = Math.min(b.length, 0xFFFF);
            out.writeShort(n);
            out.write(b, 0, n);
        }
        int n = Math.min(e.p31().size(), 255);
        out.writeByte(n);
        for (int i = 0; i < n; i++) out.writeInt(e.p31().get(i));
        for (int[] rel : new int[][] {e.related(), e.weaklyRelated()}) {
            out.writeShort(rel.length);
            for (int q : rel) out.writeInt(q);
        }
    }

    private static void writeItem(DataOutputStream out, WikidataDumpEntity e, long stringOffset) throws IOException {
        out.writeInt(e.qid());
        out.writeInt(e.sitelinks());
        out.writeLong(stringOffset);
        out.writeDouble(e.lat());
        out.writeDouble(e.lon());
        out.writeInt(e.geonames());
        out.writeInt(e.start());
        out.writeInt(e.end());
        out.writeByte(WikidataClasses.type(e.p31()).ordinal());
        out.writeByte(0);
        out.writeShort(0);
    }

    /** Label, aliases, enwiki title and its base name as name keys of item {@code id}; returns the count added. */
    private static int addNames(SortedRuns runs, WikidataItemTables titles, int id, WikidataDumpEntity e) throws IOException {
        int sl = Math.min(e.sitelinks(), 2047);
        int n = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (e.label() != null && seen.add(e.label())) { runs.add(Surfaces.keyHash(e.label()), payload(id, e.label(), sl, false)); n++; }
        for (String a : e.aliases())
            if (a.length() <= 80 && seen.add(a)) { runs.add(Surfaces.keyHash(a), payload(id, a, sl, true)); n++; }
        if (e.enwiki() != null) {
            titles.addTitle(Surfaces.hash(e.enwiki().replace(' ', '_')), id);
            String base = Surfaces.titleBase(e.enwiki());
            for (String s : new String[] {e.enwiki(), base})
                if (!s.isEmpty() && seen.add(s)) { runs.add(Surfaces.keyHash(s), payload(id, s, sl, true)); n++; }
        }
        return n;
    }

    /** (item 28 bits | case hash 24 bits | sitelinks 11 bits | alias 1 bit). */
    static long payload(int item, String surface, int sitelinks, boolean alias) {
        return ((long) item << 36) | ((long) (Surfaces.caseHash(surface) & 0xFFFFFF) << 12) | ((long) sitelinks << 1) | (alias ? 1 : 0);
    }

    static int itemOf(long p) { return (int) (p >>> 36); }

    static int caseOf(long p) { return (int) (p >>> 12) & 0xFFFFFF; }

    static int sitelinksOf(long p) { return (int) (p >>> 1) & 0x7FF; }

    static boolean aliasOf(long p) { return (p & 1) != 0; }

    /** Merges the sorted name runs and writes keys, buckets, offsets and postings; returns {keys, postings}. */
    private long[] groupNames(Path dir, SortedRuns runs) throws IOException {
        try (KeyTableWriter out = new KeyTableWriter(dir)) {
            runs.merge((k, cand, c) -> {
                out.key(k);
                writePostings(out, cand, c, topK);
            });
            out.finish();
            return new long[] {out.keyCount(), out.postingCount()};
        }
    }

    /**
     * One key's postings, sorted by item then case: one per (item, case variant), a label before an alias. Each item
     * gets the prior {@code w / Σw} with {@code w = (1 + sitelinks) × (1 for a label, 0.5 for an alias or title)}:
     * the best-known item of a name is the likeliest. Ranked by prior, cut to {@code topK}, written to {@code out}.
     */
    static void writePostings(KeyTableWriter out, long[] cand, int c, int topK) throws IOException {
        int m = 0;
        for (int a = 0; a < c; a++) {
            long x = cand[a];
            if (m > 0 && itemOf(cand[m - 1]) == itemOf(x) && caseOf(cand[m - 1]) == caseOf(x)) continue;   // label sorts first
            cand[m++] = x;
        }
        // One weight per item (its best variant); the postings of an item are adjacent.
        float[] prior = new float[m];
        double sum = 0;
        for (int a = 0; a < m; ) {
            int b = a;
            double best = 0;
            while (b < m && itemOf(cand[b]) == itemOf(cand[a])) {
                best = Math.max(best, (1 + sitelinksOf(cand[b])) * (aliasOf(cand[b]) ? 0.5 : 1));
                b++;
            }
            for (int i = a; i < b; i++) prior[i] = (float) best;
            sum += best;
            a = b;
        }
        Integer[] order = new Integer[m];
        for (int a = 0; a < m; a++) {
            order[a] = a;
            prior[a] = (float) (prior[a] / sum);
        }
        Arrays.sort(order, (x, y) -> {
            int cmp = Float.compare(prior[y], prior[x]);
            return cmp != 0 ? cmp : Integer.compare(itemOf(cand[x]), itemOf(cand[y]));
        });
        int keep = Math.min(m, topK);
        for (int a = 0; a < keep; a++) {
            int i = order[a];
            out.posting(itemOf(cand[i]), prior[i], caseOf(cand[i]));
        }
    }

    private void writeMeta(Path dir, Stats st) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(WikidataIndex.FORMAT));
        p.setProperty("source", source.toAbsolutePath().toString());
        p.setProperty("sourceBytes", Long.toString(Files.size(source)));
        p.setProperty("sourceModified", Files.getLastModifiedTime(source).toString());
        p.setProperty("lines", Long.toString(st.lines()));
        p.setProperty("items", Long.toString(st.items()));
        p.setProperty("skippedItems", Long.toString(st.skipped()));
        p.setProperty("names", Long.toString(st.names()));
        p.setProperty("keys", Long.toString(st.keys()));
        p.setProperty("postings", Long.toString(st.postings()));
        p.setProperty("titles", Long.toString(st.titles()));
        p.setProperty("spilledRuns", Long.toString(st.runs()));
        p.setProperty("threads", Integer.toString(threads));
        p.setProperty("buildMillis", Long.toString(st.millis()));
        p.setProperty("built", java.time.Instant.now().toString());
        try (OutputStream out = Files.newOutputStream(dir.resolve(IndexFiles.META))) {
            p.store(out, "newsgraph Wikidata index");
        }
    }

    private static Object take(BlockingQueue<Object> q) throws IOException {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void putQuietly(BlockingQueue<Object> q, Object o) {
        try {
            q.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class CountingOutput extends java.io.FilterOutputStream {
        long count;

        CountingOutput(OutputStream out) { super(out); }

        @Override public void write(int b) throws IOException { out.write(b); count++; }

        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); count += len; }
    }
}
