package org.newsgraph.read.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Agent;
import org.newsgraph.model.Article;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadListener;

class FeedArticleReaderTest {

    static final class Found implements ReadListener {
        final List<Article> articles = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        @Override public void article(Article a) { articles.add(a); }

        @Override public void problem(Problem p) { problems.add(p.toString()); }
    }

    static Found read(String name, String xml) throws IOException {
        Found f = new Found();
        new FeedArticleReader().read(InputSource.ofBytes(name, xml.getBytes(StandardCharsets.UTF_8)), f);
        return f;
    }

    private static final String RSS2 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Valley Courier</title><link>https://valleycourier.example/</link><description>News</description>
                <item>
                  <title>Bridge Closes for Repairs</title>
                  <link>https://valleycourier.example/2025/03/bridge-closes</link>
                  <pubDate>Wed, 05 Mar 2025 09:00:00 -0500</pubDate>
                  <dc:creator>Ana Ruiz</dc:creator>
                  <description>&lt;p&gt;The old bridge closes for six weeks.&lt;/p&gt;</description>
                </item>
                <item>
                  <title>School Board Approves Budget</title>
                  <link>https://valleycourier.example/2025/03/school-budget</link>
                  <pubDate>Tue, 04 Mar 2025 18:00:00 -0500</pubDate>
                  <dc:creator>Li Wei</dc:creator>
                  <description>The board voted 5 to 2.</description>
                </item>
              </channel>
            </rss>
            """;

    @Test
    void rss2FeedWithTwoItemsGivesTwoArticlesWithDcCreatorAsAuthor() throws IOException {
        Found f = read("valley.rss", RSS2);
        assertThat(f.problems).isEmpty();
        assertThat(f.articles).hasSize(2);
        assertThat(f.articles).extracting(a -> a.authors()).containsExactly(
                List.of(Agent.person("Ana Ruiz")), List.of(Agent.person("Li Wei")));
        Article first = f.articles.get(0);
        assertThat(first.headline()).isEqualTo("Bridge Closes for Repairs");
        assertThat(first.url()).isEqualTo("https://valleycourier.example/2025/03/bridge-closes");
        assertThat(first.datePublished()).as("the feed's offset is kept").isEqualTo(OffsetDateTime.parse("2025-03-05T09:00:00-05:00"));
        assertThat(first.body()).isEqualTo("The old bridge closes for six weeks.");
        assertThat(first.source()).isEqualTo("valley.rss#item=1");
        assertThat(f.articles.get(1).source()).isEqualTo("valley.rss#item=2");
    }

    @Test
    void rssAuthorAsAddressAndNameGivesTheName() throws IOException {
        Found f = read("a.rss", """
                <rss version="2.0"><channel><title>T</title><link>https://t.example/</link><description>d</description>
                <item><title>One</title><link>https://t.example/1</link><author>desk@t.example (Joan Park)</author>
                <pubDate>Wed, 05 Mar 2025 09:00:00 GMT</pubDate></item>
                </channel></rss>
                """);
        assertThat(f.articles).singleElement().extracting(Article::authors).isEqualTo(List.of(Agent.person("Joan Park")));
    }

    @Test
    void rss1RdfItemsAreReadWithDcDate() throws IOException {
        Found f = read("rdf.xml", """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://t.example/"><title>T</title><link>https://t.example/</link><description>d</description></channel>
                  <item rdf:about="https://t.example/1"><title>Harbour Dredging Starts</title><link>https://t.example/1</link>
                    <dc:date>2025-02-01T10:00:00+01:00</dc:date><dc:creator>Per Olsen</dc:creator>
                    <description>Dredgers arrived on Monday.</description></item>
                </rdf:RDF>
                """);
        assertThat(f.problems).isEmpty();
        Article a = f.articles.get(0);
        assertThat(a.headline()).isEqualTo("Harbour Dredging Starts");
        assertThat(a.datePublished()).isEqualTo(OffsetDateTime.parse("2025-02-01T10:00:00+01:00"));
        assertThat(a.authors()).containsExactly(Agent.person("Per Olsen"));
    }

    @Test
    void mediaRssGivesTheImageWithItsCaptionAndCredit() throws IOException {
        Found f = read("media.rss", """
                <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title><link>https://t.example/</link><description>d</description>
                <item><title>Dam Opens Spillways</title><link>https://t.example/1</link><pubDate>Wed, 05 Mar 2025 09:00:00 GMT</pubDate>
                  <media:content url="https://t.example/video.mp4" medium="video"/>
                  <media:content url="https://t.example/dam.jpg" medium="image" width="1200">
                    <media:description type="plain">Water rushes through the spillways on Tuesday.</media:description>
                    <media:credit scheme="urn:ebu">Reuters / Kim Lund</media:credit>
                  </media:content></item>
                <item><title>Thumbnail Only</title><link>https://t.example/2</link><pubDate>Wed, 05 Mar 2025 10:00:00 GMT</pubDate>
                  <media:thumbnail url="https://t.example/thumb.jpg" width="240"/></item>
                </channel></rss>
                """);
        assertThat(f.problems).isEmpty();
        assertThat(f.articles.get(0).image()).isEqualTo(new org.newsgraph.model.ImageInfo("https://t.example/dam.jpg",
                "Water rushes through the spillways on Tuesday.", "Reuters / Kim Lund"));
        assertThat(f.articles.get(1).image()).isEqualTo(new org.newsgraph.model.ImageInfo("https://t.example/thumb.jpg", null, null));
    }

    @Test
    void anEmptyItemIsALocatedErrorAndCostsOnlyItself() throws IOException {
        Found f = read("feed.rss", """
                <rss version="2.0"><channel><title>T</title><link>https://t.example/</link><description>d</description>
                <item><title>Good One</title><link>https://t.example/1</link><pubDate>Wed, 05 Mar 2025 09:00:00 GMT</pubDate></item>
                <item><guid isPermaLink="false">x-2</guid></item>
                <item><title>Good Three</title><description>Text only.</description></item>
                </channel></rss>
                """);
        assertThat(f.articles).extracting(Article::headline).containsExactly("Good One", "Good Three");
        assertThat(f.problems).containsExactly(
                "feed.rss#item=2: error: item has no title, link or text: not an article",
                "feed.rss#item=3: warning: url: item has no link: the article IRI is a hash of its text",
                "feed.rss#item=3: warning: datePublished: item has no date");
    }

    @Test
    void malformedXmlIsOneErrorWithLineAndColumn() throws IOException {
        Found f = read("broken.rss", "<rss version=\"2.0\"><channel>\n<title>T</title>\n<item><title>A</item>\n</channel></rss>\n");
        assertThat(f.articles).isEmpty();
        assertThat(f.problems).singleElement().asString().matches("broken\\.rss:3:\\d+: error: malformed XML: .*");
    }

    @Test
    void xmlThatIsNoFeedIsAnError() throws IOException {
        Found f = read("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://t.example/</loc></url></urlset>");
        assertThat(f.articles).isEmpty();
        assertThat(f.problems).singleElement().asString().startsWith("sitemap.xml: error: not an RSS or Atom feed (document element <urlset>)");
    }

    @Test
    void anExternalEntityIsNeverFetched() throws IOException {
        Found f = read("xxe.rss", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>T</title><link>https://t.example/</link><description>d</description>
                <item><title>Story &x;</title><link>https://t.example/1</link><pubDate>Wed, 05 Mar 2025 09:00:00 GMT</pubDate></item>
                </channel></rss>
                """);
        assertThat(f.articles).singleElement().extracting(Article::headline).asString().doesNotContain("root:");
    }

    @Test
    void sniffTakesRssAtomAndRdfDocumentElements() {
        FeedArticleReader r = new FeedArticleReader();
        assertThat(r.sniff(bytes("<?xml version=\"1.0\"?>\n<!-- hi -->\n<rss version=\"2.0\">"), "x")).isTrue();
        assertThat(r.sniff(bytes("\uFEFF<feed xmlns=\"http://www.w3.org/2005/Atom\">"), "x")).isTrue();
        assertThat(r.sniff(bytes("<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF [<!ENTITY a \"b\">]><rdf:RDF xmlns:rdf=\"…\">"), "x")).isTrue();
        assertThat(r.sniff(bytes("<?xml version=\"1.0\"?><urlset>"), "x")).isFalse();
        assertThat(r.sniff(bytes("<!DOCTYPE html><html><body><rss>"), "x")).isFalse();
        assertThat(r.sniff(bytes("rss feed"), "x")).isFalse();
    }

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }
}
