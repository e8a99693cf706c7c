package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;

/**
 * A {@code load} killed with SIGKILL (a child process, {@link Process#destroyForcibly()}) at several moments leaves a
 * store that opens, that a re-run completes, and whose export equals that of a clean load. TDB2's lock keeps a second
 * process from writing to a store in use.
 */
class CrashSafetyTest {
    @TempDir static Path dir;
    static Path input;
    static List<String> cleanExport;

    @BeforeAll
    static void cleanLoad() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1500; i++)
            sb.append("{\"url\": \"https://example.org/story/").append(i).append("\", \"headline\": \"Story ").append(i)
              .append(" about the harbour\", \"datePublished\": \"2024-03-").append(String.format("%02d", 1 + i % 28))
              .append("\", \"authors\": [\"Reporter ").append(i % 50).append("\"], \"body\": \"Paragraph one of story ")
              .append(i).append(" says the cranes moved.\\n\\nParagraph two adds more detail, number ").append(i * 31).append(".\"}\n");
        input = Files.writeString(dir.resolve("stories.jsonl"), sb.toString());
        Path clean = dir.resolve("clean");
        var r = Cli.inProcess(System.out, "load", "--no-nlp", "--store", clean.toString(), input.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        cleanExport = export(clean);
        assertThat(cleanExport).hasSizeGreaterThan(1500 * 5);
    }

    static List<String> export(Path store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var r = Cli.inProcess(new PrintStream(out, true, StandardCharsets.UTF_8), "export", "--store", store.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
    }

    @Test
    void killMinus9DuringLoadLeavesAStoreThatReopensAndReloadsToTheSameExport() throws Exception {
        int round = 0, killedMidLoad = 0;
        // After the store directory appears: at once (opening), soon (first batches), later (mid-load).
        for (long delayMs : new long[] {0, 300, 1000}) {
            Path store = dir.resolve("killed-" + round++);
            File log = dir.resolve("load-" + round + ".log").toFile();
            Process p = Cli.start(dir.resolve("out-" + round).toFile(), log, "load", "--no-nlp", "--threads", "1",
                    "--store", store.toString(), input.toString());
            for (int i = 0; i < 600 && p.isAlive() && !Files.isDirectory(store.resolve("tdb2")); i++) Thread.sleep(100);
            boolean finished = p.waitFor(delayMs, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                killedMidLoad++;
            }
            if (Files.isDirectory(store.resolve("tdb2"))) {
                try (NewsStore s = NewsStore.open(store)) {
                    assertThat(s.size()).isGreaterThanOrEqualTo(0); // it opens, and can be read
                }
            }
            var again = Cli.inProcess(System.out, "load", "--no-nlp", "--store", store.toString(), input.toString());
            assertThat(again.exit()).as("killed %d ms in%s: %s", delayMs, finished ? " (had finished)" : "", again.stderr()).isZero();
            assertThat(export(store)).as("killed %d ms in", delayMs).isEqualTo(cleanExport);
        }
        assertThat(killedMidLoad).as("at least one load was killed before it finished").isPositive();
    }

    @Test
    void aSecondProcessCannotWriteToAStoreInUse() throws Exception {
        Path store = dir.resolve("locked");
        var first = Cli.inProcess(System.out, "load", "--no-nlp", "--store", store.toString(), input.toString());
        assertThat(first.exit()).isZero();
        List<String> before = export(store);
        Path other = Files.writeString(dir.resolve("other.jsonl"),
                "{\"url\": \"https://example.org/other\", \"headline\": \"Other\", \"body\": \"Other text.\"}\n");
        try (NewsStore held = NewsStore.open(store)) {
            File err = dir.resolve("second.log").toFile();
            Process p = Cli.start(dir.resolve("second.out").toFile(), err, "load", "--no-nlp", "--store", store.toString(),
                    other.toString());
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(err.toPath())).isNotZero();
            assertThat(Files.readString(err.toPath())).containsIgnoringCase("lock");
        }
        assertThat(export(store)).isEqualTo(before);
    }
}
