package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
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
 * The saved queries as a web API on a real server (port 0) over a real TDB2 store: the OpenAPI description read by
 * swagger-parser, formats by Accept and ?format=, 406, the Link to the next page only when there is one, the HTML
 * form and results table.
 */
class QueryApiTest {
    static { JenaSystem.init(); }

    static final String PESKOV = "https://w3id.org/newsgraph/id/person/dmitry-peskov";
    static final String A6 = "https://w3id.org/newsgraph/id/article/c2d8f4a6b1e09357";

    @TempDir static Path dir;
    static NewsStore store;
    static NewsServer server;
    static SavedQueryCatalog catalog;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = NewsStore.open(dir.resolve("store"));
        Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), "src/test/resources/queries/fixture.trig"));
        // The shipped queries plus one with small pages, so that the fixture spans several pages.
        Path queries = Files.createDirectories(dir.resolve("queries"));
        try (var files = Files.list(Path.of("queries"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".rq")).toList()) Files.copy(f, queries.resolve(f.getFileName()));
        }
        Files.writeString(queries.resolve("people-paged.rq"), """
                #+ summary: People, three at a time
                #+ pagination: 3
                PREFIX schema: <http://schema.org/>
                PREFIX ngf: <https://w3id.org/newsgraph/fn#>
                SELECT ?person ?name ?articles WHERE {
                  (?person ?articles ?name) ngf:entityCounts (schema:Person ?__since_xsd_date ?__until_xsd_date) .
                }
                """);
        catalog = SavedQueryCatalog.fromDirectory(queries);
        server = WebSite.mount(NewsServer.create().store(store).port(0), store.dataset(), catalog,
                "https://w3id.org/newsgraph/id/").build().start();
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

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void theOpenApiDescriptionIsValidAndTypesEveryParameter() throws Exception {
        HttpResponse<String> r = get("/queries/openapi.json", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body(), null, null);
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.");
        assertThat(api.getPaths()).hasSize(catalog.all().size()).containsKey("/queries/quotes-by-person");
        Operation op = api.getPaths().get("/queries/quotes-by-person").getGet();
        assertThat(op.getSummary()).isEqualTo("Quotes by a person");
        Parameter person = op.getParameters().stream().filter(p -> p.getName().equals("person")).findFirst().orElseThrow();
        assertThat(person.getRequired()).isTrue();
        assertThat(person.getIn()).isEqualTo("query");
        assertThat(person.getSchema().getFormat()).isEqualTo("uri");
        Parameter since = op.getParameters().stream().filter(p -> p.getName().equals("since")).findFirst().orElseThrow();
        assertThat(since.getRequired()).isFalse();
        assertThat(since.getSchema().getFormat()).isEqualTo("date");
        Parameter page = op.getParameters().stream().filter(p -> p.getName().equals("page")).findFirst().orElseThrow();
        assertThat(page.getSchema().getType()).isEqualTo("integer");
        Parameter min = api.getPaths().get("/queries/people-most-mentioned").getGet().getParameters().stream()
                .filter(p -> p.getName().equals("min_articles")).findFirst().orElseThrow();
        assertThat(min.getSchema().getType()).isEqualTo("integer");
        assertThat(min.getSchema().getDefault()).hasToString("1");
        Parameter fmt = api.getPaths().get("/queries/article-graph").getGet().getParameters().stream()
                .filter(p -> p.getName().equals("format")).findFirst().orElseThrow();
        assertThat(fmt.getSchema().getEnum()).asList().contains("turtle", "jsonld").doesNotContain("csv");
        assertThat(api.getServers().get(0).getUrl()).isEqualTo(server.url().substring(0, server.url().length() - 1));
    }

    @Test
    void aFormatTheQueryFormCannotGiveIs406() throws Exception {
        String select = "/queries/quotes-by-person?person=" + enc(PESKOV);
        assertThat(get(select + "&format=turtle", null).statusCode()).isEqualTo(406);
        assertThat(get(select, "text/turtle").statusCode()).isEqualTo(406);
        assertThat(get("/queries/article-graph?article=" + enc(A6) + "&format=csv", null).statusCode()).isEqualTo(406);
        assertThat(get("/queries/article-graph?article=" + enc(A6), "text/csv").statusCode()).isEqualTo(406);
        // the same requests in a format they can give
        assertThat(get(select + "&format=csv", "text/turtle").body()).startsWith("day,quote,article,headline");
        assertThat(get(select, "text/csv").statusCode()).isEqualTo(200);
    }

    @Test
    void formatParameterChoosesTheRdfFormat() throws Exception {
        HttpResponse<String> r = get("/queries/article-graph?article=" + enc(A6) + "&format=jsonld", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).lang(Lang.JSONLD).parse(g);
        assertThat(g.contains(NodeFactory.createURI(A6), SDO.headline, NodeFactory.createLiteralString("Kremlin Says Putin Has No Plans to Call Scholz"))).isTrue();
    }

    @Test
    void theNextPageIsLinkedOnlyWhenItExists() throws Exception {
        HttpResponse<String> p1 = get("/queries/people-paged", "text/csv");
        assertThat(p1.body().lines().count()).isEqualTo(4);
        assertThat(p1.headers().firstValue("Link").orElse("")).isEqualTo("</queries/people-paged?page=2>; rel=\"next\"");
        int people = Txn.calculateRead(store.dataset(), () -> store.articleIndex().entityCounts(1, Integer.MIN_VALUE, Integer.MAX_VALUE, null).size());
        int last = (people + 2) / 3;
        HttpResponse<String> lastPage = get("/queries/people-paged?page=" + last, "text/csv");
        assertThat(lastPage.body().lines().count()).isGreaterThan(1);
        assertThat(lastPage.headers().firstValue("Link")).as("no page after the last").isEmpty();
        HttpResponse<String> before = get("/queries/people-paged?page=" + (last - 1), "application/sparql-results+json");
        assertThat(before.headers().firstValue("Link").orElse("")).isEqualTo("</queries/people-paged?page=" + last + ">; rel=\"next\"");
        // The HTML table links the next page too, the same way.
        HttpResponse<String> html = get("/queries/people-paged?page=" + (last - 1), "text/html");
        assertThat(html.headers().firstValue("Link").orElse("")).isEqualTo("</queries/people-paged?page=" + last + ">; rel=\"next\"");
        assertThat(html.body()).contains("rel=\"next\"");
        assertThat(get("/queries/people-paged?page=" + last, "text/html").body()).doesNotContain("next page →");
    }

    @Test
    void browsersGetAFormAndAResultsTable() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        HttpResponse<String> form = get("/queries/quotes-by-person", browser);
        assertThat(form.statusCode()).as("a form, not a 400, when nothing was filled in").isEqualTo(200);
        assertThat(form.body()).contains("<form class=\"queryform\"").contains("name=\"person\" type=\"url\"").contains("required");

        HttpResponse<String> bad = get("/queries/quotes-by-person?person=" + enc("not an iri"), browser);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("role=\"alert\"").contains("parameter &#39;person&#39;").contains("value=\"not an iri\"");

        HttpResponse<String> r = get("/queries/quotes-by-person?person=" + enc(PESKOV), browser);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("<table class=\"results\">").contains("<th>quote</th>").contains("There are no such plans.")
                .contains("href=\"/id/article/c2d8f4a6b1e09357\"")
                .contains("href=\"/ui/#/dataset/news/query?query=")
                .contains("href=\"/queries/quotes-by-person?person=" + enc(PESKOV) + "&amp;format=csv\"");
        assertThat(r.body()).contains("value=\"" + PESKOV + "\"");
    }

    @Test
    void anEnumeratedParameterOffersTheStoresValues() throws Exception {
        HttpResponse<String> r = get("/queries/", "text/html");
        assertThat(r.body()).contains("<select id=\"articles-by-publisher-publisher\" name=\"publisher\">")
                .contains("<option value=\"https://w3id.org/newsgraph/id/organization/the-baltic-herald\">The Baltic Herald</option>");
    }
}
