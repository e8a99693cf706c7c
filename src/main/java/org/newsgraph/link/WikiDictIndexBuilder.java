package org.newsgraph.link;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Builds the compact on-disk index of CoreNLP's WikiDict ({@code surface \t title \t prior}, 21 M lines).
 * The index is written into a temporary sibling directory and renamed into place, so a killed build never
 * leaves a half-written index behind.
 *
 * <pre>
 *   Path dir = WikiDictIndexBuilder.create().topK(20).progress(p -&gt; bar.update(p)).build(Path.of("wikidict-4.5.10-f1"));
 * </pre>
 */
public final class WikiDictIndexBuilder {
    /** The WikiDict inside CoreNLP's {@code models-english-kbp} jar. */
    public static final String RESOURCE = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";
    public static final int DEFAULT_TOP_K = 20;
    private static final int MAX_SURFACE = 80;

    private Path source;
    private int topK = DEFAULT_TOP_K;
    private Progress progress = Progress.NONE;

    /** Reports progress of a build: bytes of (compressed) source read out of the total, when known. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (read, total, phase) -> {};

        void update(long read, long total, String phase);
    }

    private WikiDictIndexBuilder() {}

    public static WikiDictIndexBuilder create() { return new WikiDictIndexBuilder(); }

    /** Reads the WikiDict from this file ({@code .gz} or plain) instead of the classpath resource. */
    public WikiDictIndexBuilder source(Path file) { this.source = file; return this; }

    /** Candidates kept per normalised surface (default 20). */
    public WikiDictIndexBuilder topK(int k) {
        if (k < 1) throw new IllegalArgumentException("topK must be >= 1");
        this.topK = k;
        return this;
    }

    public WikiDictIndexBuilder progress(Progress p) { this.progress = p == null ? Progress.NONE : p; return this; }

    /** The version of the WikiDict source: the CoreNLP version of the jar it comes from, or "file". */
    public static String sourceVersion() {
        URL url = WikiDictIndexBuilder.class.getClassLoader().getResource(RESOURCE);
        if (url == null) return "missing";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("stanford-corenlp-([0-9][^/!]*?)-models-english-kbp")
                .matcher(url.toString());
        return m.find() ? m.group(1) : "unknown";
    }

    /**
     * Builds the index into {@code target} (which must not exist yet) and returns it. If another process finished
     * the same index first, that one is kept and returned.
     */
    public Path build(Path target) throws IOException {
        target = target.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
        try {
            long t0 = System.nanoTime();
            Stats stats = writeIndex(tmp);
            stats.buildMillis = (System.nanoTime() - t0) / 1_000_000;
            writeMeta(tmp, stats);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                if (!Files.isRegularFile(target.resolve(IndexFiles.META))) throw e;   // another build won the race
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            return target;
        } finally {
            deleteTree(tmp);
        }
    }

    static final class Stats {
        long lines, skipped, entries, keys, postings, titles, buildMillis, readMillis, sortMillis;
        final long t0 = System.nanoTime();
        String source;
    }

