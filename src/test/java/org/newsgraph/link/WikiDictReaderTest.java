package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WikiDict reader on files larger than its 4 MB chunks, so that lines straddle the chunk boundaries. */
class WikiDictReaderTest {
    /** Records what the reader hands over, one string a call. */
    private static final class Recorder implements WikiDictReader.Lines {
        final List<String> calls = new ArrayList<>();

        @Override public void title(byte[] utf8, String title) {
            assertThat(new String(utf8, StandardCharsets.UTF_8)).isEqualTo(title);
            calls.add("T " + title);
        }

        @Override public void entry(String surface, float prior) { calls.add("E " + surface + " " + prior); }
    }

    /** ~9 MB of lines of varying length (no line length divides 4 MB), a title every three lines. */
    private static String wikiDict(List<String> expected) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 9 << 20; i++) {
            String title = "Title_" + (i / 3) + "_é";
            String surface = i % 7 == 0 ? "Zürich " + i : "surface " + "x".repeat(i % 50) + i;
            if (i % 3 == 0) expected.add("T " + title);
            String prior = i % 5 == 0 ? "1e-3" : "0." + (i % 1000);
            String eol = i % 11 == 0 ? "\r\n" : "\n";
            sb.append(surface).append('\t').append(title).append('\t').append(prior).append(eol);
            expected.add("E " + surface + " " + Float.parseFloat(prior));
            if (i % 1000 == 999) sb.append("a line without tabs\n");
        }
        sb.append("last\tLast\tnot-a-number\n");
        expected.add("T Last");
        expected.add("E last NaN");
        return sb.toString();
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        try (OutputStream raw = Files.newOutputStream(f); OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(raw) : raw) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    @Test
    void everyLineArrivesWholeAcrossChunksPlainAndCompressed(@TempDir Path tmp) throws IOException {
        List<String> expected = new ArrayList<>();
        String text = wikiDict(expected);
        long lines = text.lines().count(), bad = text.lines().filter(l -> !l.contains("\t")).count();
        for (String name : List.of("wikidict.tab", "wikidict.tab.gz")) {
            WikiDictReader reader = new WikiDictReader(write(tmp, name, text));
            Recorder r = new Recorder();
            reader.read(r, WikiDictIndexBuilder.Progress.NONE);
            assertThat(r.calls).as(name).isEqualTo(expected);
            assertThat(reader.lines).isEqualTo(lines);
            assertThat(reader.badLines).isEqualTo(bad).isPositive();
        }
    }

    @Test
    void aTruncatedWikiDictFails(@TempDir Path tmp) throws IOException {
        WikiDictReader reader = new WikiDictReader(write(tmp, "cut.tab", "a\tA\t0.5\nb\tB\t0."));
        assertThatThrownBy(() -> reader.read(new Recorder(), WikiDictIndexBuilder.Progress.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("does not end with a newline");
    }
}
