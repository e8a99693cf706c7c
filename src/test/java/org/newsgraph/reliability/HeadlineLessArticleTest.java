package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article without a headline (a page without a title, a wire item, a record with only a body) is legitimate input:
 * every reader converts it with exactly one located "no headline" warning, and what convert writes passes validate
 * (exit 0), which reports the missing headline as a SHACL warning.
 */
class HeadlineLessArticleTest {
    @Test
    void everyKindOfInputWithoutAHeadlineIsConvertedWithOneWarningAndValidates(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        // plain text: no headline and no url trailer
        Files.writeString(in.resolve("wire.txt"), "\n\nSeptember 14, 2024\n\nDock workers in Rotterdam stopped work on "
                + "Friday over a pay dispute, the union said.\n\nThe strike is expected to last two days.\n");
        // JSON Lines: one record with a body only, one with a body and a url
        Files.writeString(in.resolve("items.jsonl"), String.join("\n",
                "{\"body\": \"Ferry services to the islands resumed on Monday after the storm.\"}",
                "{\"url\": \"https://news.example.org/2024/bridge\", \"body\": \"The old bridge reopened to cyclists.\"}", ""));
        // RSS: an item with a description only (RSS 2.0 allows items without a title)
        Files.writeString(in.resolve("wire.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Wire</title><link>https://wire.example.org/</link>
                <description>Wire</description>
                <item><description>Grain prices rose for a third week as exports slowed.</description>
                <pubDate>Mon, 16 Sep 2024 08:00:00 GMT</pubDate></item>
                </channel></rss>
                """);
        // HTML: no <title>, no <h1>, no metadata
        Files.writeString(in.resolve("untitled.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
                + "<article><p>The city council approved the new tram line on Tuesday after a long debate about its "
                + "cost, which has risen by a third since the plan was first presented to residents.</p>"
                + "<p>Construction is to start next spring and last three years, the council said in a statement "
                + "published after the vote.</p></article></body></html>");

        Path out = dir.resolve("out.nq");
        var c = ArticleLimitsTest.convert("convert", "--no-nlp", "-o", out.toString(), in.toString());
        String err = c.run().stderr();
        assertThat(c.run().exit()).as(err).isZero();
        assertThat(err).contains("5 articles");
        // one located warning per article, naming the field
        for (String where : new String[] {"wire.txt:", "items.jsonl:1:", "items.jsonl:2:", "wire.rss#item=1:", "untitled.html:"}) {
            Matcher m = Pattern.compile(Pattern.quote(where) + "[^\\n]*warning: headline: ").matcher(err);
            int n = 0;
            while (m.find()) n++;
            assertThat(n).as(where + " in\n" + err).isEqualTo(1);
        }

        var v = ArticleLimitsTest.convert("validate", out.toString());
        assertThat(v.run().exit()).as(v.run().stderr()).isZero();
        assertThat(v.run().stderr()).contains("Warning").contains("schema:headline").contains("conforms: 0 violations");
    }
}
