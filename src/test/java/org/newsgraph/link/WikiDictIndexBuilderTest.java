package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder on a small hand-written WikiDict: normalisation, ranking, top-K, junk, types, atomic output. */
class WikiDictIndexBuilderTest {
    static Path fixture() throws Exception {
        return Path.of(WikiDictIndexBuilderTest.class.getResource("mini-wikidict.tab").toURI());
    }

    @Test
    void candidatesOfCaseVariantsAreMergedAndRankedByPrior(@TempDir Path tmp) throws Exception {
        Path dir = WikiDictIndexBuilder.create().source(fixture()).build(tmp.resolve("idx"));
        try (WikiDictIndex index = WikiDictIndex.open(dir)) {
            List<WikiDictIndex.Candidate> c = index.candidates("ALPHA");
            assertThat(c).extracting(WikiDictIndex.Candidate::title).containsExactly("Alpha", "Alpha_(company)");
            assertThat(c.get(0).prior()).isCloseTo(0.9f, org.assertj.core.data.Offset.offset(1e-4f));   // best of "Alpha" 0.6, "alpha" 0.9
            assertThat(c.get(1).type()).isEqualTo(TitleType.ORGANIZATION);
            assertThat(index.candidates("  alpha   corp ")).extracting(WikiDictIndex.Candidate::title).containsExactly("Alpha_(company)");
            assertThat(index.topTitle("Jane Roe")).isEqualTo("Jane_Roe");
        }
    }

    @Test
    void aKnownCorruptionOfTheWikiDictIsRepairedWhenTheIndexIsBuilt(@TempDir Path tmp) throws Exception {
        // the 2013 WikiDict sends every anchor of San Francisco to Santa Monica (wikidict-repairs.tsv)
        Path src = tmp.resolve("sf.tab");
        Files.writeString(src, "San Francisco\tSanta_Monica,_California\t0.95\nSAN FRANCISCO, CALIFORNIA\tSanta_Monica,_California\t1.0\n"
                + "Santa Monica\tSanta_Monica,_California\t0.93\nSan Francisco 49ers\tSan_Francisco_49ers\t1.0\n");
        Path dir = WikiDictIndexBuilder.create().source(src).build(tmp.resolve("idx"));
        try (WikiDictIndex index = WikiDictIndex.open(dir)) {
            assertThat(index.candidates("San Francisco")).extracting(WikiDictIndex.Candidate::title).containsExactly("San_Francisco");
            assertThat(index.exactTitle("SAN FRANCISCO, CALIFORNIA")).isEqualTo("San_Francisco");
            assertThat(index.topTitle("Santa Monica")).isEqualTo("Santa_Monica,_California");
            assertThat(index.topTitle("San Francisco 49ers")).isEqualTo("San_Francisco_49ers");
            assertThat(index.type(index.titleId("San_Francisco"))).isEqualTo(TitleType.CITY);
        }
    }

    @Test
    void aPersonsAnchorsSentToAnotherTitleAreRepaired(@TempDir Path tmp) throws Exception {
        // John Kerry's anchors point at his student band in the 2013 WikiDict (wikidict-repairs.tsv)
        Path src = tmp.resolve("jk.tab");
        Files.writeString(src, "John Kerry\tThe_Electras\t0.985\nSenator Kerry\tThe_Electras\t1.0\n"
                + "The Electras\tThe_Electras\t1.0\n");
        Path dir = WikiDictIndexBuilder.create().source(src).build(tmp.resolve("idx"));
        try (WikiDictIndex index = WikiDictIndex.open(dir)) {
            assertThat(index.candidates("John Kerry")).extracting(WikiDictIndex.Candidate::title).containsExactly("John_Kerry");
            assertThat(index.topTitle("Senator Kerry")).isEqualTo("John_Kerry");
            assertThat(index.topTitle("The Electras")).isEqualTo("The_Electras");
        }
    }

