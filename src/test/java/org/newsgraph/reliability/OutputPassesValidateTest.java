package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What convert writes passes validate: bad values are left out (or cleaned) with a located warning. */
class OutputPassesValidateTest {
    @Test
    void badValuesAreLeftOutWithAWarningAndTheOutputValidates(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("bad.jsonl"), String.join("\n",
                "{\"url\": \"http://[::1\", \"headline\": \"Bad IRI\", \"body\": \"Body one.\"}",
                "{\"url\": \"https://example.org/far\", \"headline\": \"Far future\", \"datePublished\": \"+999999999-12-31\", \"body\": \"Body two.\"}",
                "{\"url\": \"https://example.org/nonchar\", \"headline\": \"Non\\uFFFEcharacters\\uFFFF here\\u0007\", \"body\": \"Body \\uFFFF three.\"}",
                "{\"url\": \"https://example.org/img\", \"headline\": \"Image\", \"body\": \"Body five.\", \"image\": \"https://exa mple.org/[x].jpg\"}",
                ""));
        Path out = dir.resolve("out.nq");
        var o = ArticleLimitsTest.convert("convert", "--no-nlp", "-o", out.toString(), in.toString());
        assertThat(o.run().exit()).as(o.run().stderr()).isZero();
        assertThat(o.run().stderr()).contains("bad.jsonl:1: warning: ").contains("bad.jsonl:2: warning: ")
                .contains("bad.jsonl:3: warning: headline: characters that are not allowed")
                .contains("bad.jsonl:3: warning: articleBody: characters");
        assertThat(o.run().stderr()).doesNotContain("warning: type:");
        String nq = Files.readString(out);
        assertThat(nq).contains("<http://schema.org/NewsArticle>").doesNotContain("\uFFFE").doesNotContain("\uFFFF").doesNotContain("+999999999").doesNotContain("[::1");
        var v = ArticleLimitsTest.convert("validate", out.toString());
        assertThat(v.run().exit()).as(v.run().stderr() + v.stdout()).isZero();
    }
}