    private Stats writeIndex(Path dir) throws IOException {
        Stats st = new Stats();
        LongList keys = new LongList(1 << 24);
        LongList payload = new LongList(1 << 24);
        IntList titleInfo = new IntList(1 << 22);
        LongList titleHashes = new LongList(1 << 22);
        IntList titleOffsets = new IntList(1 << 22);
        titleOffsets.add(0);
        long titleBytes = 0;

        try (InputStream raw = openSource(st);
             OutputStream titlesOut = new BufferedOutputStream(Files.newOutputStream(dir.resolve(IndexFiles.TITLES)), 1 << 20)) {
            CountingInputStream counted = (CountingInputStream) raw;
            InputStream in = isGzip() ? new GZIPInputStream(counted, 1 << 16) : counted;
            ChunkReader chunks = new ChunkReader(in);
            byte[] title = new byte[0];
            String titleString = null;
            int titleLen = -1;
            int titleId = -1, surfaces = 0;
            TitleTypes.Cues cues = new TitleTypes.Cues();
            long nextReport = 0;
            byte[] buf;
            byte[] carry = new byte[0];
            while ((buf = chunks.next()) != null) {
                // Lines never straddle chunks: a chunk's tail without a newline is carried into the next one.
                byte[] data;
                int len;
                if (carry.length > 0) {
                    data = new byte[carry.length + chunks.lastLength];
                    System.arraycopy(carry, 0, data, 0, carry.length);
                    System.arraycopy(buf, 0, data, carry.length, chunks.lastLength);
                    len = data.length;
                } else {
                    data = buf;
                    len = chunks.lastLength;
                }
                int lineStart = 0;
                int t1 = -1, t2 = -1;
                boolean ascii = true;
                for (int i = 0; i < len; i++) {
                    byte c = data[i];
                    // One pass per line finds both tabs, the newline and whether the surface is ASCII.
                    if (c != '\n') {
                        if (c == '\t') {
                            if (t1 < 0) t1 = i;
                            else if (t2 < 0) t2 = i;
                        } else if (c < 0 && t1 < 0) ascii = false;
                        continue;
                    }
                    int lineEnd = i > lineStart && data[i - 1] == '\r' ? i - 1 : i;
                    st.lines++;
                    if (t2 < 0) { st.skipped++; lineStart = i + 1; t1 = t2 = -1; ascii = true; continue; }
                    if (t2 - t1 - 1 != titleLen || !Arrays.equals(data, t1 + 1, t2, title, 0, titleLen)) {
                        if (titleString != null) finishTitle(titleString, titleId, surfaces, cues, titleInfo, keys, payload);
                        titleLen = t2 - t1 - 1;
                        title = Arrays.copyOfRange(data, t1 + 1, t2);
                        titleString = new String(title, StandardCharsets.UTF_8);
                        titleId++;
                        if (titleId > MAX_TITLE) throw new IOException("more than " + MAX_TITLE + " titles");
                        surfaces = 0;
                        cues.reset(titleString);
                        titlesOut.write(title);
                        titleBytes += titleLen;
                        if (titleBytes > Integer.MAX_VALUE) throw new IOException("titles exceed 2 GB");
                        titleOffsets.add((int) titleBytes);
                        titleHashes.add(Surfaces.hash(titleString));
                    }
                    float prior = parsePrior(data, t2 + 1, lineEnd);
                    String surface = ascii ? new String(data, lineStart, t1 - lineStart, StandardCharsets.ISO_8859_1)
                            : new String(data, lineStart, t1 - lineStart, StandardCharsets.UTF_8);
                    lineStart = i + 1;
                    t1 = t2 = -1;
                    ascii = true;
                    if (Float.isNaN(prior) || junk(surface)) { st.skipped++; continue; }
                    long key = Surfaces.normalizedHash(surface);
                    if (key == EMPTY_KEY) { st.skipped++; continue; }
                    surfaces++;
                    cues.see(surface);
                    keys.add(key);
                    payload.add(pack(titleId, prior, Surfaces.caseHash(surface)));
                }
                carry = Arrays.copyOfRange(data, lineStart, len);
                if (st.lines >= nextReport) {
                    progress.update(counted.count, counted.total, "reading");
                    nextReport = st.lines + 500_000;
                }
            }
            if (carry.length > 0) throw new IOException("WikiDict does not end with a newline");
            if (titleString != null) finishTitle(titleString, titleId, surfaces, cues, titleInfo, keys, payload);
            progress.update(counted.total > 0 ? counted.total : counted.count, counted.total, "reading");
        }
        st.readMillis = (System.nanoTime() - st.t0) / 1_000_000;
        st.titles = titleInfo.size;
        st.entries = keys.size;
        writeInts(dir.resolve(IndexFiles.TITLE_OFFSETS), titleOffsets.data, titleOffsets.size);
        writeInts(dir.resolve(IndexFiles.TITLE_INFO), titleInfo.data, titleInfo.size);

        progress.update(0, 3, "sorting");
        // Title hash -> id table.
        long[] th = Arrays.copyOf(titleHashes.data, titleHashes.size);
        long[] tid = new long[th.length];
        for (int i = 0; i < tid.length; i++) tid[i] = i;
        titleHashes = null;
        RadixSort.sortUnsigned(th, tid, th.length);
        writeLongs(dir.resolve(IndexFiles.TITLE_KEYS), th, th.length);
        try (DataOutputStream out = dataOut(dir.resolve(IndexFiles.TITLE_IDS))) {
            for (long v : tid) out.writeInt((int) v);
        }
        th = null;
        tid = null;
        progress.update(1, 3, "sorting");

        RadixSort.sortUnsigned(keys.data, payload.data, keys.size);
        progress.update(2, 3, "sorting");
        st.sortMillis = (System.nanoTime() - st.t0) / 1_000_000 - st.readMillis;
        group(dir, keys.data, payload.data, keys.size, titleInfo.data, st);
        progress.update(3, 3, "sorting");
        return st;
    }

