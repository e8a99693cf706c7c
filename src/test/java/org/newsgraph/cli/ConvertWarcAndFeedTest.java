package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.cli.ConvertCommandTest.Run;

/** {@code newsgraph convert} on a WARC and a feed, end to end: the summary counts skipped records; jsonl locates records. */
class ConvertWarcAndFeedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String WARC = "src/test/resources/golden/warc-crawl/crawl.warc.gz";
    static final String RSS = "src/test/resources/golden/feed-rss2/world.rss";

    @Test
    void warcToJsonLinesGivesTheHtml200PagesLocatedByRecordOffsetAndCountsTheRestAsSkipped() throws Exception {
        Run run = ConvertCommandTest.run("convert", WARC, "-f", "jsonl", "--threads", "1");
        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.errLines()).containsExactly(
                "2 articles, 0 failed, 0 warnings, 4 records skipped (1 HTTP 404, 1 not HTML, 1 redirect, 1 request record)");
        List<JsonNode> records = records(run.stdout());
        assertThat(records).extracting(r -> r.path("url").asText()).containsExactly(
                "https://www.valleycourier.example/news/2025/06/10/river-floods-old-town",
                "https://www.valleycourier.example/news/2025/06/09/cafe-reopens");
        assertThat(records).extracting(r -> r.path("source").asText()).allMatch(s -> s.matches(java.util.regex.Pattern.quote(WARC) + "#offset=\\d+"));
        assertThat(records.get(0).path("datePublished").asText()).isEqualTo("2025-06-10T08:30:00Z");
    }

    @Test
    void offsetsInAGzippedWarcAreTheCompressedOffsetsOfTheRecordsInTheFile() throws Exception {
        Run run = ConvertCommandTest.run("convert", WARC, "-f", "jsonl", "--threads", "1");
        byte[] file = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(WARC));
        for (JsonNode r : records(run.stdout())) {
            int offset = Integer.parseInt(r.path("source").asText().replaceAll(".*#offset=", ""));
            assertThat(offset).isGreaterThan(0);
            assertThat(file[offset] & 0xff).as("a gzip member starts at %d", offset).isEqualTo(0x1f);
            assertThat(file[offset + 1] & 0xff).isEqualTo(0x8b);
            // the member at that offset, un-gzipped alone, is the record with that target URI
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(file, offset, file.length - offset))) {
                String header = new String(in.readNBytes(600), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(header).startsWith("WARC/1.").contains("WARC-Target-URI: " + r.path("url").asText());
            }
        }
    }

    @Test
    void warcToRdfSaysTheSameSummaryAndExitsZero() {
        Run run = ConvertCommandTest.run("convert", WARC, "--no-nlp", "-f", "nquads");
        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.errLines()).last().asString().startsWith("2 articles, 0 failed, 0 warnings, 4 records skipped");
    }

    @Test
    void feedToJsonLinesLocatesEachItem() throws Exception {
        Run run = ConvertCommandTest.run("convert", RSS, "-f", "jsonl");
        assertThat(run.exit()).as(run.stderr()).isZero();
        List<JsonNode> records = records(run.stdout());
        assertThat(records).extracting(r -> r.path("source").asText()).containsExactly(RSS + "#item=1", RSS + "#item=2");
        assertThat(records.get(0).path("authors").get(0).path("name").asText()).isEqualTo("Maren Holt");
        assertThat(records.get(0).path("keywords")).hasSize(2);
    }

    private static List<JsonNode> records(String jsonl) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : jsonl.split("\n")) if (!line.isBlank()) out.add(JSON.readTree(line));
        return out;
    }
}
