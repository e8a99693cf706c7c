package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.ArticleMapper;
import org.apache.jena.riot.lang.CollectorStreamQuads;
import org.apache.jena.graph.Node;

class NewsStoreTest {
    static { JenaSystem.init(); }

    private static final ArticleMapper MAPPER = ArticleMapper.create().build();

    private static void load(NewsStore store, Article... articles) {
        try (StoreSink sink = StoreSink.create(store).batchSize(2).build()) {
            for (Article a : articles) {
                CollectorStreamQuads c = new CollectorStreamQuads();
                Node g = MAPPER.map(a, c);
                sink.accept(g, c.getCollected());
            }
        }
    }

    private static Article article(String url, String headline, String body) {
        return Article.builder("test").url(url).headline(headline).body(body).build();
    }

    @Test
    void reloadingTheSameArticlesLeavesTheQuadCountUnchanged(@TempDir Path dir) {
        Article a = article("https://example.org/a", "Floods in Valencia", "Heavy rain flooded the city.");
        Article b = article("https://example.org/b", "Harvest up", "Farmers reported a record harvest.");
        try (NewsStore store = NewsStore.open(dir)) {
            load(store, a, b);
            long first = store.size();
            assertThat(first).isGreaterThan(10);
            load(store, a, b);
            assertThat(store.size()).isEqualTo(first);
        }
        try (NewsStore reopened = NewsStore.open(dir)) {
            assertThat(reopened.size()).isGreaterThan(10);
        }
    }

    @Test
    void replacingAnArticleDropsItsOldTriples(@TempDir Path dir) {
        try (NewsStore store = NewsStore.open(dir)) {
            load(store, article("https://example.org/a", "Old headline", "Old body."));
            load(store, article("https://example.org/a", "New headline", "New body."));
            List<String> headlines = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                        .query("SELECT ?h { GRAPH ?g { ?a <http://schema.org/headline> ?h } }").build()) {
                    List<String> out = new java.util.ArrayList<>(); qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("h").getString())); return out;
                }
            });
            assertThat(headlines).containsExactly("New headline");
        }
    }

    @Test
    void fullTextSearchFindsAnArticleByABodyWord(@TempDir Path dir) {
        try (NewsStore store = NewsStore.open(dir)) {
            load(store, article("https://example.org/a", "Floods in Valencia", "Heavy rain flooded the orchards."),
                    article("https://example.org/b", "Harvest up", "Farmers reported a record harvest."));
            List<String> found = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query("""
                        PREFIX text: <http://jena.apache.org/text#>
                        PREFIX schema: <http://schema.org/>
                        SELECT ?h { ?a text:query "orchards" . GRAPH ?g { ?a schema:headline ?h } }""").build()) {
                    List<String> out = new java.util.ArrayList<>(); qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("h").getString())); return out;
                }
            });
            assertThat(found).containsExactly("Floods in Valencia");
        }
    }

    /** A database is created whole: a creation killed half-way (a leftover tdb2.creating) is discarded, never opened. */
    @Test
    void aHalfCreatedDatabaseIsDiscardedAndTheStoreOpens(@TempDir Path dir) throws Exception {
        Path creating = java.nio.file.Files.createDirectories(dir.resolve("tdb2.creating/Data-0001"));
        java.nio.file.Files.write(creating.resolve("SPO.idn"), new byte[8192]);   // one B+tree file written, its partner missing
        try (NewsStore s = NewsStore.open(dir)) {
            assertThat(s.size()).isZero();
        }
        assertThat(dir.resolve("tdb2.creating")).doesNotExist();
        assertThat(dir.resolve("tdb2")).isDirectory();
    }
}
