package org.newsgraph.link;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that counts the bytes read through it, for the index builders' progress bars. {@link #count} is
 * volatile: a progress thread may read it while the reading thread advances it.
 */
final class CountingInputStream extends FilterInputStream {
    volatile long count;
    /** The expected length in bytes, or a value {@code <= 0} when unknown. */
    final long total;

    CountingInputStream(InputStream in, long total) {
        super(in);
        this.total = total;
    }

    @Override public int read() throws IOException {
        int b = super.read();
        if (b >= 0) count++;
        return b;
    }

    @Override public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) count += n;
        return n;
    }
}