    @Test
    void eachCaseVariantKeepsItsOwnPriorAndTitle(@TempDir Path tmp) throws Exception {
        Path dir = WikiDictIndexBuilder.create().source(fixture()).build(tmp.resolve("idx"));
        try (WikiDictIndex index = WikiDictIndex.open(dir)) {
            org.assertj.core.data.Offset<Float> q = org.assertj.core.data.Offset.offset(1e-4f);
            // "ALPHA" is a WikiDict surface of Alpha_(company) only; "Alpha" of Alpha only.
            List<WikiDictIndex.Candidate> upper = index.candidates("ALPHA");
            assertThat(upper.get(0).title()).isEqualTo("Alpha");
            assertThat(upper.get(0).exactPrior()).isZero();
            assertThat(upper.get(1).exactPrior()).isCloseTo(0.1f, q);
            assertThat(index.candidates("Alpha").get(0).exactPrior()).isCloseTo(0.6f, q);
            assertThat(index.candidates("  alpha ").get(0).exactPrior()).isCloseTo(0.9f, q);
            assertThat(index.exactTitle("ALPHA")).isEqualTo("Alpha_(company)");
            assertThat(index.exactTitle("Alpha")).isEqualTo("Alpha");
            assertThat(index.exactTitle("aLPHa")).isNull();
            assertThat(index.topTitle("aLPHa")).isEqualTo("Alpha");            // case-merged, as before
            // The title-only entry of a title's own name has no exact variant.
            assertThat(index.candidates("Gamma").get(0).exactPrior()).isZero();
            assertThat(index.exactTitle("Beta")).isNull();                       // a disambiguation page is no answer
            // The bench's pre-hashed lookup carries no case.
            assertThat(index.candidatesOfKey(Surfaces.keyHash("Alpha"))).allSatisfy(c -> assertThat(c.exactPrior()).isZero());
        }
    }

    @Test
    void junkSurfacesAndBadLinesAreSkippedAndTitlesAddTheirOwnName(@TempDir Path tmp) throws Exception {
        Path dir = WikiDictIndexBuilder.create().source(fixture()).build(tmp.resolve("idx"));
        try (WikiDictIndex index = WikiDictIndex.open(dir)) {
            assertThat(index.candidates("http://en.wikipedia.org/wiki/Alpha")).isEmpty();
            assertThat(index.candidates("Missing prior")).isEmpty();
            assertThat(index.meta().getProperty("skippedLines")).isEqualTo("3");
            // "Gamma, Texas" is reachable by its base name "Gamma", with prior 0 (title only).
            assertThat(index.candidates("gamma")).singleElement().satisfies(c -> {
                assertThat(c.title()).isEqualTo("Gamma,_Texas");
                assertThat(c.prior()).isZero();
                assertThat(c.type()).isEqualTo(TitleType.CITY);
            });
            // A disambiguation page never becomes a title-only candidate, and is typed as a non-entity.
            assertThat(index.candidates("Beta")).extracting(WikiDictIndex.Candidate::type).containsExactly(TitleType.NON_ENTITY);
            assertThat(index.type(index.titleId("Roe_(surname)"))).isEqualTo(TitleType.NAME_PAGE);
            assertThat(index.titleId("Jane Roe")).isEqualTo(index.titleId("Jane_Roe")).isNotNegative();
            assertThat(index.titleId("Nobody")).isEqualTo(-1);
        }
    }

    @Test
    void topKBoundsTheCandidateLists(@TempDir Path tmp) throws Exception {
        Path dir = WikiDictIndexBuilder.create().source(fixture()).topK(1).build(tmp.resolve("idx"));
        try (WikiDictIndex index = WikiDictIndex.open(dir)) {
            assertThat(index.candidates("alpha")).extracting(WikiDictIndex.Candidate::title).containsExactly("Alpha");
            assertThat(index.candidates("roe")).extracting(WikiDictIndex.Candidate::title).containsExactly("Jane_Roe");
        }
    }

