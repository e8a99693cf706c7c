package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.SavedQueryCatalog;
import org.newsgraph.server.NewsServer;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.SDO;

/**
 * Dereferenceable IRIs on a real server (port 0) over a real TDB2 store holding the saved-query fixture: content
 * negotiation on article and entity IRIs, suffixes, Vary, 404, 406, and the HTML pages' content.
 */
class LinkedDataTest {
    static { JenaSystem.init(); }

    static final String ID = "https://w3id.org/newsgraph/id/";
    static final String A1 = ID + "article/ffb239e8a918e11d";
    static final String XI = ID + "person/xi-jinping";

    @TempDir static Path dir;
    static NewsStore store;
    static NewsServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = NewsStore.open(dir.resolve("store"));
        Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), "src/test/resources/queries/fixture.trig"));
        server = WebSite.mount(NewsServer.create().store(store).port(0), store.dataset(),
                SavedQueryCatalog.fromDirectory(Path.of("queries")), ID).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).GET();
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(lang).base(ID).parse(g);
        return g;
    }

    static Graph articleGraph() {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            org.apache.jena.graph.GraphUtil.addInto(g, store.datasetGraph().getGraph(NodeFactory.createURI(A1)));
            return g;
        });
    }

    @Test
    void anArticleIriAnswersItsGraphInEveryRdfFormatByAccept() throws Exception {
        Graph want = articleGraph();
        for (Lang lang : new Lang[] {Lang.TURTLE, Lang.NTRIPLES, Lang.RDFXML, Lang.JSONLD}) {
            HttpResponse<String> r = get("/id/article/ffb239e8a918e11d", lang.getHeaderString());
            assertThat(r.statusCode()).as(lang.getName()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(lang.getHeaderString());
            assertThat(r.headers().firstValue("Vary").orElse("")).isEqualTo("Accept");
            Graph got = parse(r.body(), lang);
            if (lang == Lang.JSONLD) // framed on the article: the article and what hangs off it
                assertThat(got.contains(NodeFactory.createURI(A1), SDO.headline, Node_headline())).isTrue();
            else
                assertThat(got.isIsomorphicWith(want)).as(lang.getName() + " is the article's named graph").isTrue();
        }
    }

    private static org.apache.jena.graph.Node Node_headline() {
        return NodeFactory.createLiteralString("China's Xi to Visit Russia 'as Soon as Next Week' – Reports");
    }

    @Test
    void suffixesChooseTheFormatWhateverTheAccept() throws Exception {
        HttpResponse<String> ttl = get("/id/article/ffb239e8a918e11d.ttl", "text/html");
        assertThat(ttl.statusCode()).isEqualTo(200);
        assertThat(ttl.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        assertThat(parse(ttl.body(), Lang.TURTLE).isIsomorphicWith(articleGraph())).isTrue();
        assertThat(ttl.body()).contains("PREFIX schema:");
        HttpResponse<String> jsonld = get("/id/person/xi-jinping.jsonld", null);
        assertThat(jsonld.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        assertThat(parse(jsonld.body(), Lang.JSONLD).contains(NodeFactory.createURI(XI), SDO.name, NodeFactory.createLiteralString("Xi Jinping"))).isTrue();
    }

    @Test
    void anEntityIriAnswersWhatAllArticlesSayAboutIt() throws Exception {
        HttpResponse<String> r = get("/id/person/xi-jinping", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Graph g = parse(r.body(), Lang.TURTLE);
        assertThat(g.contains(NodeFactory.createURI(XI), SDO.name, NodeFactory.createLiteralString("Xi Jinping"))).isTrue();
        assertThat(g.contains(NodeFactory.createURI(XI), org.apache.jena.vocabulary.OWL.sameAs.asNode(),
                NodeFactory.createURI("http://www.wikidata.org/entity/Q15031"))).isTrue();
        assertThat(g.contains(NodeFactory.createURI(XI), NodeFactory.createURI("http://schema.org/alternateName"),
                NodeFactory.createLiteralString("Xi"))).as("what any article graph says about it").isTrue();
    }

    @Test
    void browsersGetHtmlPages() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        HttpResponse<String> a = get("/id/article/ffb239e8a918e11d", browser);
        assertThat(a.statusCode()).isEqualTo(200);
        assertThat(a.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(a.headers().firstValue("Vary").orElse("")).isEqualTo("Accept");
        assertThat(a.body()).contains("<h1>China&#39;s Xi to Visit Russia &#39;as Soon as Next Week&#39; – Reports</h1>")
                .contains("href=\"/id/person/xi-jinping\"").contains("The Moscow Times")
                .contains("An announcement will be made in due course").contains("Chinese leader Xi Jinping.")
                .contains("TASS / kremlin.ru").contains("href=\"/id/article/ffb239e8a918e11d.ttl\"")
                .contains("href=\"/assets/newsgraph.css\"").doesNotContain("https://cdn");

        HttpResponse<String> e = get("/id/person/xi-jinping", browser);
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.body()).contains("<h1>Xi Jinping</h1>").contains("http://www.wikidata.org/entity/Q15031")
                .contains("https://en.wikipedia.org/wiki/Xi_Jinping")
                .contains("<svg class=\"mentions\"").contains("data-month=\"2023-03\" data-count=\"4\"")
                .contains("Putin and Xi Sign Statements").contains("President of China")
                .contains("China is ready to stand with Russia").contains("href=\"/id/person/vladimir-putin\"");
        // newest first
        assertThat(e.body().indexOf("Putin and Xi Sign Statements")).isLessThan(e.body().indexOf("China&#39;s Xi to Visit Russia"));

        HttpResponse<String> css = get("/assets/newsgraph.css", null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    }

    @Test
    void unknownIrisAre404AndUnofferedFormats406() throws Exception {
        assertThat(get("/id/person/nobody-at-all", "text/turtle").statusCode()).isEqualTo(404);
        HttpResponse<String> html = get("/id/person/nobody-at-all", "text/html");
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.body()).contains("Not found");
        assertThat(get("/id/article/ffb239e8a918e11d", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void theHomePageCountsAndListsWhatIsInTheStore() throws Exception {
        HttpResponse<String> r = get("/", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<strong>6</strong> articles").contains("Kremlin Says Putin Has No Plans to Call Scholz")
                .contains("Most mentioned people, March 2023").contains("href=\"/queries/\"")
                .contains("action=\"/queries/search-articles\"").contains("href=\"/ui/#/dataset/news/query\"");
        assertThat(r.body().indexOf("Kremlin Says Putin")).as("newest first").isLessThan(r.body().indexOf("Putin and Xi Sign"));
    }

    @Test
    void theFusekiUiHasItsOwnPathAndReachesTheServer() throws Exception {
        HttpResponse<String> ui = get("/ui/", "text/html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("Apache Jena Fuseki UI");
        HttpClient noFollow = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> r = noFollow.send(HttpRequest.newBuilder(URI.create(server.url() + "ui/$/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(307);
        assertThat(r.headers().firstValue("Location").orElse("")).isEqualTo("/$/ping");
    }

    @Test
    void anotherBaseIsServedAtItsOwnPath(@TempDir Path other) throws Exception {
        Path trig = other.resolve("a.trig");
        Files.writeString(trig, """
                PREFIX schema: <http://schema.org/>
                <https://news.example.org/id/article/1> {
                  <https://news.example.org/id/article/1> a schema:NewsArticle ; schema:headline "Harbour reopens" ;
                      schema:about <https://news.example.org/id/place/harbour> .
                  <https://news.example.org/id/place/harbour> a schema:Place ; schema:name "The Harbour" .
                }
                """);
        try (NewsStore s = NewsStore.open(other.resolve("store"))) {
            Txn.executeWrite(s.dataset(), () -> RDFDataMgr.read(s.dataset(), trig.toString()));
            NewsServer srv = WebSite.mount(NewsServer.create().store(s).port(0), s.dataset(),
                    SavedQueryCatalog.fromDirectory(Path.of("queries")), "https://news.example.org/id/").build().start();
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(srv.url() + "id/article/1"))
                        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).contains("Harbour reopens").contains("href=\"/id/place/harbour\"");
                HttpResponse<String> t = HTTP.send(HttpRequest.newBuilder(URI.create(srv.url() + "id/place/harbour"))
                        .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(t.statusCode()).isEqualTo(200);
                assertThat(t.body()).contains("The Harbour");
            } finally {
                srv.stop();
            }
        }
    }
}
