package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;
import org.newsgraph.vocab.SDO;

class ExportCommandTest {
    static { JenaSystem.init(); }

    @TempDir static Path dir;
    static Path store;
    static Node article;
    static Graph articleGraph;
    static long size;

    @BeforeAll
    static void load() {
        store = dir.resolve("store");
        StringWriter err = new StringWriter();
        assertThat(LoadCommandTest.run(err, "load", LoadCommandTest.resource("articles").toString(),
                LoadCommandTest.resource("rdf/people.ttl").toString(), "--store", store.toString())).as(err.toString()).isZero();
        try (NewsStore s = NewsStore.open(store)) {
            size = s.size();
            Txn.executeRead(s.dataset(), () -> {
                var q = s.datasetGraph().find(null, null, SDO.headline, org.apache.jena.graph.NodeFactory.createLiteralString("Floods in Valencia")).next();
                article = q.getGraph();
                articleGraph = GraphFactory.createDefaultGraph();
                s.datasetGraph().getGraph(article).find().forEachRemaining(articleGraph::add);
            });
        }
    }

    @Test
    void theWholeStoreIsExportedAsNQuadsByDefault() throws Exception {
        Path out = dir.resolve("all.nq");
        StringWriter err = new StringWriter();
        assertThat(LoadCommandTest.run(err, "export", "--store", store.toString(), "-o", out.toString())).as(err.toString()).isZero();
        DatasetGraph back = RDFDataMgr.loadDatasetGraph(out.toString());
        assertThat(back.stream().count()).isEqualTo(size);
        assertThat(back.getGraph(article).isIsomorphicWith(articleGraph)).isTrue();
    }

    @Test
    void theWholeStoreAsTrigKeepsTheGraphs() throws Exception {
        Path out = dir.resolve("all.trig");
        StringWriter err = new StringWriter();
        assertThat(LoadCommandTest.run(err, "export", "--store", store.toString(), "-o", out.toString())).as(err.toString()).isZero();
        Dataset back = RDFDataMgr.loadDataset(out.toString());
        assertThat(back.asDatasetGraph().getGraph(article).isIsomorphicWith(articleGraph)).isTrue();
        assertThat(Files.readString(out)).contains("PREFIX schema:");
    }

    @Test
    void oneArticleGraphIsExportedAsTurtle() throws Exception {
        Path out = dir.resolve("one.ttl");
        StringWriter err = new StringWriter();
        assertThat(LoadCommandTest.run(err, "export", "--store", store.toString(), "--graph", article.getURI(),
                "-o", out.toString())).as(err.toString()).isZero();
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(out).parse(back);
        assertThat(back.isIsomorphicWith(articleGraph)).isTrue();
    }

    @Test
    void oneArticleAsJsonLdIsFramedOnTheArticle() throws Exception {
        Path out = dir.resolve("one.jsonld");
        StringWriter err = new StringWriter();
        assertThat(LoadCommandTest.run(err, "export", "--store", store.toString(), "--graph", article.getURI(),
                "--format", "jsonld", "-o", out.toString())).as(err.toString()).isZero();
        String json = Files.readString(out);
        assertThat(json).contains("\"@id\"").contains("Floods in Valencia").contains("NewsArticle");
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(out).lang(org.apache.jena.riot.Lang.JSONLD).parse(back);
        assertThat(back.isIsomorphicWith(articleGraph)).isTrue();
    }

    @Test
    void anUnknownGraphIsAFailure() {
        StringWriter err = new StringWriter();
        assertThat(LoadCommandTest.run(err, "export", "--store", store.toString(), "--graph", "https://example.org/none"))
                .isEqualTo(Main.EXIT_FAILURE);
        assertThat(err.toString()).contains("no graph <https://example.org/none>");
    }

    @Test
    void theWholeStoreAsTurtleOrJsonLdIsTheUnionOfItsGraphs() throws Exception {
        Graph union = GraphFactory.createDefaultGraph();
        try (NewsStore s = NewsStore.open(store)) {
            Txn.executeRead(s.dataset(), () -> s.datasetGraph().find().forEachRemaining(q -> union.add(q.asTriple())));
        }
        for (String f : new String[] {"turtle", "jsonld", "ntriples"}) {
            Path out = dir.resolve("union." + f);
            StringWriter err = new StringWriter();
            assertThat(LoadCommandTest.run(err, "export", "--store", store.toString(), "-f", f, "-o", out.toString()))
                    .as(f + ": " + err).isZero();
            assertThat(err.toString()).contains("the union of all graphs");
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.source(out).lang(f.equals("turtle") ? org.apache.jena.riot.Lang.TURTLE
                    : f.equals("jsonld") ? org.apache.jena.riot.Lang.JSONLD : org.apache.jena.riot.Lang.NTRIPLES).parse(back);
            assertThat(back.isIsomorphicWith(union)).as(f + " holds every triple of every graph, once").isTrue();
        }
        assertThat(Files.readString(dir.resolve("union.turtle"))).contains("PREFIX schema:");
    }

    @Test
    void aSavedConstructQueryIsExportedAsTurtleNTriplesOrJsonLd() throws Exception {
        for (String ext : new String[] {"ttl", "nt", "jsonld"}) {
            Path out = dir.resolve("query." + ext);
            StringWriter err = new StringWriter();
            long ran = org.newsgraph.query.SavedQueryRunner.executions();
            assertThat(LoadCommandTest.run(err, "export", "--store", store.toString(), "--query", "article-graph",
                    "-p", "article=" + article.getURI(), "-o", out.toString())).as(err.toString()).isZero();
            assertThat(org.newsgraph.query.SavedQueryRunner.executions()).isEqualTo(ran + 1);
            assertThat(err.toString()).contains("exported " + articleGraph.size() + " triples");
            Graph back = GraphFactory.createDefaultGraph();
            RDFParser.source(out).parse(back);
            assertThat(back.isIsomorphicWith(articleGraph)).as(ext).isTrue();
            if (ext.equals("jsonld"))   // framed on the one article, as --graph does
                assertThat(Files.readString(out)).contains("\"@id\": \"" + article.getURI() + "\"");
        }
    }

    @Test
    void exportRefusesASelectQueryABadParameterAndAnUnknownQuery() {
        StringWriter err = new StringWriter();
        assertThat(LoadCommandTest.run(err, "export", "--store", store.toString(), "--query", "people-most-mentioned"))
                .isEqualTo(Main.EXIT_USAGE);
        assertThat(err.toString()).contains("SELECT").contains("newsgraph query people-most-mentioned");
        StringWriter err2 = new StringWriter();
        long ran = org.newsgraph.query.SavedQueryRunner.executions();
        assertThat(LoadCommandTest.run(err2, "export", "--store", store.toString(), "--query", "article-graph",
                "-p", "article=not an iri> . } DROP ALL {")).isEqualTo(Main.EXIT_USAGE);
        assertThat(err2.toString()).contains("article");
        assertThat(org.newsgraph.query.SavedQueryRunner.executions()).as("no query ran").isEqualTo(ran);
        StringWriter err3 = new StringWriter();
        assertThat(LoadCommandTest.run(err3, "export", "--store", store.toString(), "--query", "no-such-query"))
                .isEqualTo(Main.EXIT_USAGE);
        assertThat(err3.toString()).contains("no saved query 'no-such-query'");
    }
}
