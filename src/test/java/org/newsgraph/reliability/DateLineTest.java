package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A date line that cannot be read is named in a located warning, and the caption below it is still found. */
class DateLineTest {
    static String article(String dateLine) {
        return """
                Ferry Services Resume Between the Islands After Strike

                %s

                Passengers queue for the first ferry at the harbour. Reuters / Jane Doe

                Ferry services between the islands resumed on Monday after a three-day strike by crews ended with a pay deal.

                Original url:
                https://example.org/news/ferries-resume
                """.formatted(dateLine);
    }

    @Test
    void anInvalidOrRelativeDateIsNamedAndTheCaptionKept(@TempDir Path dir) throws Exception {
        for (String bad : new String[] {"2023-13-45", "yesterday", "45/13/2023", "3 hours ago"}) {
            Path in = Files.writeString(dir.resolve("ferry.txt"), article(bad));
            var o = ArticleLimitsTest.convert("convert", "--no-nlp", "-f", "nquads", in.toString());
            assertThat(o.run().exit()).as(o.run().stderr()).isZero();
            assertThat(o.run().stderr()).contains("ferry.txt:3: warning: datePublished: not a date in a known format: \"" + bad + "\"");
            assertThat(o.stdout()).as(bad).contains("<http://schema.org/creditText> \"Reuters / Jane Doe\"")
                    .contains("<http://schema.org/caption> \"Passengers queue for the first ferry at the harbour.\"")
                    .doesNotContain(bad + "\\n");
            assertThat(o.stdout()).contains("<http://schema.org/articleBody> \"Ferry services between");
        }
    }
}
