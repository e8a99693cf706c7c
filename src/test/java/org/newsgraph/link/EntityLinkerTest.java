package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.vocab.SDO;

/**
 * The enricher's entry point on the sample article's entities: offline links, then Wikidata items from the
 * stand-in server; a warm cache makes no request; a dead server keeps the offline links.
 */
class EntityLinkerTest {
    static final List<LinkRequest> SAMPLE = LinkerSampleArticleTest.ARTICLE;

    @BeforeAll
    static void jena() { org.apache.jena.sys.JenaSystem.init(); }

    /** The shared test index's cache root, with the Wikidata cache in a fresh temporary directory. */
    static EntityLinker.Builder linker(Path tmp, URI endpoint) {
        return EntityLinker.create().cache(TestIndex.get().directory().getParent()).wikidata(true)
                .wikidataEndpoint(endpoint).wikidataCache(tmp.resolve("wikidata-cache.jsonl"));
    }

    @Test
    void theSampleGetsQidsAndPlacesGetCoordinatesWithAWarmCacheAndNoRequestsTheSecondTime(@TempDir Path tmp) throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer server = WikidataStandIn.start(WikidataStandIn.fixture(), requests);
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
        try {
            try (EntityLinker el = linker(tmp, endpoint).build()) {
                List<EntityLinker.Result> rs = el.linkArticle(SAMPLE);
                assertThat(el.wikidataRequests()).isGreaterThanOrEqualTo(1);
                assertThat(byName(rs, "Xi Jinping").wikidata()).map(WikidataItem::qid).contains("Q15031");
                assertThat(byName(rs, "Moscow").wikidata()).hasValueSatisfying(it -> assertThat(it.hasCoordinates()).isTrue());
                assertThat(byName(rs, "Foreign Ministry").wikidata()).map(WikidataItem::qid).contains("Q1152979");
            }
            requests.clear();
            try (EntityLinker el = linker(tmp, endpoint).build()) {
                List<EntityLinker.Result> rs = el.linkArticle(SAMPLE);
                assertThat(requests).isEmpty();
                EntityLinker.Result moscow = byName(rs, "Moscow");
                Graph g = GraphFactory.createDefaultGraph();
                Iris iris = Iris.standard();
                Node entity = moscow.entityNode(iris).orElseThrow();
                el.emit((s, p, o) -> g.add(s, p, o), iris, entity, moscow);
                assertThat(entity.getURI()).isEqualTo("https://w3id.org/newsgraph/id/entity/Moscow");
                assertThat(g.contains(entity, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q649"))).isTrue();
                assertThat(g.contains(entity, SDO.geo, Node.ANY)).isTrue();
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void withWikidataDownTheOfflineLinksAreKept(@TempDir Path tmp) throws Exception {
        HttpServer server = WikidataStandIn.start(WikidataStandIn.fixture(), new CopyOnWriteArrayList<>());
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
        server.stop(0);
        try (EntityLinker el = linker(tmp, endpoint).build()) {
            List<EntityLinker.Result> rs = el.linkArticle(SAMPLE);
            assertThat(byName(rs, "Xi Jinping").link()).map(Link::title).contains("Xi_Jinping");
            assertThat(rs).allSatisfy(r -> assertThat(r.wikidata()).isEmpty());
        }
    }

    static EntityLinker.Result byName(List<EntityLinker.Result> rs, String name) {
        return rs.stream().filter(r -> r.request().name().equals(name)).findFirst().orElseThrow();
    }
}
