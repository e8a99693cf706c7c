package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.lang.CollectorStreamQuads;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.read.InputSource;
import org.newsgraph.vocab.SDO;

/** The lean text-index documents: deletes find exactly their document; indexes of older versions keep their ids. */
class NewsTextIndexTest {
    static { JenaSystem.init(); }

    private static final Node ANNA = NodeFactory.createURI("https://w3id.org/newsgraph/id/person/anna-berg");
    private static final Node G1 = NodeFactory.createURI("https://w3id.org/newsgraph/id/article/1");
    private static final Node G2 = NodeFactory.createURI("https://w3id.org/newsgraph/id/article/2");

    private static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(NewsStore.entityDefinition());
        config.setValueStored(false);
        return config;
    }

    private static Entity entity(TextIndex index, Node g, Node s, Node p, String value) {
        return TextQueryFuncs.entityFromQuad(index.getDocDef(), Quad.create(g, s, p, NodeFactory.createLiteralString(value)));
    }

    private static int numDocs(Directory dir) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            return r.numDocs();
        }
    }

    private static List<String> subjects(TextIndex index, String query) {
        List<String> out = new ArrayList<>();
        for (TextHit h : index.query((Node) null, query, null, null, 100)) out.add(h.getNode().getURI());
        return out;
    }

    @Test
    void aDeleteTakesOutTheDocumentOfThatQuadOnly() throws IOException {
        Directory dir = new ByteBuffersDirectory();
        NewsTextIndex index = new NewsTextIndex(dir, config());
        index.addEntity(entity(index, G1, ANNA, SDO.name, "Anna Berg"));
        index.addEntity(entity(index, G2, ANNA, SDO.name, "Anna Berg"));   // same literal, other article
        index.addEntity(TextQueryFuncs.entityFromQuad(index.getDocDef(),   // same value, other language
                Quad.create(G1, ANNA, SDO.alternateName, NodeFactory.createLiteralLang("Anna Berg", "sv"))));
        index.addEntity(entity(index, G1, G1, SDO.headline, "Anna Berg wins"));   // same graph, other subject
        index.commit();
        assertThat(numDocs(dir)).isEqualTo(4);

        index.deleteEntity(entity(index, G1, ANNA, SDO.name, "Anna Berg"));
        index.deleteEntity(entity(index, G1, ANNA, SDO.name, "Nobody"));   // nothing of that: nothing deleted
        index.commit();

        assertThat(numDocs(dir)).isEqualTo(3);
        assertThat(subjects(index, "berg")).contains(ANNA.getURI(), G1.getURI());
        index.deleteEntity(entity(index, G2, ANNA, SDO.name, "Anna Berg"));
        index.deleteEntity(TextQueryFuncs.entityFromQuad(index.getDocDef(),
                Quad.create(G1, ANNA, SDO.alternateName, NodeFactory.createLiteralLang("Anna Berg", "sv"))));
        index.commit();
        assertThat(subjects(index, "berg")).containsExactly(G1.getURI());
        index.close();
    }

    @Test
    void aDeleteFindsADocumentAddedInTheSameUncommittedBatch() throws IOException {
        Directory dir = new ByteBuffersDirectory();
        NewsTextIndex index = new NewsTextIndex(dir, config());
        index.addEntity(entity(index, G1, G1, SDO.articleBody, "Heavy rain flooded the orchards."));
        index.deleteEntity(entity(index, G1, G1, SDO.articleBody, "Heavy rain flooded the orchards."));
        index.addEntity(entity(index, G1, G1, SDO.articleBody, "Heavy rain flooded the orchards."));
        index.commit();
        assertThat(numDocs(dir)).isEqualTo(1);
        index.close();
    }

    @Test
    void aNewIndexRecordsHowItsIdsAreMadeAndKeepsThatAcrossRollbackAndReopen(@TempDir Path tmp) throws IOException {
        try (Directory dir = FSDirectory.open(tmp)) {
            NewsTextIndex index = new NewsTextIndex(dir, config());
            assertThat(index.isLegacy()).isFalse();
            index.addEntity(entity(index, G1, ANNA, SDO.name, "Anna Berg"));
            index.rollback();   // a new Lucene writer: the format must still be recorded by the next commit
            index.addEntity(entity(index, G1, ANNA, SDO.name, "Anna Berg"));
            index.commit();
            index.close();
            assertThat(SegmentInfos.readLatestCommit(dir).getUserData())
                    .containsEntry(NewsTextIndex.FORMAT_KEY, NewsTextIndex.FORMAT);

            NewsTextIndex reopened = new NewsTextIndex(dir, config());
            assertThat(reopened.isLegacy()).isFalse();
            reopened.deleteEntity(entity(reopened, G1, ANNA, SDO.name, "Anna Berg"));
            reopened.commit();
            assertThat(numDocs(dir)).isZero();
            reopened.close();
        }
    }

    @Test
    void anIndexWrittenWithJenaTextIdsKeepsThemSoItsDeletesStillWork(@TempDir Path tmp) throws IOException {
        try (Directory dir = FSDirectory.open(tmp)) {
            TextIndex old = TextDatasetFactory.createLuceneIndex(dir, config());   // what earlier versions wrote
            old.addEntity(entity(old, G1, ANNA, SDO.name, "Anna Berg"));
            old.addEntity(entity(old, G2, ANNA, SDO.name, "Anna Berg"));
            old.commit();
            old.close();

            NewsTextIndex index = new NewsTextIndex(dir, config());
            assertThat(index.isLegacy()).isTrue();
            index.deleteEntity(entity(index, G1, ANNA, SDO.name, "Anna Berg"));
            index.addEntity(entity(index, G1, ANNA, SDO.name, "Anna Lind"));
            index.commit();
            index.close();
            assertThat(numDocs(dir)).isEqualTo(2);
            assertThat(SegmentInfos.readLatestCommit(dir).getUserData()).doesNotContainKey(NewsTextIndex.FORMAT_KEY);

            NewsTextIndex again = new NewsTextIndex(dir, config());
            assertThat(again.isLegacy()).isTrue();
            again.deleteEntity(entity(again, G1, ANNA, SDO.name, "Anna Lind"));   // written in the old format too
            again.commit();
            assertThat(numDocs(dir)).isEqualTo(1);
            again.close();
        }
    }

    @Test
    void replacingABulkLoadedArticleTakesItsOldWordsOutOfTheTextIndex(@TempDir Path dir) throws IOException {
        ArticleMapper mapper = ArticleMapper.create().build();
        Article before = Article.builder("test").url("https://example.org/a").headline("Floods in Valencia")
                .body("Heavy rain flooded the orchards.").build();
        Article after = Article.builder("test").url("https://example.org/a").headline("Floods in Valencia")
                .body("Heavy rain flooded the vineyards.").build();
        CollectorStreamQuads quads = new CollectorStreamQuads();
        mapper.map(before, quads);
        var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        quads.getCollected().forEach(dsg::add);
        var nq = new java.io.ByteArrayOutputStream();
        org.apache.jena.riot.RDFDataMgr.write(nq, dsg, org.apache.jena.riot.Lang.NQUADS);
        try (NewsStore store = NewsStore.open(dir)) {
            BulkLoader.create(store).build()
                    .load(List.of(InputSource.ofBytes("a.nq", nq.toByteArray())));
            assertThat(search(store, "orchards")).hasSize(1);
            int docs = numDocs(((NewsTextIndex) store.textIndex()).getDirectory());

            try (StoreSink sink = StoreSink.create(store).build()) {
                CollectorStreamQuads c = new CollectorStreamQuads();
                Node g = mapper.map(after, c);
                sink.accept(g, c.getCollected());
            }
            assertThat(search(store, "orchards")).isEmpty();
            assertThat(search(store, "vineyards")).hasSize(1);
            assertThat(numDocs(((NewsTextIndex) store.textIndex()).getDirectory())).isEqualTo(docs);
        }
    }

    private static List<String> search(NewsStore store, String word) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query("""
                    PREFIX text: <http://jena.apache.org/text#>
                    SELECT ?a { ?a text:query "%s" }""".formatted(word)).build()) {
                List<String> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(s -> out.add(s.getResource("a").getURI()));
                return out;
            }
        });
    }
}
