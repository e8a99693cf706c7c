package org.newsgraph.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Agent;
import org.newsgraph.model.Article;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadListener;

/** One test per metadata source, and bad pages as located problems with nothing lost next to them. */
class HtmlReaderTest {
    private final List<Problem> problems = new ArrayList<>();

    private Optional<Article> read(String html) throws IOException {
        return read(html.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<Article> read(byte[] html) throws IOException {
        return HtmlArticleReader.create().readPage(new ByteArrayInputStream(html), null, "page.html",
                "https://news.example/a/1", null, new ReadListener() {
                    @Override public void article(Article a) {}

                    @Override public void problem(Problem p) { problems.add(p); }
                });
    }

    private static final String BODY = "<article><p>First paragraph of the story, long enough to be text, with a comma.</p>"
            + "<p>Second paragraph of the story, also long enough, and with a comma too.</p></article>";

    @Test
    void jsonLdInAGraphWithReferences() throws IOException {
        Article a = read("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\",\"@id\":\"#page\"},"
                + "{\"@type\":\"ReportageNewsArticle\",\"headline\":\"Flood &amp; fire\",\"alternativeHeadline\":\"Sub\","
                + "\"datePublished\":\"2024-05-02T08:30:00+02:00\",\"author\":[{\"@id\":\"#jane\"},{\"@type\":\"Organization\",\"name\":\"Desk\"}],"
                + "\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"Gazette\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"/logo.png\"}},"
                + "\"image\":[{\"@type\":\"ImageObject\",\"url\":\"https://img.example/1.jpg\",\"caption\":\"A flood\",\"creditText\":\"AP\"},\"https://img.example/2.jpg\"],"
                + "\"keywords\":\"floods, fires\",\"inLanguage\":\"en-GB\",\"mainEntityOfPage\":{\"@id\":\"https://news.example/flood\"}},"
                + "{\"@type\":\"Person\",\"@id\":\"#jane\",\"name\":\"Jane Roe\",\"url\":\"https://news.example/by/jane\"}]}"
                + "</script><meta property=\"og:title\" content=\"OG title\"></head><body>" + BODY + "</body></html>").orElseThrow();
        assertThat(a.headline()).isEqualTo("Flood & fire");
        assertThat(a.alternativeHeadline()).isEqualTo("Sub");
        assertThat(a.datePublished()).isEqualTo(OffsetDateTime.parse("2024-05-02T08:30:00+02:00"));
        assertThat(a.authors()).containsExactly(new Agent("Jane Roe", "https://news.example/by/jane", Agent.Kind.PERSON),
                new Agent("Desk", null, Agent.Kind.ORGANIZATION));
        assertThat(a.publisher()).isEqualTo(new Agent("Gazette", null, Agent.Kind.ORGANIZATION, "https://news.example/logo.png"));
        assertThat(a.images()).extracting(i -> i.url()).containsExactly("https://img.example/1.jpg", "https://img.example/2.jpg");
        assertThat(a.image().caption()).isEqualTo("A flood");
        assertThat(a.image().credit()).isEqualTo("AP");
        assertThat(a.keywords()).containsExactly("floods", "fires");
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.url()).isEqualTo("https://news.example/flood");
        assertThat(a.body()).startsWith("First paragraph").contains("\n\nSecond paragraph");
    }

    @Test
    void microdata() throws IOException {
        Article a = read("<html><body><div itemscope itemtype=\"http://schema.org/NewsArticle\">"
                + "<h1 itemprop=\"headline\">Micro headline</h1><time itemprop=\"datePublished\" datetime=\"2023-03-13\">13 March</time>"
                + "<span itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\"><span itemprop=\"name\">Ann Lee</span></span>"
                + "<div itemprop=\"articleBody\"><p>Body paragraph one that is long enough to count as article text.</p>"
                + "<p>Body paragraph two that is long enough to count as article text, too.</p></div></div></body></html>").orElseThrow();
        assertThat(a.headline()).isEqualTo("Micro headline");
        assertThat(a.datePublished()).isEqualTo(LocalDate.of(2023, 3, 13));
        assertThat(a.authors()).containsExactly(Agent.person("Ann Lee"));
        assertThat(a.body()).startsWith("Body paragraph one").doesNotContain("Micro headline", "Ann Lee");
    }

    @Test
    void rdfa() throws IOException {
        Article a = read("<html><body><div vocab=\"http://schema.org/\" typeof=\"Article\">"
                + "<h1 property=\"headline\">RDFa headline</h1><meta property=\"datePublished\" content=\"2022-01-05T10:00:00Z\">"
                + "<span property=\"author\" typeof=\"Person\"><span property=\"name\">Bo Chen</span></span>" + BODY + "</div></body></html>")
                .orElseThrow();
        assertThat(a.headline()).isEqualTo("RDFa headline");
        assertThat(a.datePublished()).isEqualTo(OffsetDateTime.parse("2022-01-05T10:00:00Z"));
        assertThat(a.authors()).containsExactly(Agent.person("Bo Chen"));
    }

    @Test
    void openGraphTwitterAndDublinCoreMetaTags() throws IOException {
        Article a = read("<html><head><meta property=\"og:title\" content=\"OG headline\">"
                + "<meta property=\"article:published_time\" content=\"2021-07-03T08:05:00-04:00\">"
                + "<meta property=\"og:site_name\" content=\"The Verge\"><meta name=\"author\" content=\"By Kim Park and Lee Ray\">"
                + "<meta property=\"og:image\" content=\"https://img.example/og.jpg\"><meta name=\"twitter:description\" content=\"Tw desc\">"
                + "<meta name=\"DC.language\" content=\"en\"><meta property=\"article:tag\" content=\"tech\"></head><body>" + BODY + "</body></html>")
                .orElseThrow();
        assertThat(a.headline()).isEqualTo("OG headline");
        assertThat(a.datePublished()).isEqualTo(OffsetDateTime.parse("2021-07-03T08:05:00-04:00"));
        assertThat(a.publisher().name()).isEqualTo("The Verge");
        assertThat(a.authors()).containsExactly(Agent.person("Kim Park"), Agent.person("Lee Ray"));
        assertThat(a.image().url()).isEqualTo("https://img.example/og.jpg");
        assertThat(a.description()).isEqualTo("Tw desc");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.keywords()).containsExactly("tech");
    }

