package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.ConvertCommandTest.Run;
import org.newsgraph.model.Article;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadListener;
import org.newsgraph.read.ReaderRegistry;

/** {@code convert --format jsonl}: the article records as JSON Lines that read back into the same articles. */
class ConvertJsonLinesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TEXT = """
            Tram Line to Tallinn Airport Reopens After Six-Month Upgrade

            2 April 2024

            A new low-floor tram at the Ülemiste stop. Tallinn City Government

            Tram line 4 between the city centre and Tallinn Airport reopened on Tuesday after a six-month upgrade, the city's transport company said.

            The line carries 12,000 passengers a day.

            Related article: Tallinn Orders 20 New Trams

            Original url:
            https://news.err.ee/1609301234/tram-line-to-tallinn-airport-reopens
            """;

    /** Every field the JSON reader knows, an organisation author, and a time with zero seconds and an offset. */
    private static final String JSONL = """
            {"url": "https://www.dw.com/en/rhine-low-water-barges/a-71234567", "headline": "Low Rhine Water Forces Barges to Sail Half Empty", "datePublished": "2025-08-12T07:45:00+02:00", "dateModified": "2025-08-13", "authors": [{"name": "Katrin Vogel", "url": "https://www.dw.com/en/katrin-vogel/person-12345"}, {"name": "dpa", "@type": "Organization"}], "publisher": {"name": "Deutsche Welle", "url": "https://www.dw.com/"}, "description": "Barges carry a third of their load.", "body": "First paragraph.\\n\\nSecond paragraph.", "image": {"url": "https://static.dw.com/image/rhine-kaub.jpg", "caption": "The Rhine at Kaub", "credit": "dpa / Thomas Frey"}, "language": "de", "keywords": ["Rhine", "drought"], "section": "Business", "related": [{"headline": "Germany Plans to Deepen Middle Rhine Channel", "url": "https://www.dw.com/en/middle-rhine-deepening/a-69876543"}, {"url": "https://www.dw.com/en/other/a-1"}]}
            {"headline": "A record with only a headline and a local time", "datePublished": "2024-06-24 18:20:00"}
            """;

    @Test
    void jsonLinesOutputReadsBackIntoTheSameArticlesAndTheSameGraph(@TempDir Path tmp) throws IOException {
        Path txt = Files.writeString(tmp.resolve("tram.txt"), TEXT);
        Path jsonl = Files.writeString(tmp.resolve("rhine.jsonl"), JSONL);

        Run run = ConvertCommandTest.run("convert", txt.toString(), jsonl.toString(), "--format", "jsonl", "--threads", "2");
        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.errLines()).last().isEqualTo("3 articles, 0 failed, 0 warnings");

        List<String> lines = run.stdout().lines().toList();
        assertThat(lines).hasSize(3);
        for (String line : lines) assertThat(JSON.readTree(line).isObject()).isTrue();
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.path("source").asText()).isEqualTo(txt.toString());
        assertThat(JSON.readTree(lines.get(1)).path("source").asText()).isEqualTo(jsonl + ":1");
        assertThat(JSON.readTree(lines.get(1)).path("datePublished").asText()).isEqualTo("2025-08-12T07:45:00+02:00");
        assertThat(first.path("body").asText()).isEqualTo("Tram line 4 between the city centre and Tallinn Airport reopened "
                + "on Tuesday after a six-month upgrade, the city's transport company said.\n\nThe line carries 12,000 passengers a day.");

        Path out = Files.writeString(tmp.resolve("out.jsonl"), run.stdout());
        assertThat(articles(out)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("source")
                .containsExactlyElementsOf(articles(txt, jsonl));

        Run viaJsonl = ConvertCommandTest.run("convert", out.toString(), "--no-nlp", "--format", "nquads");
        Run direct = ConvertCommandTest.run("convert", txt.toString(), jsonl.toString(), "--no-nlp", "--format", "nquads");
        assertThat(viaJsonl.exit()).as(viaJsonl.stderr()).isZero();
        assertThat(viaJsonl.errLines()).as("the source field is not an unknown field").containsExactly("3 articles, 0 failed, 0 warnings");
        assertThat(IsoMatcher.isomorphic(nquads(viaJsonl.stdout()), nquads(direct.stdout()))).isTrue();
    }

    /** A page whose JSON-LD has what only HTML gives: an alternative headline, several images, a publisher logo. */
    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Night Trains Return to the Alps | Alpine Post</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "NewsArticle",
             "headline": "Night Trains Return to the Alps",
             "alternativeHeadline": "Sleeper services link Zurich and Vienna again",
             "datePublished": "2025-01-15T06:00:00+01:00",
             "author": {"@type": "Person", "name": "Greta Imhof"},
             "publisher": {"@type": "Organization", "name": "Alpine Post", "url": "https://alpinepost.example/",
                           "logo": {"@type": "ImageObject", "url": "https://alpinepost.example/logo.png"}},
             "image": [{"@type": "ImageObject", "url": "https://alpinepost.example/img/train.jpg", "caption": "The first night train"},
                       {"@type": "ImageObject", "url": "https://alpinepost.example/img/cabin.jpg", "caption": "A sleeper cabin"}],
             "mainEntityOfPage": "https://alpinepost.example/2025/01/night-trains"}
            </script></head>
            <body><article><h1>Night Trains Return to the Alps</h1>
            <p>Night trains between Zurich and Vienna run again from Sunday, the railways said on Wednesday.</p>
            <p>The service had stopped in 2020.</p></article></body></html>
            """;

    @Test
    void whatAnHtmlPageGivesRoundTripsToo(@TempDir Path tmp) throws IOException {
        Path html = Files.writeString(tmp.resolve("night-trains.html"), HTML);
        Run run = ConvertCommandTest.run("convert", html.toString(), "--format", "jsonl");
        assertThat(run.exit()).as(run.stderr()).isZero();
        JsonNode rec = JSON.readTree(run.stdout().strip());
        assertThat(rec.path("alternativeHeadline").asText()).isEqualTo("Sleeper services link Zurich and Vienna again");
        assertThat(rec.path("image").isArray()).isTrue();
        assertThat(rec.path("image").get(0).path("url").asText()).isEqualTo("https://alpinepost.example/img/train.jpg");
        assertThat(rec.path("publisher").path("logo").asText()).isEqualTo("https://alpinepost.example/logo.png");

        Path out = Files.writeString(tmp.resolve("out.jsonl"), run.stdout());
        assertThat(articles(out)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("source")
                .containsExactlyElementsOf(articles(html));
        Run viaJsonl = ConvertCommandTest.run("convert", out.toString(), "--no-nlp", "--format", "nquads");
        Run direct = ConvertCommandTest.run("convert", html.toString(), "--no-nlp", "--format", "nquads");
        assertThat(viaJsonl.errLines()).containsExactly("1 article, 0 failed, 0 warnings");
        assertThat(IsoMatcher.isomorphic(nquads(viaJsonl.stdout()), nquads(direct.stdout()))).isTrue();
    }

    @Test
    void outputFileNamedJsonlSelectsTheFormatAndBadRecordsCostOnlyThemselves(@TempDir Path tmp) throws IOException {
        Path in = Files.writeString(tmp.resolve("mixed.jsonl"), """
                {"headline": "Good one", "body": "Text."}
                {"headline": "broken" "body": "x"}
                {"headline": "Good two", "body": "More text."}
                """);
        Path out = tmp.resolve("clean.jsonl");
        Run run = ConvertCommandTest.run("convert", in.toString(), "-o", out.toString());
        assertThat(run.exit()).isEqualTo(Main.EXIT_SOME_FAILED);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith(in + ":2:").contains("error: malformed JSON");
        assertThat(run.errLines().get(1)).isEqualTo("2 articles, 1 failed, 0 warnings");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(1)).path("headline").asText()).isEqualTo("Good two");
        assertThat(JSON.readTree(lines.get(1)).path("source").asText()).isEqualTo(in + ":3");
    }

    static List<Article> articles(Path... files) throws IOException {
        List<Article> out = new ArrayList<>();
        ReadListener l = new ReadListener() {
            @Override public void article(Article a) { out.add(a); }

            @Override public void problem(Problem p) { throw new AssertionError(p.toString()); }
        };
        ReaderRegistry readers = ReaderRegistry.standard();
        for (Path f : files) {
            ReaderRegistry.Selection s = readers.select(InputSource.of(f));
            s.reader().read(s.input(), l);
        }
        return out;
    }

    private static DatasetGraph nquads(String s) {
        return RDFParser.source(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8))).lang(Lang.NQUADS).toDatasetGraph();
    }
}
