package org.newsgraph.read.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Conversion;
import org.newsgraph.pipeline.ConversionReport;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadListener;
import org.newsgraph.sink.StreamSink;

class WarcArticleReaderTest {
    static final String STORY = "https://news.example.org/2025/06/10/river-floods-old-town";

    /** What one read found. */
    static final class Found implements ReadListener {
        final List<Article> articles = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final Map<String, Integer> skipped = new TreeMap<>();

        @Override public void article(Article a) { articles.add(a); }

        @Override public void problem(Problem p) { problems.add(p.toString()); }

        @Override public void skipped(String source, String kind) { skipped.merge(kind, 1, Integer::sum); }
    }

    static Found read(Path warc) throws IOException {
        Found f = new Found();
        new WarcArticleReader().read(InputSource.of(warc), f);
        return f;
    }

    /** The acceptance case: one HTML 200 response, an image, a request record and a 404, gzipped per record. */
    static long[] crawl(Path file, boolean gzip) throws IOException {
        try (WarcFixture w = new WarcFixture(file, gzip)) {
            long req = w.request(STORY);
            long page = w.html(STORY, 200, WarcFixture.page("River Floods Old Town",
                    "The river rose two metres overnight and flooded the old town, the mayor said.",
                    "Emergency crews evacuated 300 residents."));
            long image = w.response("https://news.example.org/img/flood.jpg", 200, "image/jpeg",
                    new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'});
            long missing = w.html("https://news.example.org/2025/06/10/gone", 404, WarcFixture.page("Not found", "Page not found."));
            return new long[] {req, page, image, missing};
        }
    }

    @Test
    void gzippedWarcGivesExactlyTheHtml200ResponseWithItsTargetUriAndSkipsTheRest(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("crawl.warc.gz");
        long[] at = crawl(file, true);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0] & 0xff).as("gzip magic").isEqualTo(0x1f);

        Found f = read(file);

        assertThat(f.problems).isEmpty();
        assertThat(f.articles).hasSize(1);
        Article a = f.articles.get(0);
        assertThat(a.url()).isEqualTo(STORY);
        assertThat(a.headline()).isEqualTo("River Floods Old Town");
        assertThat(a.body()).contains("The river rose two metres overnight");
        assertThat(a.datePublished()).as("the record's date when the page has none")
                .isEqualTo(OffsetDateTime.parse("2025-06-10T08:30:00Z"));
        assertThat(a.source()).isEqualTo(file + "#offset=" + at[1]);
        assertThat(at[1]).as("a compressed offset, past the first gzip member").isGreaterThan(0);
        assertThat(f.skipped).containsExactlyInAnyOrderEntriesOf(Map.of("request record", 1, "not HTML", 1, "HTTP 404", 1));
    }

    @Test
    void uncompressedWarcReadsTheSameWithUncompressedOffsets(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("crawl.warc");
        long[] at = crawl(file, false);
        assertThat(new String(Files.readAllBytes(file), 0, 8, StandardCharsets.US_ASCII)).startsWith("WARC/1.");
        Found f = read(file);
        assertThat(f.articles).extracting(Article::url).containsExactly(STORY);
        assertThat(f.articles.get(0).source()).isEqualTo(file + "#offset=" + at[1]);
        assertThat(f.skipped).hasSize(3);
    }

    @Test
    void redirectsAndOtherRecordTypesAreSkippedByKindNotReportedAsProblems(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("more.warc.gz");
        try (WarcFixture w = new WarcFixture(file, true)) {
            w.response("http://news.example.org/story", 301, "text/html", new byte[0], "Location: " + STORY);
            w.response("https://news.example.org/feed.json", 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
            w.html(STORY, 500, WarcFixture.page("Error", "Server error."));
            w.html(STORY, 200, WarcFixture.page("River Floods Old Town", "Text."));
        }
        Found f = read(file);
        assertThat(f.problems).isEmpty();
        assertThat(f.articles).hasSize(1);
        assertThat(f.skipped).containsExactlyInAnyOrderEntriesOf(Map.of("redirect", 1, "not HTML", 1, "HTTP 500", 1));
    }

    @Test
    void theRunSummaryCountsSkippedRecordsAndTheyAreNotFailures(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("crawl.warc.gz");
        crawl(file, true);
        List<String> problems = new ArrayList<>();
        ConversionReport r = Conversion.create().mapper(ArticleMapper.create().build())
                .sink(new StreamSink(org.apache.jena.riot.system.StreamRDFLib.sinkNull()))
                .onProblem(p -> problems.add(p.toString())).run(List.of(InputSource.of(file)));
        assertThat(problems).isEmpty();
        assertThat(r.allSucceeded()).isTrue();
        assertThat(r.summary()).isEqualTo("1 article, 0 failed, 0 warnings, 3 records skipped (1 HTTP 404, 1 not HTML, 1 request record)");
    }

    @Test
    void aBadHttpMessageCostsOnlyItsRecordAndIsLocatedByOffset(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("bad.warc.gz");
        long bad;
        try (WarcFixture w = new WarcFixture(file, true)) {
            w.html("https://news.example.org/a", 200, WarcFixture.page("First Story", "One."));
            bad = w.response("https://news.example.org/b", 200, "text/html", "not gzip at all".getBytes(StandardCharsets.US_ASCII),
                    "Content-Encoding: gzip");
            w.html("https://news.example.org/c", 200, WarcFixture.page("Third Story", "Three."));
        }
        Found f = read(file);
        assertThat(f.articles).extracting(Article::headline).containsExactly("First Story", "Third Story");
        assertThat(f.problems).singleElement().asString()
                .startsWith(file + "#offset=" + bad + ": error: cannot read record: ");
    }

    @Test
    void aBrokenWarcHeaderEndsTheFileButKeepsTheRecordsBeforeIt(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("broken.warc");
        long garbage;
        try (WarcFixture w = new WarcFixture(file, false)) {
            w.html("https://news.example.org/a", 200, WarcFixture.page("First Story", "One."));
            garbage = w.raw("this is not a WARC record at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        Found f = read(file);
        assertThat(f.articles).extracting(Article::headline).containsExactly("First Story");
        assertThat(f.problems).singleElement().asString()
                .startsWith(file + "#offset=").contains(": error: cannot read WARC record, the rest of the file is skipped");
        assertThat(garbage).isGreaterThan(0);
    }

    @Test
    void sniffRecognisesWarcMagicOnly() {
        WarcArticleReader r = new WarcArticleReader();
        assertThat(r.sniff("WARC/1.0\r\nWARC-Type: warcinfo\r\n".getBytes(StandardCharsets.US_ASCII), "x")).isTrue();
        assertThat(r.sniff("WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII), "x")).isTrue();
        assertThat(r.sniff("WARC/2.0\r\n".getBytes(StandardCharsets.US_ASCII), "x")).isFalse();
        assertThat(r.sniff("<html>WARC/1.0".getBytes(StandardCharsets.US_ASCII), "x")).isFalse();
        assertThat(r.sniff(new byte[0], "x")).isFalse();
    }
}