    private static final long EMPTY_KEY = Surfaces.hash("");

    /** Parses a prior such as {@code 0.97561} or {@code 1.0}; NaN when malformed. */
    static float parsePrior(byte[] a, int from, int to) {
        long mant = 0;
        int scale = 0;
        boolean dot = false;
        int digits = 0;
        for (int i = from; i < to; i++) {
            byte c = a[i];
            if (c >= '0' && c <= '9') {
                if (digits < 17) { mant = mant * 10 + (c - '0'); digits++; if (dot) scale++; }
            } else if (c == '.' && !dot) dot = true;
            else {
                try {
                    return Float.parseFloat(new String(a, from, to - from, StandardCharsets.ISO_8859_1));
                } catch (NumberFormatException e) {
                    return Float.NaN;
                }
            }
        }
        if (digits == 0) return Float.NaN;
        return (float) (mant / Math.pow(10, scale));
    }

    /** Decompresses on its own thread, handing over 4 MB chunks: reading and parsing use both cores. */
    private static final class ChunkReader {
        private static final byte[] EOF = new byte[0];
        private final java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(4);
        int lastLength;

        ChunkReader(InputStream in) {
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        byte[] b = new byte[4 << 20];
                        int n = in.readNBytes(b, 0, b.length);
                        if (n == 0) break;
                        queue.put(new Object[] {b, n});
                        if (n < b.length) break;
                    }
                    queue.put(EOF);
                } catch (IOException e) {
                    putQuietly(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "wikidict-reader");
            t.setDaemon(true);
            t.start();
        }

        private void putQuietly(Object o) {
            try {
                queue.put(o);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }

        /** The next chunk (valid up to {@link #lastLength}), or null at the end. */
        byte[] next() throws IOException {
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (o == EOF) return null;
            if (o instanceof IOException e) throw e;
            Object[] pair = (Object[]) o;
            lastLength = (Integer) pair[1];
            return (byte[]) pair[0];
        }
    }

    /** Per title: its coarse type and popularity, and its base name as an extra (prior 0) surface. */
    private static void finishTitle(String title, int id, int surfaces, TitleTypes.Cues cues, IntList titleInfo,
                                    LongList keys, LongList payload) {
        TitleType type = TitleTypes.classify(title, cues);
        titleInfo.add(Math.min(surfaces, 0xFFFFFF) << 8 | type.ordinal());
        String base = Surfaces.normalize(Surfaces.titleBase(title));
        if (!base.isEmpty() && type != TitleType.NON_ENTITY) {
            keys.add(Surfaces.hash(base));
            payload.add(pack(id, 0f, 0));
        }
    }

