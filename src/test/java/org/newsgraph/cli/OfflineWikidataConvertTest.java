package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.TestIndex;
import org.newsgraph.vocab.SDO;

/**
 * Issue 12 acceptance, end to end through the CLI with the real CoreNLP pipeline: {@code index build --wikidata} on
 * a small dump in the official format, then {@code convert --cache DIR} links the article's entities to their QIDs
 * with no network — two of them (Q9990001xx, made up) known to no 2013 source. And the sample article's outlets:
 * source, photo credit and publisher are each one node with its link.
 */
class OfflineWikidataConvertTest {
    static final String WD = "http://www.wikidata.org/entity/";
    static final String ID = "https://w3id.org/newsgraph/id/";

    private static Path cacheWithWikiDict(Path dir) throws Exception {
        Path wikidict = TestIndex.get().directory().toAbsolutePath();
        Files.createSymbolicLink(dir.resolve(wikidict.getFileName()), wikidict);
        return dir;
    }

    private static Set<String> objects(Graph g, Node p) {
        Set<String> out = new HashSet<>();
        g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> { if (t.getObject().isURI()) out.add(t.getObject().getURI()); });
        return out;
    }

    @Test
    void indexBuildWikidataThenConvertLinksEveryEntityToItsQidOffline(@TempDir Path dir) throws Exception {
        Path cache = cacheWithWikiDict(Files.createDirectories(dir.resolve("cache")));
        Path dump = dir.resolve("dump.json.gz");
        try (InputStream in = getClass().getResourceAsStream("/org/newsgraph/link/wikidata-dump-sample.json");
             var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dump))) {
            in.transferTo(out);
        }
        IndexCommandTest.Run b = IndexCommandTest.run("index", "build", "--wikidata", dump.toString(), "--cache", cache.toString());
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.err()).contains("Wikidata index built").contains("9 items");
        IndexCommandTest.Run info = IndexCommandTest.run("index", "info", "--cache", cache.toString());
        assertThat(info.out()).contains("wikidata.items=9").containsPattern("wikidata.sizeBytes=\\d+");

        Path article = dir.resolve("article.txt");
        Files.writeString(article, """
                Estonia and Germany Sign Offshore Wind Deal

                14 May 2024

                Wind turbines off the coast of Saaremaa. Reuters

                Estonian Prime Minister Aurelia Vossberg signed an agreement in Tallinn on Tuesday with the German company Nordwind Kraftwerke to build a wind farm off the island of Saaremaa.

                Vossberg said the project would make Estonia independent of Russian gas. Chinese President Xi Jinping visited Moscow last year to discuss energy supplies.

                Original url:
                https://news.err.ee/1609312345/estonia-and-germany-sign-offshore-wind-deal
                """);
        Path ttl = dir.resolve("out.ttl");
        ConvertCommandTest.Run r = ConvertCommandTest.run("convert", article.toString(), "--cache", cache.toString(), "-o", ttl.toString(),
                "--no-mentions", "--threads", "1");
        assertThat(r.exit()).as(r.stderr()).isZero();
        Graph g = RDFParser.source(ttl).toGraph();
        Set<String> sameAs = objects(g, OWL.sameAs.asNode());
        assertThat(sameAs).contains(WD + "Q999000101", WD + "Q999000202", WD + "Q15031", WD + "Q649");
        // Moscow's coordinates and GeoNames IRI come from the dump as well
        assertThat(sameAs).contains("https://sws.geonames.org/524901/");
        Node moscow = NodeFactory.createURI(ID + "entity/Moscow");
        assertThat(g.find(moscow, SDO.geo, Node.ANY).hasNext()).isTrue();
        // the company has no Wikipedia article: its node is entity/Q…, without DBpedia or Wikipedia links
        Node nordwind = NodeFactory.createURI(ID + "entity/Q999000202");
        assertThat(objects(g, SDO.sameAs)).noneMatch(s -> s.contains("wikipedia.org/wiki/Q999000202"));
        assertThat(g.find(nordwind, OWL.sameAs.asNode(), NodeFactory.createURI(WD + "Q999000202")).hasNext()).isTrue();
    }

    @Test
    void theSampleArticlesSourceCreditAndPublisherAreEachOneLinkedNode(@TempDir Path dir) throws Exception {
        Path sample = Path.of("../shared/data/sample/moscowtimes-2023-03-13-xi-visit.txt");
        assumeTrue(Files.exists(sample), "../shared/data/sample not present");
        Path ttl = dir.resolve("sample.ttl");
        ConvertCommandTest.Run r = ConvertCommandTest.run("convert", sample.toString(), "--cache",
                TestIndex.get().directory().getParent().toString(), "-o", ttl.toString(), "--no-mentions", "--threads", "1");
        assertThat(r.exit()).as(r.stderr()).isZero();
        Graph g = RDFParser.source(ttl).toGraph();
        Node reuters = NodeFactory.createURI(ID + "entity/Reuters");
        Node tass = NodeFactory.createURI(ID + "entity/TASS");
        Node mt = NodeFactory.createURI(ID + "entity/The_Moscow_Times");
        assertThat(objects(g, SDO.isBasedOn)).containsExactly(reuters.getURI());
        assertThat(objects(g, SDO.copyrightHolder)).containsExactly(tass.getURI());
        assertThat(objects(g, SDO.publisher)).containsExactly(mt.getURI());
        for (Node n : new Node[] {reuters, tass, mt}) {
            String title = n.getURI().substring((ID + "entity/").length());
            assertThat(g.find(n, SDO.sameAs, NodeFactory.createURI("https://en.wikipedia.org/wiki/" + title)).hasNext()).as(title).isTrue();
            assertThat(g.find(n, OWL.sameAs.asNode(), NodeFactory.createURI("http://dbpedia.org/resource/" + title)).hasNext()).as(title).isTrue();
        }
        // no second node for any of them
        Set<String> subjects = new HashSet<>();
        g.find().forEachRemaining(t -> { if (t.getSubject().isURI()) subjects.add(t.getSubject().getURI()); });
        assertThat(subjects).noneMatch(s -> s.startsWith(ID + "organization/"));
        assertThat(subjects).doesNotContain(ID + "entity/Telegraph_Agency_of_the_Soviet_Union");
    }
}
