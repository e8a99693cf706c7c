package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search-articles gives each article once, best match first, as documented. */
class SearchOrderTest {
    @Test
    void scoresAreInDescendingOrderAndArticlesDistinct(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String headline = (i % 3 == 0 ? "Flood " : "") + "Report number " + i + " from the valley";
            String body = ("The river rose again. ").repeat(1 + i % 4) + ("Flood warnings stayed in place. ").repeat(i % 5)
                    + "Officials counted the damage in village " + i + ".";
            sb.append("{\"url\": \"https://example.org/flood/").append(i).append("\", \"headline\": \"").append(headline)
              .append("\", \"body\": \"").append(body).append("\"}\n");
        }
        Path in = Files.writeString(dir.resolve("floods.jsonl"), sb.toString());
        String store = dir.resolve("s").toString();
        assertThat(Cli.inProcess(System.out, "load", "--no-nlp", "--store", store, in.toString()).exit()).isZero();
        var o = ArticleLimitsTest.convert("query", "search-articles", "-p", "q=flood", "--store", store, "-f", "tsv");
        assertThat(o.run().exit()).as(o.run().stderr()).isZero();
        List<String> rows = o.stdout().lines().skip(1).toList();
        assertThat(rows).hasSizeGreaterThan(5);
        List<Double> scores = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        for (String row : rows) {
            String[] cols = row.split("\t");
            articles.add(cols[0]);
            scores.add(Double.parseDouble(cols[1].replaceAll("^\"|\"(\\^\\^.*)?$", "")));
        }
        assertThat(articles).doesNotHaveDuplicates();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }
}
