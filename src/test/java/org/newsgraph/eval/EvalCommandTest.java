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
    void evalFailsWithExitThreeWhenLinkingAccuracyIsBelowItsFloor() {
        String[] run = run("--min-link-accuracy", "1.01");
        assertThat(run[0]).isEqualTo(String.valueOf(Main.EXIT_VIOLATIONS));
        assertThat(run[2]).contains("linking accuracy").contains("below the floor 1.010");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("linking accuracy: [0-9.]+ \\((\\d+) of (\\d+) ").matcher(run[1]);
        assertThat(m.find()).as(run[1]).isTrue();
        double accuracy = Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(2));
        assertThat(accuracy).as("the tiny gold has right links to test a floor on").isPositive();
        // the floor is the exact accuracy: met; the next double above it: missed
        assertThat(run(("--min-link-accuracy=" + accuracy))[0]).isEqualTo(String.valueOf(Main.EXIT_OK));
        String[] above = run("--min-link-accuracy=" + Math.nextUp(accuracy));
        assertThat(above[0]).isEqualTo(String.valueOf(Main.EXIT_VIOLATIONS));
        assertThat(above[2]).contains("linking accuracy");
    }

    @Test
    void linkMissesAreWrittenWithTheMentionAndBothLinks() throws Exception {
        Path misses = tmp.resolve("misses.jsonl");
        assertThat(run("--link-misses-out", misses.toString())[0]).isEqualTo(String.valueOf(Main.EXIT_OK));
        List<String> lines = Files.readAllLines(misses);
        // Macron (president since 2017) has no page in the 2013 WikiDict: found, left unlinked
        assertThat(lines).contains("{\"id\":1,\"b\":18,\"e\":33,\"mention\":\"Emmanuel Macron\",\"gold\":\"Q3052772\","
                + "\"goldName\":\"Emmanuel Macron\"}");
        assertThat(lines).noneMatch(l -> l.contains("Angela Merkel"));   // linked right
        assertThat(run("--no-link", "--link-misses-out", misses.toString())[0]).isEqualTo(String.valueOf(Main.EXIT_USAGE));
    }

    @Test
    void aLinkingFloorWithoutLinkingIsAUsageError() {
        assertThat(run("--no-link", "--min-link-accuracy", "0.5")[0]).isEqualTo(String.valueOf(Main.EXIT_USAGE));
    }

    /** Runs eval on the tiny gold with more options: exit code, stdout, stderr. */
    private static String[] run(String... options) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> args = new java.util.ArrayList<>(List.of("eval", "--gold", ScorerTest.TINY.toString(), "--threads", "2"));
        args.addAll(List.of(options));
        int code = cl.execute(args.toArray(String[]::new));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void evalRejectsAMissingGoldFileAsUsageError() {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("eval", "--gold", tmp.resolve("nope.jsonl").toString())).isEqualTo(Main.EXIT_USAGE);
    }
}
