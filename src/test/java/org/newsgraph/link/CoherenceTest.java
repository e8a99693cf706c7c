package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule {@code coherence}: the real WikiDict index with a Wikidata index built from {@code wikidata-dump-news.json}
 * (real-format items; the footballer Q999000808 is made up, so only the dump knows him). The article's other entities
 * decide between a name's candidates through the dump's statements, and name a short form's fuller candidate.
 */
class CoherenceTest {
    @TempDir static Path dir;
    static WikidataIndex wd;
    static Linker linker, without;

    @BeforeAll
    static void build() throws IOException {
        WikidataIndexBuilder.create().source(WikidataIndexTest.dump(dir, "dump.json.bz2", "wikidata-dump-news.json"))
                .threads(2).build(dir.resolve("wd"));
        wd = WikidataIndex.open(dir.resolve("wd"));
        linker = Linker.create(TestIndex.get()).wikidata(wd).build();
        without = Linker.create(TestIndex.get()).wikidata(wd).without(List.of("coherence")).build();
    }

    @AfterAll
    static void close() { wd.close(); }

    static List<Optional<String>> links(Linker l, LinkRequest... article) {
        return l.linkAll(List.of(article)).stream().map(o -> o.map(Link::title)).toList();
    }

    @Test
    void theIndexKeepsRelationsAndFindsItemsByQid() {
        int tbilisi = wd.itemIdOfTitle("Tbilisi");
        assertThat(wd.related(tbilisi)).containsExactly(230);   // capital of (strong); its P17 country is the same item
        assertThat(wd.related(wd.itemIdOfTitle("Georgia_(U.S._state)"))).containsExactly(23556);
        assertThat(wd.weaklyRelated(wd.itemIdOfTitle("Georgia_(U.S._state)"))).containsExactly(30);
        assertThat(wd.idOfQid(994)).isEqualTo(tbilisi);
        assertThat(wd.idOfQid(995)).isEqualTo(-1);
        assertThat(wd.itemOfLinkTitle("Q999000808").map(WikidataIndex.Item::label)).contains("Tomasz Brandt-Kowalczyk");
    }

    @Test
    void aPlaceNamedByTwoIsTheOneItsNeighboursBelongTo() {
        // "Georgia" alone is the US state (the WikiDict's prior); next to its capital Tbilisi it is the country.
        LinkRequest georgia = LinkRequest.of("Georgia", EntityType.PLACE), tbilisi = LinkRequest.of("Tbilisi", EntityType.PLACE);
        assertThat(links(linker, georgia, tbilisi)).containsExactly(Optional.of("Georgia_(country)"), Optional.of("Tbilisi"));
        assertThat(links(without, georgia, tbilisi).get(0)).contains("Georgia_(U.S._state)");
        assertThat(links(linker, georgia, LinkRequest.of("Atlanta", EntityType.PLACE)).get(0)).contains("Georgia_(U.S._state)");
        assertThat(links(linker, georgia).get(0)).contains("Georgia_(U.S._state)");
    }

    @Test
    void aClubsShortNameIsTheClubOfThePlayersAroundIt() {
        // "United scored twice through Tomasz Brandt-Kowalczyk": the player's team names the club "United" stands for.
        LinkRequest united = LinkRequest.of("United", EntityType.ORGANIZATION);
        LinkRequest player = LinkRequest.of("Tomasz Brandt-Kowalczyk", EntityType.PERSON);
        assertThat(links(linker, united, player))
                .containsExactly(Optional.of("Manchester_United_F.C."), Optional.of("Q999000808"));
        assertThat(links(without, united, player).get(0)).isNotEqualTo(Optional.of("Manchester_United_F.C."));
    }

    @Test
    void coherenceOnlyAddsToRelatedCandidates() {
        LinkRequest georgia = LinkRequest.of("Georgia", EntityType.PLACE), tbilisi = LinkRequest.of("Tbilisi", EntityType.PLACE);
        List<List<Linker.Scored>> ranked = linker.rankAll(List.of(georgia, tbilisi));
        Linker.Scored country = ranked.get(0).get(0);
        assertThat(country.title()).isEqualTo("Georgia_(country)");
        assertThat(country.coherence()).isGreaterThan(0);
        Linker.Scored state = ranked.get(0).stream().filter(s -> s.title().equals("Georgia_(U.S._state)")).findFirst().orElseThrow();
        assertThat(state.coherence()).isZero();
        assertThat(state.score()).isEqualTo(without.rankAll(List.of(georgia, tbilisi)).get(0).stream()
                .filter(s -> s.title().equals("Georgia_(U.S._state)")).findFirst().orElseThrow().score());
    }
}
