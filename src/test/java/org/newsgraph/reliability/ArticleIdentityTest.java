package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;

/** Every article keeps its own graph: URLs without a host are not one IRI; a URL twice in one run is reported. */
class ArticleIdentityTest {
    static String record(String url, String headline) {
        return "{\"url\": \"" + url + "\", \"headline\": \"" + headline + "\", \"body\": \"Text of " + headline + ".\"}\n";
    }

    @Test
    void urlsWithoutAHostGiveOneGraphEach(@TempDir Path dir) throws Exception {
        String[] urls = {"javascript:void(0)", "javascript:alert(1)", "mailto:desk@example.org", "mailto:news@example.org",
                "data:text/plain,hello", "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < urls.length; i++) sb.append(record(urls[i], "Headline " + i));
        Path in = Files.writeString(dir.resolve("hostless.jsonl"), sb.toString());
        Path store = dir.resolve("s");
        var load = Cli.inProcess(System.out, "load", "--no-nlp", "--store", store.toString(), in.toString());
        assertThat(load.exit()).as(load.stderr()).isZero();
        assertThat(load.stderr()).contains("6 articles, 0 failed");
        try (NewsStore s = NewsStore.open(store)) {
            long graphs = Txn.calculateRead(s.datasetGraph(), () -> org.apache.jena.atlas.iterator.Iter.count(s.datasetGraph().listGraphNodes()));
            assertThat(graphs).isEqualTo(6);
        }
    }

    @Test
    void theSameUrlTwiceInOneRunIsReportedAndNotMerged(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("dup.jsonl"), record("https://example.org/a", "First")
                + record("https://www.example.org/a/", "Second") + record("https://example.org/b", "Third"));
        var o = ArticleLimitsTest.convert("convert", "--no-nlp", "-f", "nquads", in.toString());
        assertThat(o.run().exit()).as(o.run().stderr()).isEqualTo(4);
        assertThat(o.run().stderr()).contains("dup.jsonl:2: error: url: the same article as ").contains("dup.jsonl:1");
        assertThat(o.stdout()).contains("\"First\"").contains("\"Third\"").doesNotContain("\"Second\"");
    }
}
