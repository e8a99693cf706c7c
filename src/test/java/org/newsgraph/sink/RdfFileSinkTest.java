package org.newsgraph.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.pipeline.Conversion;
import org.newsgraph.pipeline.ConversionReport;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.read.InputSource;

/**
 * Every output format parses back with Jena into the graph the mapper produced: the union of the article graphs for
 * triple formats, the named graphs themselves for N-Quads and TriG; streaming and pretty output agree.
 */
class RdfFileSinkTest {
    /** Three articles (one plain text, two JSON), with shared nodes (publisher, agency) across articles. */
    private static final List<InputSource> INPUTS = List.of(
            InputSource.of(Path.of("src/test/resources/golden/text-full-layout/rotterdam-strike.txt")),
            InputSource.of(Path.of("src/test/resources/golden/json-array/articles.json")));

    private static DatasetGraph reference;

    @BeforeAll
    static void mapOnce() {
        org.apache.jena.sys.JenaSystem.init();
        reference = DatasetGraphFactory.createTxnMem();
        ConversionReport r = Conversion.create().mapper(ArticleMapper.create().build())
                .sink(new StreamSink(StreamRDFLib.dataset(reference))).run(INPUTS);
        assertThat(r.articles()).isEqualTo(3);
        assertThat(r.failed()).isZero();
    }

    private static String write(OutputFormat format, long prettyLimit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RdfFileSink sink = RdfFileSink.create(out, format).prefixes(Prefixes.forBase(null)).prettyLimit(prettyLimit).build()) {
            ConversionReport r = Conversion.create().mapper(ArticleMapper.create().build()).sink(sink).run(INPUTS);
            assertThat(r.failed()).isZero();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Graph union(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    @ParameterizedTest(name = "{0}, pretty")
    @EnumSource(OutputFormat.class)
    void prettyOutputParsesBackToTheMappedGraph(OutputFormat format) {
        assertParsesBack(format, write(format, RdfFileSink.DEFAULT_PRETTY_LIMIT));
    }

    @ParameterizedTest(name = "{0}, streaming")
    @EnumSource(value = OutputFormat.class, names = {"TURTLE", "NTRIPLES", "NQUADS", "TRIG"})
    void streamingOutputParsesBackToTheMappedGraph(OutputFormat format) {
        assertParsesBack(format, write(format, 0));
    }

    /** A limit passed mid-way: held articles are flushed to the streaming writer, later ones follow. */
    @ParameterizedTest(name = "{0}, switching to streaming after the first article")
    @EnumSource(value = OutputFormat.class, names = {"TURTLE", "TRIG"})
    void switchingFromHeldToStreamingLosesNothing(OutputFormat format) {
        assertParsesBack(format, write(format, 20));
    }

    private static void assertParsesBack(OutputFormat format, String text) {
        DatasetGraph back = RDFParser.fromString(text, format.lang).toDatasetGraph();
        if (format.quads) {
            assertThat(IsoMatcher.isomorphic(reference, back)).as("named graphs kept in %s:%n%s", format, text).isTrue();
        } else {
            assertThat(back.listGraphNodes().hasNext()).isFalse();
            assertThat(back.getDefaultGraph().isIsomorphicWith(union(reference)))
                    .as("%s parses back to the union graph:%n%s", format, text).isTrue();
        }
    }

    @Test
    void streamingTurtleIsTurtleBlocksWithPrefixes() {
        String ttl = write(OutputFormat.TURTLE, 0);
        assertThat(ttl).contains("PREFIX schema: <http://schema.org/>");
        // TURTLE_BLOCKS writes each subject's block as it comes: one article's headline appears before the next
        // article's body; the pretty writer would have sorted and grouped the whole graph.
        assertThat(ttl.indexOf("Rotterdam Dockworkers Extend Strike")).isLessThan(ttl.indexOf("Kenya on Wednesday opened"));
    }

    @Test
    void jsonLdOfOneArticleIsAFramedNewsArticleWithEmbeddedPublisher() throws Exception {
        List<InputSource> one = List.of(INPUTS.get(0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetGraph ref = DatasetGraphFactory.createTxnMem();
        try (RdfFileSink sink = RdfFileSink.create(out, OutputFormat.JSONLD).build()) {
            Conversion.create().mapper(ArticleMapper.create().build()).sink((g, quads) -> {
                sink.accept(g, quads);
                quads.forEach(ref::add);
            }).run(one);
        }
        String json = out.toString(StandardCharsets.UTF_8);
        JsonNode top = new ObjectMapper().readTree(json);
        assertThat(top.isObject()).as(json).isTrue();
        assertThat(top.path("@context").path("@vocab").asText()).isEqualTo("http://schema.org/");
        assertThat(top.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(top.path("headline").asText()).isEqualTo("Rotterdam Dockworkers Extend Strike as Wage Talks Stall – Union");
        assertThat(top.path("publisher").path("@type").asText()).isEqualTo("NewsMediaOrganization");
        assertThat(top.path("publisher").path("name").asText()).isEqualTo("The Guardian");
        assertThat(top.path("image").path("caption").asText()).isEqualTo("Container cranes stand idle at the Maasvlakte terminal.");
        assertThat(top.path("url").asText()).startsWith("https://www.theguardian.com/business/2024/sep/14/");

        Graph back = RDFParser.fromString(json, Lang.JSONLD).toGraph();
        assertThat(back.isIsomorphicWith(union(ref))).as("JSON-LD parses back to the article's triples:%n%s", json).isTrue();
    }

    @Test
    void jsonLdOfSeveralArticlesIsAnArrayOfFramedArticles() throws Exception {
        String json = write(OutputFormat.JSONLD, RdfFileSink.DEFAULT_PRETTY_LIMIT);
        JsonNode top = new ObjectMapper().readTree(json);
        assertThat(top.isArray()).isTrue();
        assertThat(top).hasSize(3).allSatisfy(a -> assertThat(a.path("@type").asText()).isEqualTo("NewsArticle"));
    }
}
