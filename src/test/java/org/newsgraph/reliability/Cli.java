package org.newsgraph.reliability;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.cli.Main;

/** Runs newsgraph in this JVM (stdout into any stream) or as a child process of the same class path. */
final class Cli {
    private Cli() {}

    record Run(int exit, String stderr) {}

    /** {@code newsgraph ARGS} in this JVM with {@code System.out} set to {@code out}. */
    static Run inProcess(PrintStream out, String... args) {
        PrintStream old = System.out;
        StringWriter err = new StringWriter();
        try {
            System.setOut(out);
            var cl = Main.commandLine();
            cl.setErr(new PrintWriter(err, true));
            return new Run(cl.execute(args), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    /** A child JVM running {@code newsgraph ARGS}, stdout to {@code stdout}, stderr to {@code stderr}. */
    static Process start(File stdout, File stderr, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(stdout).redirectError(stderr).start();
    }

    static Path sample() {
        Path p = Path.of("../shared/data/sample/moscowtimes-2023-03-13-xi-visit.txt");
        return p.toFile().isFile() ? p : null;
    }
}
