package org.newsgraph.link;

import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The title tables of a WikiDict index ({@link IndexFiles}), filled title by title in WikiDict order: the titles' bytes
 * are streamed to {@code titles.bin} as they come; their offsets, popularity and type ({@code title-info.bin}) and the
 * exact-title table ({@link TitleKeys}) are written by {@link #write} once all are read.
 */
final class WikiDictTitles implements Closeable {
    /** Title ids fit in 24 bits of a packed posting ({@link WikiDictPostings}). */
    static final int MAX_TITLE = (1 << 24) - 1;

    private final DataOutputStream bytes;
    private long byteCount;
    private int[] offsets = new int[1 << 22], info = new int[1 << 22];
    private int titles, infos;
    private TitleKeys keys = new TitleKeys(1 << 22);

    /** Opens {@code titles.bin} in {@code dir}. */
    WikiDictTitles(Path dir) throws IOException {
        bytes = IndexFiles.output(dir, IndexFiles.TITLES);
    }

    /** Adds the next title and returns its id. */
    int add(byte[] utf8, String title) throws IOException {
        if (titles > MAX_TITLE) throw new IOException("more than " + MAX_TITLE + " titles");
        bytes.write(utf8);
        byteCount += utf8.length;
        if (byteCount > Integer.MAX_VALUE) throw new IOException("titles exceed 2 GB");
        offsets = append(offsets, titles + 1, (int) byteCount);
        keys.add(Surfaces.hash(title), titles);
        return titles++;
    }

    /** The popularity (number of surfaces, up to 2^24 - 1) and type of the next title, in the order they were added. */
    void info(int surfaces, TitleType type) {
        info = append(info, infos++, Math.min(surfaces, 0xFFFFFF) << 8 | type.ordinal());
    }

    int count() { return titles; }

    /** Popularity of title {@code id} (once its info is given). */
    int popularity(int id) { return info[id] >>> 8; }

    /** Ends {@code titles.bin}. */
    @Override
    public void close() throws IOException { bytes.close(); }

    /**
     * Writes the offsets, the info and the exact-title table into {@code dir}, then lets go of all but the info
     * (the postings are ranked by popularity afterwards): no title can be added after this.
     */
    void write(Path dir) throws IOException {
        writeInts(dir, IndexFiles.TITLE_OFFSETS, offsets, titles + 1);
        writeInts(dir, IndexFiles.TITLE_INFO, info, infos);
        keys.write(dir);
        offsets = null;
        keys = null;
    }

    private static int[] append(int[] a, int at, int v) {
        if (at == a.length) a = Arrays.copyOf(a, a.length + (a.length >> 1));
        a[at] = v;
        return a;
    }

    private static void writeInts(Path dir, String name, int[] a, int n) throws IOException {
        try (DataOutputStream out = IndexFiles.output(dir, name)) {
            for (int i = 0; i < n; i++) out.writeInt(a[i]);
        }
    }
}
