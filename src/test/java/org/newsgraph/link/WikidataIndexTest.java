package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Wikidata dump index built from a small dump in the official format ({@code wikidata-dump-sample.json}: a JSON
 * array, one entity per line; the Q9990001xx items are made up, so no other source knows them).
 */
class WikidataIndexTest {
    static Path dump(Path dir, String name) throws IOException { return dump(dir, name, "wikidata-dump-sample.json"); }

    /** A dump fixture of this package written to {@code dir/name} (compressed by the name's suffix). */
    static Path dump(Path dir, String name, String resource) throws IOException {
        Files.createDirectories(dir);
        Path f = dir.resolve(name);
        try (InputStream in = WikidataIndexTest.class.getResourceAsStream(resource);
             OutputStream raw = Files.newOutputStream(f);
             OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(raw) : name.endsWith(".bz2") ? new BZip2CompressorOutputStream(raw) : raw) {
            in.transferTo(out);
        }
        return f;
    }

    static WikidataIndex build(Path dir, String name, int runPairs, int threads) throws IOException {
        WikidataIndexBuilder.create().source(dump(dir, name)).runPairs(runPairs).threads(threads).build(dir.resolve("wd"));
        return WikidataIndex.open(dir.resolve("wd"));
    }

    @Test
    void itemsKeepTheirFactsAndTheLeftOutOnesAreGone(@TempDir Path dir) throws IOException {
        try (WikidataIndex wd = build(dir, "dump.json", 1 << 20, 2)) {
            // 11 items (and a property) in the dump: the scholarly article and the item without English label or enwiki
            // are left out.
            assertThat(wd.itemCount()).isEqualTo(9);
            assertThat(wd.meta().getProperty("skippedItems")).isEqualTo("2");
            WikidataIndex.Item moscow = wd.itemOfTitle("Moscow").orElseThrow();
            assertThat(moscow.qid()).isEqualTo("Q649");
            assertThat(moscow.latitude()).isEqualTo(55.755833);
            assertThat(moscow.longitude()).isEqualTo(37.617222);
            assertThat(moscow.geonames()).isEqualTo(524901);
            assertThat(moscow.website()).isEqualTo("https://www.mos.ru/");
            assertThat(moscow.type()).isEqualTo(TitleType.CITY);
            assertThat(moscow.p31()).containsExactly("Q5119", "Q515");
            assertThat(moscow.sitelinks()).isEqualTo(4);
            WikidataIndex.Item soviet = wd.itemOfTitle("Telegraph_Agency_of_the_Soviet_Union").orElseThrow();
            assertThat(soviet.startYear()).isEqualTo(1925);
            assertThat(soviet.endYear()).isEqualTo(1992);
            assertThat(soviet.type()).isEqualTo(TitleType.ORGANIZATION);
            WikidataIndex.Item xi = wd.itemOfTitle("Xi Jinping").orElseThrow();
            assertThat(xi.start()).isEqualTo(19530615);
            assertThat(xi.description()).startsWith("General Secretary");
        }
    }

    @Test
    void namesFindItemsByLabelAliasAndTitleWithASitelinkPrior(@TempDir Path dir) throws IOException {
        try (WikidataIndex wd = build(dir, "dump.json", 1 << 20, 1)) {
            // an item without a Wikipedia article is found by its label and aliases; its link title is its QID
            var nordwind = wd.candidates("Nordwind Kraftwerke AG");
            assertThat(nordwind).hasSize(1);
            assertThat(wd.linkTitle(nordwind.get(0).item())).isEqualTo("Q999000202");
            // "Nordwind" names the company (alias) and a ship (label, no sitelinks): the label weighs 1, an alias 0.5
            var both = wd.candidates("Nordwind");
            assertThat(both).extracting(c -> wd.linkTitle(c.item())).containsExactly("Q999000303", "Q999000202");
            assertThat(both.get(0).prior() + both.get(1).prior()).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
            // "TASS": the modern agency's label beats the Soviet agency's alias
            var tass = wd.candidates("TASS");
            assertThat(wd.linkTitle(tass.get(0).item())).isEqualTo("TASS");
            assertThat(tass.get(0).exactPrior()).isGreaterThan(0);
            assertThat(wd.candidates("tass").get(0).exactPrior()).isZero();
            // the language-neutral "mul" label stands in for a missing English one; a deprecated P31 is ignored
            var harbour = wd.candidates("Tallinn Harbour Authority");
            assertThat(harbour).hasSize(1);
            assertThat(wd.item(harbour.get(0).item()).p31()).containsExactly("Q327333");
            assertThat(wd.candidates("Nur Deutsch")).isEmpty();
            // names without their diacritics, as English news writes them, find the accented alias
            var folded = wd.candidates("Aurelia Vossberg-Kask");
            assertThat(folded).extracting(c -> wd.item(c.item()).qid()).containsExactly("Q999000101");
            assertThat(folded.get(0).exactPrior()).as("a variant spelling, not the name as written").isZero();
        }
    }

    @Test
    void gzipBzip2SpilledRunsAndThreadCountsGiveTheSameIndex(@TempDir Path dir) throws IOException {
        byte[] ref;
        try (WikidataIndex wd = build(dir.resolve("a"), "dump.json", 1 << 20, 1)) {
            ref = Files.readAllBytes(wd.directory().resolve(IndexFiles.POSTINGS));
        }
        for (String name : new String[] {"dump.json.gz", "dump.json.bz2"}) {
            Path d = dir.resolve(name + ".d");
            // runs of 5 pairs: the names are sorted in several spilled runs and merged
            try (WikidataIndex wd = build(d, name, 5, 3)) {
                assertThat(Integer.parseInt(wd.meta().getProperty("spilledRuns"))).isGreaterThan(2);
                assertThat(Files.readAllBytes(wd.directory().resolve(IndexFiles.POSTINGS))).isEqualTo(ref);
                assertThat(wd.itemOfTitle("Reuters").orElseThrow().qid()).isEqualTo("Q130879");
            }
        }
    }

    @Test
    void aBadLineFailsTheBuildWithItsLineNumberAndLeavesNoIndex(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "[\n{\"type\":\"item\",\"id\":\"Q1\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"A\"}}},\n"
                + "{\"type\":\"item\",\"id\":\"Q2\",\"labels\":{\"en\" {}},\n]\n");
        assertThatThrownBy(() -> WikidataIndexBuilder.create().source(f).build(dir.resolve("wd")))
                .isInstanceOf(IOException.class).hasMessageContaining("bad.json:3:");
        assertThat(dir.resolve("wd")).doesNotExist();
    }
}
