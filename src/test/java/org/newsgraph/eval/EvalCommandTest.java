package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import picocli.CommandLine;

class EvalCommandTest {
    @TempDir Path tmp;

    @Test
    void evalPrintsScoresAndWritesPredictionsAsJsonLines() throws Exception {
        Path preds = tmp.resolve("preds.jsonl");
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("eval", "--gold", ScorerTest.TINY.toString(), "--predictions-out", preds.toString(), "--threads", "2");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("span", "typed", "PERSON", "ORGANIZATION", "PLACE", "linking accuracy:");
        List<String> lines = Files.readAllLines(preds);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"id\":1,\"mentions\":[{\"b\":0,\"e\":13,\"t\":\"PERSON\",\"link\":\"Angela_Merkel\"}");
        // "Merkel" resolved to Angela Merkel, and linked as she is
        assertThat(lines.get(0)).contains("{\"b\":44,\"e\":50,\"t\":\"PERSON\",\"link\":\"Angela_Merkel\"}");
        assertThat(lines.get(0)).contains("{\"b\":37,\"e\":42,\"t\":\"PLACE\",\"link\":\"Paris\"}");
    }

    @Test
    void evalFailsWithExitThreeBelowTheFloor() {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("eval", "--gold", ScorerTest.TINY.toString(), "--min-f1", "1.01");
        assertThat(code).isEqualTo(Main.EXIT_VIOLATIONS);
        assertThat(err.toString()).contains("below the floor");
    }

    @Test
    void evalRejectsAMissingGoldFileAsUsageError() {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("eval", "--gold", tmp.resolve("nope.jsonl").toString())).isEqualTo(Main.EXIT_USAGE);
    }
}
