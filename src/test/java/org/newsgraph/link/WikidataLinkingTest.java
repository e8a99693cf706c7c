package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linker with the real WikiDict index and a Wikidata index built from the sample dump: entities newer than the
 * WikiDict are linked by their labels and aliases, titles get P31 types, the article's date weighs entities' dates.
 */
class WikidataLinkingTest {
    @TempDir static Path dir;
    static WikidataIndex wd;
    static Linker linker, plain;

    @BeforeAll
    static void build() throws IOException {
        wd = WikidataIndexTest.build(dir, "dump.json.gz", 1 << 16, 2);
        linker = Linker.create(TestIndex.get()).wikidata(wd).build();
        plain = Linker.create(TestIndex.get()).build();
    }

    @AfterAll
    static void close() { wd.close(); }

    static Optional<String> link(Linker l, LinkRequest r) { return l.link(r).map(Link::title); }

    @Test
    void anEntityTheWikiDictDoesNotKnowIsLinkedByItsLabelOrAlias() {
        LinkRequest person = LinkRequest.of("Aurelia Vossberg", EntityType.PERSON);
        assertThat(link(plain, person)).isEmpty();
        assertThat(link(linker, person)).contains("Aurelia_Vossberg");
        assertThat(link(linker, LinkRequest.of("Aurelia Voss-Berg", EntityType.PERSON))).contains("Aurelia_Vossberg");
        // without a Wikipedia article, the link title is the QID (and LinkRdf writes no DBpedia/Wikipedia IRI)
        assertThat(link(linker, LinkRequest.of("Nordwind Kraftwerke", EntityType.ORGANIZATION))).contains("Q999000202");
        assertThat(link(linker, LinkRequest.of("Nordwind Kraftwerke AG", EntityType.ORGANIZATION))).contains("Q999000202");
    }

    @Test
    void aWikiDictTitleKeepsItsLinkAndGainsTheItem() {
        assertThat(link(linker, LinkRequest.of("Xi Jinping", EntityType.PERSON))).contains("Xi_Jinping");
        assertThat(link(linker, LinkRequest.of("Moscow", EntityType.PLACE))).contains("Moscow");
        assertThat(wd.itemOfLinkTitle("Xi_Jinping").orElseThrow().qid()).isEqualTo("Q15031");
    }

    @Test
    void theArticleDateRulesOutAnAgencyDissolvedBeforeIt() {
        LinkRequest tass = LinkRequest.of("TASS", EntityType.ORGANIZATION);
        // The WikiDict's entry for "TASS" is the Soviet agency; a 2023 article means the Russian one (founded 1992).
        assertThat(link(plain, tass.withDate(LocalDate.of(2023, 3, 13)))).contains("Telegraph_Agency_of_the_Soviet_Union");
        assertThat(link(linker, tass.withDate(LocalDate.of(2023, 3, 13)))).contains("TASS");
        // In 1985 the Russian agency did not exist yet.
        assertThat(link(linker, tass.withDate(LocalDate.of(1985, 5, 1)))).contains("Telegraph_Agency_of_the_Soviet_Union");
    }

    @Test
    void dateAgreementIsASmallRule() {
        WikidataIndex.Item soviet = wd.itemOfTitle("Telegraph_Agency_of_the_Soviet_Union").orElseThrow();
        WikidataIndex.Item xi = wd.itemOfTitle("Xi_Jinping").orElseThrow();
        assertThat(DateAgreement.factor(soviet, LocalDate.of(2023, 1, 1), EntityType.ORGANIZATION)).isEqualTo(DateAgreement.DISSOLVED);
        assertThat(DateAgreement.factor(soviet, LocalDate.of(1991, 1, 1), EntityType.ORGANIZATION)).isEqualTo(1);
        assertThat(DateAgreement.factor(xi, LocalDate.of(1950, 1, 1), EntityType.PERSON)).isZero();
        assertThat(DateAgreement.factor(xi, null, EntityType.PERSON)).isEqualTo(1);
    }

    @Test
    void aPersonIsNotLinkedToACompanyItem() {
        assertThat(link(linker, LinkRequest.of("Nordwind Kraftwerke", EntityType.PERSON))).isEmpty();
    }

    @Test
    void linkArticleGivesTheOfflineItemWithoutNetwork(@TempDir Path cache) throws IOException {
        java.nio.file.Files.createSymbolicLink(cache.resolve(TestIndex.get().directory().getFileName()), TestIndex.get().directory().toAbsolutePath());
        IndexCache.at(cache).buildWikidata(WikidataIndexTest.dump(cache, "d.json"), 1, WikiDictIndexBuilder.Progress.NONE);
        try (EntityLinker el = EntityLinker.create().cache(cache).build()) {
            List<EntityLinker.Result> rs = el.linkArticle(List.of(LinkRequest.of("Moscow", EntityType.PLACE),
                    LinkRequest.of("Nordwind Kraftwerke", EntityType.ORGANIZATION)));
            assertThat(rs.get(0).wikidata().orElseThrow().qid()).isEqualTo("Q649");
            assertThat(rs.get(0).wikidata().orElseThrow().geonamesId()).isEqualTo("524901");
            assertThat(rs.get(1).wikidata().orElseThrow().qid()).isEqualTo("Q999000202");
            assertThat(el.wikidataRequests()).isZero();
        }
    }
}
