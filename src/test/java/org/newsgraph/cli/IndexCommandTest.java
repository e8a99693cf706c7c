package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.TestIndex;
import picocli.CommandLine;

/** {@code newsgraph index info|build} on the real index of the test run and on an empty cache directory. */
class IndexCommandTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void infoPrintsTheIndexFiguresOnStdout() {
        Path root = TestIndex.get().directory().getParent();
        Run r = run("index", "info", "--cache", root.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("directory=" + TestIndex.get().directory()).contains("lines=20948089")
                .containsPattern("keys=\\d{7,}").containsPattern("sizeBytes=\\d+");
    }

    @Test
    void buildWithAPresentIndexDoesNothingAndSaysSoOnStderr() {
        Path root = TestIndex.get().directory().getParent();
        Run r = run("index", "build", "--cache", root.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("index present");
    }

    @Test
    void infoWithoutAnIndexFailsWithExitCode1(@TempDir Path empty) {
        Run r = run("index", "info", "--cache", empty.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("built=false");
        assertThat(r.err()).contains("newsgraph index build");
    }

    @Test
    void indexWithoutASubcommandIsAUsageError() {
        assertThat(run("index").code()).isEqualTo(2);
    }
}
