package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Where a command writes its data: {@code -} is standard output, a name ending in {@code .gz} is gzipped. */
final class OutputFiles {
    private static final int BUFFER = 1 << 16;

    private OutputFiles() {}

    /** Opens {@code name} for writing: standard output for {@code -}, gzip for {@code *.gz}, else a buffered file. */
    static OutputStream open(String name) throws IOException {
        if (name.equals("-")) return StdOut.stream();
        return isGzip(name) ? new GZIPOutputStream(new FileOutputStream(name), BUFFER)
                : new BufferedOutputStream(new FileOutputStream(name), BUFFER);
    }

    static boolean isGzip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The name without a trailing {@code .gz}: what tells the format of {@code out.nq.gz}. */
    static String withoutGz(String name) {
        return isGzip(name) ? name.substring(0, name.length() - 3) : name;
    }
}