    @Test
    void theDocumentItself() throws IOException {
        Article a = read("<html lang=\"de\"><head><title>Title tag</title><link rel=\"canonical\" href=\"/kanon\"></head><body>"
                + "<article><h1>H1 headline</h1><time datetime=\"2020-02-02\">2 Feb</time><p>Ein Absatz, der lang genug ist, um Text zu sein.</p></article></body></html>")
                .orElseThrow();
        assertThat(a.headline()).isEqualTo("H1 headline");
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.url()).isEqualTo("https://news.example/kanon");
        assertThat(a.datePublished()).isEqualTo(LocalDate.of(2020, 2, 2));
    }

    @Test
    void brokenJsonLdIsALocatedWarningAndTheOtherSourcesStillCount() throws IOException {
        Article a = read("<html><head>\n<meta property=\"og:title\" content=\"Still here\">\n"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"x\" \"oops\"}</script>\n"
                + "</head><body>" + BODY + "</body></html>").orElseThrow();
        assertThat(a.headline()).isEqualTo("Still here");
        assertThat(a.body()).startsWith("First paragraph");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("json-ld");
            assertThat(p.toString()).startsWith("page.html:3:").contains("broken JSON-LD");
        });
    }

    @Test
    void aTruncatedPageKeepsWhatItHasWithAWarning() throws IOException {
        Article a = read("<html><head><title>Cut short</title></head><body><article><p>The only paragraph that made it, "
                + "long enough to be text.</p><p>And half of the next").orElseThrow();
        assertThat(a.body()).contains("The only paragraph that made it").contains("And half of the next");
        assertThat(problems).anyMatch(p -> p.toString().contains("looks truncated"));
    }

    @Test
    void aPageWithNoBodyGivesTheMetadataArticleWithAWarning() throws IOException {
        Article a = read("<html><head><meta property=\"og:title\" content=\"Headline only\"></head></html>").orElseThrow();
        assertThat(a.headline()).isEqualTo("Headline only");
        assertThat(a.body()).isNull();
        assertThat(problems).anyMatch(p -> !p.isError() && p.toString().contains("no main text"));
    }

    @Test
    void aPageWithNothingIsAnErrorNotAnArticle() throws IOException {
        assertThat(read("<html><head></head><body></body></html>")).isEmpty();
        assertThat(problems).anyMatch(Problem::isError);
    }

    @Test
    void aTwentyMegabytePageIsReadUpToTheLimitWithAWarning() throws IOException {
        StringBuilder sb = new StringBuilder("<html><head><title>Huge page</title></head><body><article><p>The story starts here, "
                + "with a first paragraph long enough to be text.</p>");
        String filler = "<div class=\"comment\"><p>Comment number, filler text that goes on and on.</p></div>\n";
        while (sb.length() < 20 << 20) sb.append(filler);
        sb.append("</article></body></html>");
        Article a = read(sb.toString()).orElseThrow();
        assertThat(a.headline()).isEqualTo("Huge page");
        assertThat(a.body()).startsWith("The story starts here");
        assertThat(problems).anyMatch(p -> p.toString().contains("larger than 8 MB"));
    }

    @Test
    void fragmentTextKeepsParagraphsAndDropsScripts() {
        assertThat(HtmlArticleReader.fragmentText("<p>One <b>bold</b> line.</p><script>x()</script><p>Two</p>One<br><br>Three"))
                .isEqualTo("One bold line.\n\nTwo\n\nOne\n\nThree");
        assertThat(HtmlArticleReader.fragmentText("  ")).isEmpty();
    }
}
