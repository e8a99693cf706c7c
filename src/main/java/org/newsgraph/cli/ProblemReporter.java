package org.newsgraph.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsgraph.read.Problem;

/** Prints each problem as one located line on stderr and, with {@code --errors FILE}, to that file too. */
final class ProblemReporter implements Consumer<Problem>, Closeable {
    private final PrintWriter err;
    private final PrintWriter file;

    ProblemReporter(PrintWriter err, Path errorsFile) throws IOException {
        this.err = err;
        this.file = errorsFile == null ? null
                : new PrintWriter(Files.newBufferedWriter(errorsFile, StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void accept(Problem p) {
        err.println(p);
        err.flush();
        if (file != null) file.println(p);
    }

    @Override
    public void close() {
        if (file != null) file.close();
    }
}
