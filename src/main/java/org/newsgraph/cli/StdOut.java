package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard output for data, with write errors reported: {@link PrintStream} (which {@code System.out} is) swallows
 * them, so a full disk, a closed pipe or a file-size limit would lose the data while the command reports success. This
 * stream checks {@link PrintStream#checkError()} after every (buffered) write and throws an {@link IOException}, so the
 * command fails with exit 1. {@link #close()} flushes and leaves stdout open.
 */
final class StdOut extends FilterOutputStream {
    private final PrintStream ps;

    private StdOut(PrintStream ps) {
        super(ps);
        this.ps = ps;
    }

    /** {@code System.out} (as it is now), buffered, with write errors thrown. */
    static OutputStream stream() {
        return new BufferedOutputStream(new StdOut(System.out), 1 << 16);
    }

    @Override
    public void write(int b) throws IOException {
        ps.write(b);
        check();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        ps.write(b, off, len);
        check();
    }

    @Override
    public void flush() throws IOException {
        ps.flush();
        check();
    }

    @Override
    public void close() throws IOException { flush(); }

    private void check() throws IOException {
        if (ps.checkError())
            throw new IOException("cannot write to standard output (disk full, file too large or pipe closed?): "
                    + "the output is incomplete");
    }
}
