package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.server.Fixtures.get;
import static org.newsgraph.server.Fixtures.postUpdate;
import static org.newsgraph.server.Fixtures.query;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.SDO;

/** A real Fuseki (port 0) over a real TDB2 store in a temporary directory, read-only. */
class NewsServerTest {
    static { JenaSystem.init(); }

    @TempDir static Path dir;
    static NewsStore store;
    static NewsServer server;

    static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX text: <http://jena.apache.org/text#>
            """;

    @BeforeAll
    static void loadAndServe() {
        StringWriter err = new StringWriter();
        int code = Fixtures.run(err, "load", Fixtures.articles().toString(), "--store", dir.toString(), "--threads", "1");
        assertThat(code).as(err.toString()).isZero();
        store = NewsStore.open(dir);
        server = NewsServer.create().store(store).port(0)
                .servlet("/hello/*", new HttpServlet() {
                    @Override protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                        resp.setContentType("text/plain");
                        resp.getWriter().print("hello " + req.getPathInfo());
                    }
                })
                .build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static List<String> column(HttpResponse<String> r, String var) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(r.body().getBytes()));
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(s -> out.add(s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.getResource(var).getURI()));
        return out;
    }

    @Test
    void sparqlQueryOverHttpReturnsTheLoadedArticles() throws Exception {
        var r = query(server.sparqlUrl(), PREFIXES + "SELECT ?h { GRAPH ?g { ?a a schema:NewsArticle ; schema:headline ?h } } ORDER BY ?h");
        assertThat(column(r, "h")).containsExactly("ECB keeps rates unchanged", "Floods in Valencia", "Record harvest in Castile");
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheArticleGraphs() throws Exception {
        var r = query(server.datasetUrl() + "/query", PREFIXES + "SELECT ?h { ?a schema:headline ?h } ORDER BY ?h");
        assertThat(column(r, "h")).hasSize(3).contains("Floods in Valencia");
    }

    @Test
    void graphStoreProtocolReadsOneArticleGraph() throws Exception {
        var q = query(server.sparqlUrl(), PREFIXES + "SELECT ?g { GRAPH ?g { ?a schema:headline \"Floods in Valencia\" } }");
        String graph = column(q, "g").get(0);
        var r = get(server.datasetUrl() + "/get?graph=" + java.net.URLEncoder.encode(graph, "UTF-8"), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(r.body())).lang(Lang.TURTLE).parse(g);
        assertThat(g.find(null, SDO.headline, null).toList()).hasSize(1);
        assertThat(g.find(null, SDO.headline, null).next().getObject().getLiteralLexicalForm()).isEqualTo("Floods in Valencia");
        assertThat(g.size()).isEqualTo(org.apache.jena.system.Txn.calculateRead(store.dataset(),
                () -> store.datasetGraph().getGraph(org.apache.jena.graph.NodeFactory.createURI(graph)).size()));
    }

    @Test
    void pingAnswers() throws Exception {
        var r = get(server.url() + "$/ping", null);
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void theUiAndTheServerDescriptionItReadsAreServed() throws Exception {
        var index = get(server.uiUrl(), "text/html");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("<div id=\"app\"");
        assertThat(server.uiUrl()).isEqualTo(server.url() + "ui/");
        var status = get(server.url() + "$/server", "application/json");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"/news\"").contains("\"query\"");
        assertThat(get(server.url() + "$/stats/news", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void thereIsNoDatasetAdministration() throws Exception {
        var create = Fixtures.HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "$/datasets?dbName=x&dbType=mem"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(create.statusCode()).isBetween(400, 499);
    }

    @Test
    void updatesAreRefusedWhenReadOnly() throws Exception {
        long before = store.size();
        String update = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 } }";
        assertThat(postUpdate(server.url() + "news/update", update, null, null).statusCode()).isBetween(400, 499);
        assertThat(postUpdate(server.datasetUrl(), update, null, null).statusCode()).isBetween(400, 499);
        var put = Fixtures.HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.datasetUrl() + "/data?default"))
                .header("Content-Type", "text/turtle").PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<a:s> <a:p> <a:o> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isBetween(400, 499);
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void fullTextSearchOverHttpFindsAnArticleByABodyWord() throws Exception {
        var r = query(server.sparqlUrl(), PREFIXES + """
                SELECT ?h { ?a text:query "orchards" . GRAPH ?g { ?a schema:headline ?h } }""");
        assertThat(column(r, "h")).containsExactly("Floods in Valencia");
    }

    @Test
    void articleIndexFunctionsWorkOverHttp() throws Exception {
        // ngf:articles answers in the server's own dataset (the index is found in its context): newest first.
        var r = query(server.sparqlUrl(), PREFIXES + """
                PREFIX ngf: <https://w3id.org/newsgraph/fn#>
                SELECT ?day ?h { (?a ?day) ngf:articles (?anyEntity ?anyPublisher ?s ?u "newest") GRAPH ?a { ?a schema:headline ?h } }""");
        List<String> days = column(r, "day");
        assertThat(days).hasSize(3);
        assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void extraServletsAreMounted() throws Exception {
        var r = get(server.url() + "hello/world", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("hello /world");
    }
}
