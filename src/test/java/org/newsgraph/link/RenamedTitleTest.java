package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page renamed since the WikiDict's 2013 snapshot ("Kiev", now "Kyiv": {@code wikidata-dump-news.json} holds the
 * item under its current title, with the old name as an alias) is one entity with a Wikidata index: the WikiDict's
 * title keeps the link (and so the entity IRI), the item gives it its QID, and the item found by its new name is no
 * second candidate.
 */
class RenamedTitleTest {
    @TempDir static Path dir;
    static WikidataIndex wd;
    static Linker linker;

    @BeforeAll
    static void build() throws IOException {
        WikidataIndexBuilder.create().source(WikidataIndexTest.dump(dir, "dump.json", "wikidata-dump-news.json"))
                .threads(1).build(dir.resolve("wd"));
        wd = WikidataIndex.open(dir.resolve("wd"));
        linker = Linker.create(TestIndex.get()).wikidata(wd).build();
    }

    @AfterAll
    static void close() { wd.close(); }

    @Test
    void anOldTitleFindsTheItemOfItsNewName() {
        assertThat(wd.itemIdOfTitle("Kiev")).isEqualTo(-1);
        assertThat(wd.itemOfLinkTitle("Kiev").map(WikidataIndex.Item::qid)).contains("Q1899");
        assertThat(wd.itemOfLinkTitle("Kyiv").map(WikidataIndex.Item::qid)).contains("Q1899");
        assertThat(wd.itemOfLinkTitle("Kievan_Rus'")).isEmpty();   // no item is named so: no guess
    }

    @Test
    void theOldAndTheNewNameAreOneEntity() {
        for (String name : List.of("Kiev", "Kyiv")) {
            List<Linker.Scored> ranked = linker.rank(LinkRequest.of(name, EntityType.PLACE));
            assertThat(ranked.get(0).title()).as(name).isEqualTo("Kiev");
            assertThat(ranked.get(0).item()).as(name).isEqualTo(wd.idOfQid(1899));
            assertThat(ranked).as(name).extracting(Linker.Scored::title).doesNotContain("Kyiv");
        }
    }

    @Test
    void theLinksOutNameTodaysPageWhileTheEntityKeepsItsIri() {
        Link kiev = new Link("Kiev", 0.9, true);
        EntityLinker.Result r = new EntityLinker.Result(LinkRequest.of("Kiev", EntityType.PLACE), java.util.Optional.of(kiev),
                wd.itemOfLinkTitle("Kiev").map(WikidataIndex.Item::toWikidataItem));
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.newsgraph.rdf.Iris iris = org.newsgraph.rdf.Iris.standard();
        org.apache.jena.graph.Node entity = LinkRdf.entityNode(iris, kiev);
        assertThat(entity.getURI()).endsWith("Kiev");
        java.util.Set<String> objects = new java.util.TreeSet<>();
        EntityLinker.linkOut(r).ifPresent(l -> LinkRdf.emit(g::add, entity, l));
        g.find(entity, null, null).forEachRemaining(t -> { if (t.getObject().isURI()) objects.add(t.getObject().getURI()); });
        assertThat(objects).contains("http://dbpedia.org/resource/Kyiv", "https://en.wikipedia.org/wiki/Kyiv")
                .noneMatch(o -> o.endsWith("/Kiev"));
        // without an item, the WikiDict's title is written
        assertThat(EntityLinker.linkOut(new EntityLinker.Result(r.request(), r.link(), java.util.Optional.empty())))
                .contains(kiev);
    }
}
