package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data written to a stdout that cannot take it (here Linux's {@code /dev/full}: every write fails with ENOSPC) is a
 * failure, exit 1, never "0 failed" with the data lost.
 */
class StdoutFailureTest {
    static final File FULL = new File("/dev/full");

    static final String ARTICLE = """
            Harbour Cranes Return to Service After Storm Repairs

            2 April 2024

            The port authority said on Tuesday that all six container cranes were working again after storm damage.

            Original url:
            https://example.org/news/harbour-cranes
            """;

    static PrintStream full() throws Exception { return new PrintStream(new FileOutputStream(FULL), false); }

    @Test
    void convertToAFullDiskFails(@TempDir Path dir) throws Exception {
        assumeTrue(FULL.exists());
        Path in = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        for (String fmt : new String[] {"turtle", "nquads", "jsonld"}) {
            var r = Cli.inProcess(full(), "convert", "--no-nlp", "--threads", "1", "-f", fmt, in.toString());
            assertThat(r.exit()).as(fmt + ": " + r.stderr()).isEqualTo(1);
            assertThat(r.stderr()).contains("cannot write to standard output");
        }
        // --stream writes per article: the first failed write ends the run
        var r = Cli.inProcess(full(), "convert", "--no-nlp", "--stream", "-f", "ntriples", in.toString(), in.toString());
        assertThat(r.exit()).as(r.stderr()).isEqualTo(1);
    }

    @Test
    void exportAndQueryToAFullDiskFail(@TempDir Path dir) throws Exception {
        assumeTrue(FULL.exists());
        Path in = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        String store = dir.resolve("s").toString();
        var load = Cli.inProcess(System.out, "load", "--no-nlp", "--store", store, in.toString());
        assertThat(load.exit()).as(load.stderr()).isZero();
        var export = Cli.inProcess(full(), "export", "--store", store);
        assertThat(export.exit()).as(export.stderr()).isEqualTo(1);
        var query = Cli.inProcess(full(), "query", "--store", store, "--file", Files.writeString(dir.resolve("q.rq"),
                "SELECT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }").toString(), "-f", "csv");
        assertThat(query.exit()).as(query.stderr()).isEqualTo(1);
    }

    @Test
    void theSampleConvertedToDevFullExitsNonZeroAsAProcess(@TempDir Path dir) throws Exception {
        assumeTrue(FULL.exists());
        Path in = Cli.sample() != null ? Cli.sample() : Files.writeString(dir.resolve("a.txt"), ARTICLE);
        File err = dir.resolve("err").toFile();
        Process p = Cli.start(FULL, err, "convert", "--no-nlp", in.toString());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err.toPath())).isEqualTo(1);
    }
}
