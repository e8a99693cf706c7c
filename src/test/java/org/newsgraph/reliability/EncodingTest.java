package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text in another encoding than UTF-8 is decoded (and said so) or refused with a located error: never mangled. */
class EncodingTest {
    static final String TEXT = """
            Café Owners in São Paulo Protest Over “Rent” Rises – Again

            2 April 2024

            Owners of cafés in São Paulo's centre said on Tuesday that rents had risen by a third, and the mayor's office promised a review of the rules.

            Original url:
            https://example.org/news/sao-paulo-cafes
            """;

    static ArticleLimitsTest.Out convert(Path in) {
        return ArticleLimitsTest.convert("convert", "--no-nlp", "-f", "nquads", in.toString());
    }

    @Test
    void windows1252TextIsDetectedAndSaid(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("latin.txt");
        Files.write(in, TEXT.getBytes(Charset.forName("windows-1252")));
        var o = convert(in);
        assertThat(o.run().exit()).as(o.run().stderr()).isZero();
        assertThat(o.run().stderr()).contains("latin.txt: warning: not UTF-8: decoded as windows-1252");
        assertThat(o.stdout()).contains("Café Owners in São Paulo Protest Over “Rent” Rises – Again").doesNotContain("\uFFFD");
    }

    @Test
    void latin1JsonIsDecodedToo(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("latin.json");
        Files.write(in, "{\"headline\": \"Café in São Paulo\", \"body\": \"Owners of cafés met on Tuesday.\", \"url\": \"https://example.org/c\"}"
                .getBytes(StandardCharsets.ISO_8859_1));
        var o = convert(in);
        assertThat(o.run().exit()).as(o.run().stderr()).isZero();
        assertThat(o.stdout()).contains("Café in São Paulo");
    }

    @Test
    void utf16WithAndWithoutByteOrderMarkIsRead(@TempDir Path dir) throws Exception {
        Path bom = dir.resolve("bom.txt");
        Files.write(bom, TEXT.getBytes(StandardCharsets.UTF_16)); // big-endian with a BOM
        Path le = dir.resolve("le.jsonl");
        Files.write(le, "{\"headline\": \"Café in São Paulo\", \"body\": \"Owners met.\", \"url\": \"https://example.org/d\"}\n"
                .getBytes(StandardCharsets.UTF_16LE));
        for (Path p : new Path[] {bom, le}) {
            var o = convert(p);
            assertThat(o.run().exit()).as(p + o.run().stderr()).isZero();
            assertThat(o.run().stderr()).doesNotContain("warning: not UTF-8");
            assertThat(o.stdout()).contains("São Paulo").doesNotContain("\uFFFD");
        }
    }

    @Test
    void utf8WithAByteOrderMarkIsPlainUtf8(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("bom8.txt");
        Files.write(in, ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8));
        var o = convert(in);
        assertThat(o.run().exit()).isZero();
        assertThat(o.run().stderr()).doesNotContain("warning: not UTF-8");
        assertThat(o.stdout()).contains("\"Café Owners in São Paulo");
    }

    @Test
    void randomBytesAreRefusedWithALocatedError(@TempDir Path dir) throws Exception {
        byte[] noise = new byte[100_000];
        new Random(13).nextBytes(noise);
        Path in = Files.write(dir.resolve("noise.txt"), noise);
        var o = convert(in);
        assertThat(o.run().exit()).as(o.run().stderr()).isEqualTo(4);
        assertThat(o.run().stderr()).contains("noise.txt: error: ").contains("0 articles, 1 failed");
        assertThat(o.stdout()).doesNotContain("NewsArticle");
    }
}
