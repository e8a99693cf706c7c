package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.TestIndex;
import picocli.CommandLine;

/** {@code newsgraph index info|build|lookup} on the real index of the test run and on an empty cache directory. */
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
    void lookupPrintsTheCandidatesOfEachNameBestFirst() {
        Path root = TestIndex.get().directory().getParent();
        Run r = run("index", "lookup", "--cache", root.toString(), "--limit", "3", "Fulham", "Zzyzxq Qqvv");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("name\trank\ttitle\tprior\texactPrior\ttype\tpopularity");
        assertThat(lines).hasSize(4);   // three candidates of "Fulham", none of the made-up name
        assertThat(lines[1]).startsWith("Fulham\t1\t");
        assertThat(java.util.Arrays.stream(lines).skip(1).map(l -> l.split("\t")[2])).contains("Fulham_F.C.");
    }

    @Test
    void lookupWithoutAnIndexFailsWithExitCode1(@TempDir Path empty) {
        assertThat(run("index", "lookup", "--cache", empty.toString(), "Fulham").code()).isEqualTo(1);
    }

    @Test
    void indexWithoutASubcommandIsAUsageError() {
        assertThat(run("index").code()).isEqualTo(2);
    }
}
