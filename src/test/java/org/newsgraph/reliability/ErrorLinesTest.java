package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem is one located line: empty files, corrupt gzip, oversized bodies, odd file names, broken links. */
class ErrorLinesTest {
    static ArticleLimitsTest.Out convert(Path in) {
        return ArticleLimitsTest.convert("convert", "--no-nlp", "-f", "nquads", in.toString());
    }

    @Test
    void emptyFilesAreLocated(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"empty.txt", "empty.jsonl", "empty.json"}) {
            Path in = Files.writeString(dir.resolve(name), "");
            var o = convert(in);
            assertThat(o.run().exit()).isEqualTo(4);
            assertThat(o.run().stderr()).contains(name + ":1: error: empty input");
        }
    }

    @Test
    void aCorruptGzipIsLocatedAndTheRecordsBeforeItKept(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++)
            sb.append("{\"url\": \"https://example.org/").append(i).append("\", \"headline\": \"Story number ").append(i)
              .append("\", \"body\": \"Text ").append(i).append(" with some words that differ: ").append(Integer.toHexString(i * 7919)).append(".\"}\n");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) { z.write(sb.toString().getBytes(StandardCharsets.UTF_8)); }
        byte[] all = gz.toByteArray();
        Path in = Files.write(dir.resolve("feed.jsonl.gz"), Arrays.copyOf(all, all.length / 2));
        var o = convert(in);
        assertThat(o.run().exit()).isEqualTo(4);
        assertThat(o.run().stderr()).containsPattern("feed\\.jsonl\\.gz:\\d{3,}: error: cannot read further: ");
        assertThat(o.stdout()).contains("Story number 100\"");
    }

    @Test
    void anOversizedBodyNamesTheField(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("big.json"), "{\"headline\": \"Big\", \"body\": \"" + "word ".repeat(80_000) + "\"}");
        var o = convert(in);
        assertThat(o.run().exit()).isEqualTo(4);
        assertThat(o.run().stderr()).contains("big.json:1: error: articleBody: article text of 400,00");
    }

    @Test
    void aFileNameWithANewlineCannotForgeALine(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectory(dir.resolve("in"));
        Files.writeString(sub.resolve("x.txt\nforged.txt:1: error: fake.txt"), "");
        var o = convert(sub);
        assertThat(o.run().stderr().lines().filter(l -> l.contains("error"))).hasSize(1)
                .allMatch(l -> l.contains("x.txt\\nforged.txt:1: error: fake.txt:1: error: empty input"));
    }

    @Test
    void danglingAndLoopingLinksAreReportedAndCounted(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectory(dir.resolve("in"));
        Files.writeString(sub.resolve("good.txt"), StdoutFailureTest.ARTICLE);
        Files.createSymbolicLink(sub.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        Files.createSymbolicLink(sub.resolve("loop"), sub);
        var o = convert(sub);
        assertThat(o.run().exit()).as(o.run().stderr()).isEqualTo(4);
        assertThat(o.run().stderr()).contains("gone.txt: error: cannot read: dangling symbolic link")
                .contains("loop: error: cannot read: symbolic link loop").contains("1 article, 2 failed");
    }
}