    /** Anchor-text noise in the WikiDict: URLs, "… - Wikipedia", interwiki prefixes, long phrases. */
    static boolean junk(String s) {
        if (s.length() > MAX_SURFACE || s.isBlank()) return true;
        if (s.contains("ikipedia") || s.contains("http") || s.contains("www.") || s.contains("wiki/")) return true;
        return s.startsWith("en:") || s.startsWith("w:") || s.startsWith("yago:");
    }

    /** Title ids fit in 24 bits of the packed payload. */
    static final int MAX_TITLE = (1 << 24) - 1;

    /**
     * (title id 24 bits | case hash 24 bits | prior 16 bits): sorting packed values groups a key's entries by title,
     * then by case variant, with the highest prior of a variant last. Priors are kept to 1/65535.
     */
    static long pack(int titleId, float prior, int caseHash) {
        long q = Math.round(Math.max(0, Math.min(1, prior)) * 65535.0);
        return ((long) titleId << 40) | ((long) (caseHash & 0xFFFFFF) << 16) | q;
    }

    static int titleOf(long packed) { return (int) (packed >>> 40); }

    static int caseOf(long packed) { return (int) (packed >>> 16) & 0xFFFFFF; }

    static float priorOf(long packed) { return (float) ((packed & 0xFFFF) / 65535.0); }

    /** Groups the sorted (key, payload) pairs: one key, its candidates deduplicated, ranked and cut to top-K. */
    private void group(Path dir, long[] keys, long[] payload, int n, int[] titleInfo, Stats st) throws IOException {
        int[] buckets = new int[(1 << IndexFiles.BUCKET_BITS) + 1];
        long[] cand = new long[1024];
        int nk = 0, np = 0;
        try (DataOutputStream kOut = dataOut(dir.resolve(IndexFiles.KEYS));
             DataOutputStream oOut = dataOut(dir.resolve(IndexFiles.OFFSETS));
             DataOutputStream pOut = dataOut(dir.resolve(IndexFiles.POSTINGS))) {
            int lastBucket = -1;
            for (int i = 0; i < n; ) {
                long k = keys[i];
                int j = i;
                int c = 0;
                while (j < n && keys[j] == k) {
                    if (c == cand.length) cand = Arrays.copyOf(cand, c * 2);
                    cand[c++] = payload[j++];
                }
                // One entry per (title, case variant), the highest prior kept; a title-only entry (case 0) only when
                // no surface of this key points at the title. Sorted by title, case, prior.
                Arrays.sort(cand, 0, c);
                int m = 0;
                for (int a = 0; a < c; a++) {
                    long x = cand[a];
                    if (m > 0 && titleOf(cand[m - 1]) == titleOf(x)) {
                        if (caseOf(cand[m - 1]) == caseOf(x) || caseOf(cand[m - 1]) == 0) { cand[m - 1] = x; continue; }
                    }
                    cand[m++] = x;
                }
                rank(cand, m, titleInfo);
                int b = IndexFiles.bucket(k);
                while (lastBucket < b) buckets[++lastBucket] = nk;
                kOut.writeLong(k);
                oOut.writeInt(np);
                int keep = Math.min(m, topK);
                for (int a = 0; a < keep; a++) {
                    pOut.writeInt(titleOf(cand[a]));
                    pOut.writeFloat(priorOf(cand[a]));
                    pOut.writeInt(caseOf(cand[a]));
                }
                np += keep;
                nk++;
                i = j;
            }
            oOut.writeInt(np);
            while (lastBucket < (1 << IndexFiles.BUCKET_BITS)) buckets[++lastBucket] = nk;
        }
        writeInts(dir.resolve(IndexFiles.BUCKETS), buckets, buckets.length);
        st.keys = nk;
        st.postings = np;
    }

