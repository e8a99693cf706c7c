package org.newsgraph.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One input: a file or standard input. {@link #open()} un-gzips transparently (by name or by magic bytes).
 *
 * @param name the name used in messages and to choose a reader by extension ({@code "-"} for stdin)
 */
public record InputSource(String name, Opener opener) {

    @FunctionalInterface
    public interface Opener { InputStream open() throws IOException; }

    public static InputSource of(Path path) {
        return new InputSource(path.toString(), () -> Files.newInputStream(path));
    }

    public static InputSource stdin() {
        return new InputSource("-", () -> new java.io.FilterInputStream(System.in) {
            @Override public void close() { /* never close stdin */ }
        });
    }

    public static InputSource ofBytes(String name, byte[] bytes) {
        return new InputSource(name, () -> new java.io.ByteArrayInputStream(bytes));
    }

    /** The name without a trailing {@code .gz}, lower case: what the reader registry matches extensions on. */
    public String logicalName() {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    /** Opens the input, decompressing gzip when the stream starts with the gzip magic number. */
    public InputStream open() throws IOException {
        BufferedInputStream in = new BufferedInputStream(opener.open(), 1 << 16);
        in.mark(2);
        int b1 = in.read(), b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        return in;
    }
}
