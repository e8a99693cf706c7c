package org.newsgraph.cli;

import java.io.PrintWriter;

/**
 * A one-line progress display on stderr ({@code \r}-rewritten, at most five times a second), shown only when stderr
 * is a terminal ({@code System.console() != null}); otherwise every call does nothing, so logs stay clean.
 *
 * <pre>
 *   try (Progress p = Progress.onTerminal(err, "loading")) { p.update(files, total, articles); }
 * </pre>
 */
final class Progress implements AutoCloseable {
    private final PrintWriter err;
    private final String label;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastShown;
    private int lastWidth;

    private Progress(PrintWriter err, String label, boolean enabled) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
    }

    static Progress onTerminal(PrintWriter err, String label) {
        return new Progress(err, label, System.console() != null);
    }

    static Progress none() { return new Progress(null, "", false); }

    /** Shows {@code label [#####     ] i/n files, N articles, R/s} ({@code label N articles, R/s} when n is 0). */
    void update(long filesDone, long filesTotal, long items, String unit) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (now - lastShown < 200_000_000L && filesDone < filesTotal) return;
        lastShown = now;
        double secs = Math.max(1e-3, (now - start) / 1e9);
        int width = 24;
        String line;
        if (filesTotal > 0) {
            int filled = (int) Math.min(width, width * filesDone / filesTotal);
            line = String.format("%s [%s%s] %d/%d files, %,d %s, %,.0f/s", label, "#".repeat(filled),
                    " ".repeat(width - filled), filesDone, filesTotal, items, unit, items / secs);
        } else {
            line = String.format("%s %,d %s, %,.0f/s", label, items, unit, items / secs);
        }
        String pad = line.length() < lastWidth ? " ".repeat(lastWidth - line.length()) : "";
        lastWidth = line.length();
        err.print("\r" + line + pad);
        err.flush();
    }

    @Override
    public void close() {
        if (!enabled || lastWidth == 0) return;
        err.print("\r" + " ".repeat(lastWidth) + "\r");
        err.flush();
    }
}
