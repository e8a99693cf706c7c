package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.GZIPInputStream;

/**
 * Reads CoreNLP's WikiDict ({@code surface \t title \t prior} lines, a title's lines adjacent) from the classpath
 * resource or a file ({@code .gz} or plain) and hands each line to {@link Lines}: a {@code title} call when the title
 * changes, then an {@code entry} per line. A thread decompresses 4 MB chunks ahead of the parser, so reading and
 * parsing use both cores; each line is scanned once, and a title's string is made only when it changes.
 */
final class WikiDictReader {
    /** Receives the lines of the WikiDict in order. */
    interface Lines {
        /** A new title (its UTF-8 bytes, a copy, and as a string); the entries that follow are its. */
        void title(byte[] utf8, String title) throws IOException;

        /** A line of the current title: its surface as written and its prior (NaN when malformed). */
        void entry(String surface, float prior) throws IOException;
    }

    private final Path file;
    private final String description;
    /** Lines read, and lines without the two tabs (no title is started for those). */
    long lines, badLines;

    /** The WikiDict in {@code file}, or the classpath resource when {@code file} is null. */
    WikiDictReader(Path file) {
        this.file = file;
        this.description = file != null ? file.toAbsolutePath().toString()
                : "classpath:" + WikiDictIndexBuilder.RESOURCE + " (CoreNLP " + WikiDictIndexBuilder.sourceVersion() + ")";
    }

    /** Where the WikiDict comes from, for the index's metadata. */
    String description() { return description; }

    /** Reads the whole WikiDict into {@code to}, reporting progress in compressed bytes. */
    void read(Lines to, WikiDictIndexBuilder.Progress progress) throws IOException {
        try (CountingInputStream counted = open()) {
            InputStream in = file == null || file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(counted, 1 << 16) : counted;
            ChunkReader chunks = new ChunkReader(in);
            byte[] title = new byte[0];
            int titleLen = -1;
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
                    lines++;
                    if (t2 < 0) { badLines++; lineStart = i + 1; t1 = t2 = -1; ascii = true; continue; }
                    if (t2 - t1 - 1 != titleLen || !Arrays.equals(data, t1 + 1, t2, title, 0, titleLen)) {
                        titleLen = t2 - t1 - 1;
                        title = Arrays.copyOfRange(data, t1 + 1, t2);
                        to.title(title, new String(title, StandardCharsets.UTF_8));
                    }
                    float prior = parsePrior(data, t2 + 1, lineEnd);
                    String surface = ascii ? new String(data, lineStart, t1 - lineStart, StandardCharsets.ISO_8859_1)
                            : new String(data, lineStart, t1 - lineStart, StandardCharsets.UTF_8);
                    lineStart = i + 1;
                    t1 = t2 = -1;
                    ascii = true;
                    to.entry(surface, prior);
                }
                carry = Arrays.copyOfRange(data, lineStart, len);
                if (lines >= nextReport) {
                    progress.update(counted.count, counted.total, "reading");
                    nextReport = lines + 500_000;
                }
            }
            if (carry.length > 0) throw new IOException("WikiDict does not end with a newline");
            progress.update(counted.total > 0 ? counted.total : counted.count, counted.total, "reading");
        }
    }

    private CountingInputStream open() throws IOException {
        if (file != null) return new CountingInputStream(Files.newInputStream(file), Files.size(file));
        URL url = WikiDictReader.class.getClassLoader().getResource(WikiDictIndexBuilder.RESOURCE);
        if (url == null)
            throw new IOException("WikiDict not found on the classpath (" + WikiDictIndexBuilder.RESOURCE
                    + "): the CoreNLP models-english-kbp jar is missing");
        URLConnection c = url.openConnection();
        c.setUseCaches(false);
        return new CountingInputStream(c.getInputStream(), c.getContentLengthLong());
    }

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

    /** Decompresses on its own thread, handing over 4 MB chunks through a queue of four. */
    private static final class ChunkReader {
        private static final byte[] EOF = new byte[0];
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
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
}
