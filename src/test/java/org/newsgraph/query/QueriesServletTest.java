package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;

/** The saved-query servlet in a real embedded Fuseki (port 0) over a real TDB2 store holding the fixture. */
class QueriesServletTest {
    static { JenaSystem.init(); }

    private static final String XI = "https://w3id.org/newsgraph/id/person/xi-jinping";
    private static final String PESKOV = "https://w3id.org/newsgraph/id/person/dmitry-peskov";
    private static final String A6 = "https://w3id.org/newsgraph/id/article/c2d8f4a6b1e09357";

    @TempDir static Path storeDir;
    static NewsStore store;
    static FusekiServer server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = NewsStore.open(storeDir);
        QueryFixture.load(store);
        server = FusekiServer.create().port(0).loopback(true).add("/news", store.dataset())
                .addServlet("/queries/*", new QueriesServlet(SavedQueryCatalog.fromDirectory(Path.of("queries")), store.dataset()))
                .build().start();
        base = "http://127.0.0.1:" + server.getPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void catalogueIsJsonWithEveryQueryAndItsParameters() throws Exception {
        HttpResponse<String> r = get("/queries", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertThat(json.get("queries")).hasSize(SavedQueryCatalog.fromDirectory(Path.of("queries")).all().size());
        JsonNode quotes = null;
        for (JsonNode q : json.get("queries")) if (q.get("name").asText().equals("quotes-by-person")) quotes = q;
        assertThat(quotes).isNotNull();
        assertThat(quotes.get("href").asText()).isEqualTo("/queries/quotes-by-person");
        assertThat(quotes.get("params").get(0).get("name").asText()).isEqualTo("person");
        assertThat(quotes.get("params").get(0).get("type").asText()).isEqualTo("iri");
        assertThat(quotes.get("params").get(0).get("required").asBoolean()).isTrue();
    }

    @Test
    void catalogueIsAnHtmlPageForBrowsers() throws Exception {
        HttpResponse<String> r = get("/queries/", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.headers().firstValue("Vary").orElse("")).isEqualTo("Accept");
        assertThat(r.body()).contains("<a href=\"/queries/quotes-by-person\">Quotes by a person</a>")
                .contains("<form class=\"queryform\" method=\"get\" action=\"/queries/quotes-by-person\"")
                .contains("name=\"person\" type=\"url\"").contains("name=\"since\" type=\"date\"")
                .contains("name=\"min_articles\" type=\"number\" step=\"1\"");
    }

    @Test
    void catalogueHtmlEscapesHeaderText(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("evil.rq"), """
                #+ summary: <script>alert("x")</script> & more
                #+ description: a "quoted" <b>word</b>
                #+ tags:
                #+   - test
                SELECT * { ?s ?p ?_q_iri }
                """);
        String html = new org.newsgraph.web.QueryPages(org.newsgraph.web.WebSite.site(null), store.dataset())
                .catalogue(SavedQueryCatalog.fromDirectory(dir), "/queries/");
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>word")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more").contains("&lt;b&gt;word&lt;/b&gt;");
    }

    @Test
    void selectQueryAnswersInTheNegotiatedResultsFormat() throws Exception {
        String path = "/queries/quotes-by-person?person=" + enc(PESKOV);
        HttpResponse<String> json = get(path, "application/sparql-results+json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
        assertThat(json.headers().firstValue("Vary").orElse("")).isEqualTo("Accept");
        JsonNode bindings = new ObjectMapper().readTree(json.body()).get("results").get("bindings");
        assertThat(bindings).hasSize(2);
        assertThat(bindings.get(0).get("quote").get("value").asText()).isEqualTo("There are no such plans.");

        HttpResponse<String> csv = get(path, "text/csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(3).first().isEqualTo("day,quote,article,headline");

        HttpResponse<String> tsv = get(path, "text/tab-separated-values");
        assertThat(tsv.body()).startsWith("?day\t?quote");

        HttpResponse<String> xml = get(path, "application/sparql-results+xml");
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+xml");
        assertThat(xml.body()).contains("<sparql").contains("There are no such plans.");
    }

    @Test
    void constructQueryAnswersInTheNegotiatedRdfFormat() throws Exception {
        Graph want = RDFDataMgr.loadGraph(QueryFixture.EXPECTED.resolve("article-graph-a6.ttl").toString());
        String path = "/queries/article-graph?article=" + enc(A6);
        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES)) {
            HttpResponse<String> r = get(path, lang.getHeaderString());
            assertThat(r.statusCode()).as(lang.getName()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(lang.getHeaderString());
            Graph got = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).lang(lang).parse(got);
            assertThat(got.isIsomorphicWith(want)).as(lang.getName() + " isomorphic to the expected graph").isTrue();
        }
    }

    @Test
    void badParametersGive400WithAMessageAndRunNoQuery() throws Exception {
        long before = SavedQueryRunner.executions();
        HttpResponse<String> injection = get("/queries/quotes-by-person?person=" + enc("\"> } DROP ALL #"), "application/sparql-results+json");
        assertThat(injection.statusCode()).isEqualTo(400);
        assertThat(injection.body()).contains("parameter 'person'").contains("not an absolute IRI");

        HttpResponse<String> badDate = get("/queries/quotes-by-person?person=" + enc(XI) + "&since=" + enc("2023-02-30"), null);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("parameter 'since'");

        HttpResponse<String> missing = get("/queries/quotes-by-person", null);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("parameter 'person'").contains("required");

        HttpResponse<String> unknown = get("/queries/quotes-by-person?person=" + enc(XI) + "&persn=x", null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("parameter 'persn'").contains("unknown");

        HttpResponse<String> twice = get("/queries/quotes-by-person?person=" + enc(XI) + "&person=" + enc(PESKOV), null);
        assertThat(twice.statusCode()).isEqualTo(400);

        HttpResponse<String> notInt = get("/queries/people-most-mentioned?min_articles=" + enc("1) || true || (1"), null);
        assertThat(notInt.statusCode()).isEqualTo(400);
        assertThat(notInt.body()).contains("parameter 'min_articles'");

        assertThat(SavedQueryRunner.executions()).as("no query ran").isEqualTo(before);
        // The store is intact and the same request with a good value works.
        assertThat(get("/queries/quotes-by-person?person=" + enc(XI), null).statusCode()).isEqualTo(200);
        assertThat(SavedQueryRunner.executions()).isEqualTo(before + 1);
    }

    @Test
    void unknownQueryGives404() throws Exception {
        HttpResponse<String> r = get("/queries/no-such-query", null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("no-such-query");
    }

    @Test
    void paginatedQueryLinksTheNextPageOnlyWhenThereIsOne() throws Exception {
        HttpResponse<String> r = get("/queries/people-most-mentioned?since=2023-03-01", "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().lines().count()).as("fewer people than a page").isLessThan(26);
        assertThat(r.headers().firstValue("Link")).as("no next page").isEmpty();
    }

    @Test
    void fullTextSearchOverHttpFindsAnArticleByABodyWord() throws Exception {
        HttpResponse<String> r = get("/queries/search-articles?q=howitzers", "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("https://w3id.org/newsgraph/id/article/0b6f2e9d4c1a8735");
        HttpResponse<String> bad = get("/queries/search-articles?q=" + enc("\"unbalanced"), "text/csv");
        assertThat(bad.statusCode()).isEqualTo(400);
    }
}