    /** Orders candidates by descending prior, then descending popularity, then title id. */
    private static void rank(long[] cand, int m, int[] titleInfo) {
        if (m > 48) {
            Long[] boxed = new Long[m];
            for (int a = 0; a < m; a++) boxed[a] = cand[a];
            Arrays.sort(boxed, (p, q) -> compareRank(p, q, titleInfo));
            for (int a = 0; a < m; a++) cand[a] = boxed[a];
            return;
        }
        for (int a = 1; a < m; a++) {
            long x = cand[a];
            int b = a - 1;
            while (b >= 0 && compareRank(cand[b], x, titleInfo) > 0) {
                cand[b + 1] = cand[b];
                b--;
            }
            cand[b + 1] = x;
        }
    }

    private static int compareRank(long p, long q, int[] titleInfo) {
        int c = Float.compare(priorOf(q), priorOf(p));
        if (c != 0) return c;
        c = Integer.compare(titleInfo[titleOf(q)] >>> 8, titleInfo[titleOf(p)] >>> 8);
        return c != 0 ? c : Integer.compare(titleOf(p), titleOf(q));
    }

    private boolean isGzip() {
        return source == null || source.getFileName().toString().endsWith(".gz");
    }

    private InputStream openSource(Stats st) throws IOException {
        if (source != null) {
            st.source = source.toAbsolutePath().toString();
            return new CountingInputStream(Files.newInputStream(source), Files.size(source));
        }
        URL url = WikiDictIndexBuilder.class.getClassLoader().getResource(RESOURCE);
        if (url == null)
            throw new IOException("WikiDict not found on the classpath (" + RESOURCE + "): the CoreNLP models-english-kbp jar is missing");
        st.source = "classpath:" + RESOURCE + " (CoreNLP " + sourceVersion() + ")";
        URLConnection c = url.openConnection();
        c.setUseCaches(false);
        return new CountingInputStream(c.getInputStream(), c.getContentLengthLong());
    }

    private void writeMeta(Path dir, Stats st) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(IndexFiles.FORMAT));
        p.setProperty("source", st.source);
        p.setProperty("sourceVersion", source == null ? sourceVersion() : "file");
        p.setProperty("topK", Integer.toString(topK));
        p.setProperty("lines", Long.toString(st.lines));
        p.setProperty("skippedLines", Long.toString(st.skipped));
        p.setProperty("entries", Long.toString(st.entries));
        p.setProperty("keys", Long.toString(st.keys));
        p.setProperty("postings", Long.toString(st.postings));
        p.setProperty("titles", Long.toString(st.titles));
        p.setProperty("buildMillis", Long.toString(st.buildMillis));
        p.setProperty("readMillis", Long.toString(st.readMillis));
        p.setProperty("sortMillis", Long.toString(st.sortMillis));
        p.setProperty("built", java.time.Instant.now().toString());
        try (OutputStream out = Files.newOutputStream(dir.resolve(IndexFiles.META))) {
            p.store(out, "newsgraph WikiDict index");
        }
    }

    private static DataOutputStream dataOut(Path p) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(p), 1 << 20));
    }

    private static void writeInts(Path p, int[] a, int n) throws IOException {
        try (DataOutputStream out = dataOut(p)) {
            for (int i = 0; i < n; i++) out.writeInt(a[i]);
        }
    }

    private static void writeLongs(Path p, long[] a, int n) throws IOException {
        try (DataOutputStream out = dataOut(p)) {
            for (int i = 0; i < n; i++) out.writeLong(a[i]);
        }
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class LongList {
        long[] data;
        int size;

        LongList(int cap) { data = new long[cap]; }

        void add(long v) {
            if (size == data.length) data = Arrays.copyOf(data, data.length + (data.length >> 1));
            data[size++] = v;
        }
    }

    static final class IntList {
        int[] data;
        int size;

        IntList(int cap) { data = new int[cap]; }

        void add(int v) {
            if (size == data.length) data = Arrays.copyOf(data, data.length + (data.length >> 1));
            data[size++] = v;
        }
    }

}