    @Test
    void buildLeavesOnlyTheFinishedIndexBehind(@TempDir Path tmp) throws Exception {
        WikiDictIndexBuilder.create().source(fixture()).build(tmp.resolve("idx"));
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("idx");
        }
        assertThat(tmp.resolve("idx").resolve("meta.properties")).isRegularFile();
    }

    @Test
    void aBrokenSourceLeavesNoIndexAndNoTemporaryDirectory(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.tab.gz");
        Files.writeString(bad, "this is not gzip");
        Path target = tmp.resolve("out").resolve("idx");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WikiDictIndexBuilder.create().source(bad).build(target))
                .isInstanceOf(java.io.IOException.class);
        assertThat(target).doesNotExist();
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void theCacheRemovesWhatAKilledBuildOrAnOlderFormatLeftBehind(@TempDir Path tmp) throws Exception {
        IndexCache cache = IndexCache.at(tmp);
        Path stale = tmp.resolve("." + cache.indexDir().getFileName() + ".tmp-123");
        Files.createDirectories(stale);
        Files.writeString(stale.resolve("keys.bin"), "half written");
        assertThat(cache.hasIndex()).isFalse();
        // openOrBuild and rebuild call this under the lock before building (a full build is not repeated here).
        cache.removeStaleTemporaries();
        assertThat(stale).doesNotExist();
        // an index of an older format is removed once this version's is built; other files stay
        Path older = Files.createDirectories(tmp.resolve("wikidict-" + WikiDictIndexBuilder.sourceVersion() + "-f1"));
        Files.writeString(older.resolve("keys.bin"), "old");
        Path other = Files.createDirectories(tmp.resolve("wikidata-f1"));
        cache.removeSupersededFormats();
        assertThat(older).doesNotExist();
        assertThat(other).exists();
    }

    @Test
    void normalisationAndTheAsciiFastPathAgree() {
        for (String s : List.of("China's  Foreign Ministry", "U.S.", " Xi\tJinping ", "AT&T", "x`y"))
            assertThat(Surfaces.normalizedHash(s)).as(s).isEqualTo(Surfaces.hash(Surfaces.normalize(s)));
        assertThat(Surfaces.normalize("China’s Foreign\u00a0Ministry")).isEqualTo("china's foreign ministry");
        for (String s : List.of("Portland", " Xi\tJinping ", "AT&T", "U.S."))
            assertThat(Surfaces.caseHash(s)).as(s).isEqualTo((int) (Surfaces.hash(Surfaces.normalizeKeepCase(s)) >>> 40) == 0 ? 1
                    : (int) (Surfaces.hash(Surfaces.normalizeKeepCase(s)) >>> 40));
        assertThat(Surfaces.caseHash("Portland")).isNotEqualTo(Surfaces.caseHash("PORTLAND")).isEqualTo(Surfaces.caseHash(" Portland "));
        assertThat(Surfaces.caseHash("China’s  Ministry")).isEqualTo(Surfaces.caseHash("China's Ministry"));
    }

    @Test
    void keysDropDiacriticsAsEnglishNewsDoesAndTheCaseHashKeepsThemApart() {
        assertThat(Surfaces.keyHash("André Schürrle")).isEqualTo(Surfaces.keyHash("Andre Schurrle"));
        assertThat(Surfaces.keyHash("Lech Wałęsa")).isEqualTo(Surfaces.keyHash("lech walesa"));
        assertThat(Surfaces.keyHash("Søren Kierkegaard")).isEqualTo(Surfaces.keyHash("Soren Kierkegaard"));
        assertThat(Surfaces.keyHash("Portland")).isEqualTo(Surfaces.normalizedHash("Portland"));   // ASCII: as before
        assertThat(Surfaces.caseHash("André Schürrle")).isNotEqualTo(Surfaces.caseHash("Andre Schurrle"));
        // the real index: a name written without its accents finds the article
        assertThat(TestIndex.get().candidates("Aleksandar Dragovic")).extracting(WikiDictIndex.Candidate::title)
                .contains("Aleksandar_Dragović");
    }
}
