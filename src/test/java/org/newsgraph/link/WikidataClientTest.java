package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.vocab.SDO;

/**
 * The Wikidata client against a local stand-in for {@code wbgetentities} on port 0, answering from the fixture
 * {@code wikidata-entities.json} (items keyed by enwiki title, shaped like Wikidata's answers). No internet.
 */
class WikidataClientTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static JsonNode fixture;

    HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        org.apache.jena.sys.JenaSystem.init();
        try (InputStream in = WikidataClientTest.class.getResourceAsStream("wikidata-entities.json")) {
            fixture = JSON.readTree(in);
        }
    }

    @BeforeEach
    void start() throws Exception {
        server = WikidataStandIn.start(fixture, requests);
    }

    @AfterEach
    void stop() { if (server != null) server.stop(0); }

    URI endpoint() { return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php"); }

    WikidataClient client(Path cacheFile) throws Exception {
        return WikidataClient.create().endpoint(endpoint()).cache(WikidataCache.open(cacheFile))
                .minInterval(Duration.ZERO).timeout(Duration.ofSeconds(2)).build();
    }

    static final List<String> TITLES = List.of("Xi_Jinping", "Moscow", "Reuters", "Ministry_of_Foreign_Affairs_(People's_Republic_of_China)", "No_such_page");

    @Test
    void titlesGetQidsTypesCoordinatesAndGeonamesInOneBatchedRequest(@TempDir Path tmp) throws Exception {
        try (WikidataClient wd = client(tmp.resolve("wikidata.jsonl"))) {
            Map<String, WikidataItem> items = wd.lookup(TITLES);
            assertThat(wd.requestCount()).isEqualTo(1);
            assertThat(requests.get(0)).contains("action=wbgetentities").contains("sites=enwiki").contains("UA=newsgraph/");
            assertThat(items).containsOnlyKeys("Xi_Jinping", "Moscow", "Reuters", "Ministry_of_Foreign_Affairs_(People's_Republic_of_China)");
            assertThat(items.get("Xi_Jinping").qid()).isEqualTo("Q15031");
            WikidataItem moscow = items.get("Moscow");
            assertThat(moscow.qid()).isEqualTo("Q649");
            assertThat(moscow.latitude()).isEqualTo(55.755833);
            assertThat(moscow.geonamesIri()).isEqualTo("https://sws.geonames.org/524901/");
            assertThat(WikidataTypes.schemaTypes(moscow.instanceOf())).contains(SDO.City);
            assertThat(WikidataTypes.schemaTypes(items.get("Reuters").instanceOf())).containsExactly(SDO.NewsMediaOrganization);
            // Answered under its new title (a redirect): still mapped back to the title we asked for.
            assertThat(items.get("Ministry_of_Foreign_Affairs_(People's_Republic_of_China)").qid()).isEqualTo("Q1152979");
        }
    }

    @Test
    void severalRedirectedTitlesInOneBatchArePairedByAskingOneAtATime(@TempDir Path tmp) throws Exception {
        try (WikidataClient wd = client(tmp.resolve("wikidata.jsonl"))) {
            Map<String, WikidataItem> items = wd.lookup(List.of("Ministry_of_Foreign_Affairs_(People's_Republic_of_China)",
                    "Information_Telegraph_Agency_of_Russia", "Moscow"));
            assertThat(items.get("Information_Telegraph_Agency_of_Russia").qid()).isEqualTo("Q223642");
            assertThat(items.get("Ministry_of_Foreign_Affairs_(People's_Republic_of_China)").qid()).isEqualTo("Q1152979");
            assertThat(wd.requestCount()).isEqualTo(3);
        }
    }

    @Test
    void aSecondRunWithAWarmCacheMakesNoRequest(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("wikidata.jsonl");
        try (WikidataClient wd = client(cache)) {
            wd.lookup(TITLES);
        }
        requests.clear();
        try (WikidataClient wd = client(cache)) {
            Map<String, WikidataItem> items = wd.lookup(TITLES);
            assertThat(wd.requestCount()).isZero();
            assertThat(requests).isEmpty();
            assertThat(items.get("Moscow").geonamesId()).isEqualTo("524901");
            assertThat(items).doesNotContainKey("No_such_page");   // the "missing" answer is cached too
        }
    }

    @Test
    void serverDownDegradesToNoItemsWithoutFailing(@TempDir Path tmp) throws Exception {
        URI dead = endpoint();
        server.stop(0);
        server = null;
        try (WikidataClient wd = WikidataClient.create().endpoint(dead).cache(WikidataCache.open(tmp.resolve("c.jsonl")))
                .minInterval(Duration.ZERO).timeout(Duration.ofMillis(500)).retries(1).build()) {
            assertThat(wd.lookup(TITLES)).isEmpty();
            assertThat(wd.isDisabled()).isTrue();
            int afterFirst = wd.requestCount();
            assertThat(wd.lookup(List.of("Beijing"))).isEmpty();
            assertThat(wd.requestCount()).as("gives up for the run").isEqualTo(afterFirst);
        }
    }

    @Test
    void offlineLinksStayWhenWikidataIsDownAndItemsAddWikidataTriplesWhenUp(@TempDir Path tmp) throws Exception {
        Iris iris = Iris.standard();
        Link link = new Link("Moscow", 0.95, true);
        Node entity = LinkRdf.entityNode(iris, link);
        Graph g = GraphFactory.createDefaultGraph();
        LinkRdf.TripleOut out = (s, p, o) -> g.add(s, p, o);
        LinkRdf.emit(out, entity, link);
        try (WikidataClient wd = client(tmp.resolve("wikidata.jsonl"))) {
            WikidataItem moscow = wd.lookup(List.of("Moscow")).get("Moscow");
            WikidataRdf.emit(out, iris, entity, moscow);
        }
        assertThat(g.contains(entity, OWL.sameAs.asNode(), NodeFactory.createURI("http://dbpedia.org/resource/Moscow"))).isTrue();
        assertThat(g.contains(entity, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q649"))).isTrue();
        assertThat(g.contains(entity, SDO.sameAs, NodeFactory.createURI("https://www.wikidata.org/wiki/Q649"))).isTrue();
        assertThat(g.contains(entity, OWL.sameAs.asNode(), NodeFactory.createURI("https://sws.geonames.org/524901/"))).isTrue();
        assertThat(g.contains(entity, RDF.type.asNode(), SDO.City)).isTrue();
        Node geo = iris.part(entity, "geo");
        assertThat(g.contains(entity, SDO.geo, geo)).isTrue();
        assertThat(g.contains(geo, RDF.type.asNode(), SDO.GeoCoordinates)).isTrue();
        assertThat(g.find(geo, SDO.latitude, Node.ANY).next().getObject().getLiteralLexicalForm()).isEqualTo("55.755833");
    }

    @Test
    void aDamagedCacheLineIsSkippedAndTheRestIsKept(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("wikidata.jsonl");
        java.nio.file.Files.writeString(cache, "{\"title\":\"Moscow\",\"qid\":\"Q649\",\"p31\":[\"Q5119\"]}\n{not json\n");
        try (WikidataClient wd = client(cache)) {
            assertThat(wd.lookup(List.of("Moscow")).get("Moscow").qid()).isEqualTo("Q649");
            assertThat(wd.requestCount()).isZero();
        }
    }
}
