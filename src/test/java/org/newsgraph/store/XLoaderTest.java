package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;

/**
 * {@code load --xloader}: Jena's tdb2.xloader (a real child JVM and the system's sort) builds the store's TDB2
 * database, then the text index and the article index are built from it; later loads replace article by article.
 */
class XLoaderTest {
    static { JenaSystem.init(); }

    static int run(StringWriter err, String... args) {
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void xloaderBuildsTheDatabaseThenTheTextAndArticleIndexes(@TempDir Path dir) throws Exception {
        Path parts = dir.resolve("parts");
        Files.createDirectories(parts);
        StringWriter err = new StringWriter();
        Path nq = dir.resolve("examples.nq");
        assertThat(run(err, "convert", "--no-nlp", "-o", nq.toString(), "examples")).as(err.toString()).isZero();
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(parts.resolve("part-00000.nq.gz")))) {
            Files.copy(nq, out);
        }
        Files.writeString(parts.resolve("_summary.json"), "{}");   // beside the parts, as 'spark' writes it: skipped

        Path store = dir.resolve("store");
        StringWriter load = new StringWriter();
        assertThat(run(load, "load", "--xloader", "--store", store.toString(), parts.toString())).as(load.toString()).isZero();
        assertThat(load.toString()).contains("with tdb2.xloader").contains("4 articles");
        assertThat(store.resolve("tdb2/quads.tmp.gz")).doesNotExist();

        long size;
        try (NewsStore s = NewsStore.open(store)) {
            size = s.size();
            assertThat(size).isGreaterThan(50);
            assertThat(s.articleIndex().articleCount()).isEqualTo(4);
            String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?a { ?a text:query 'metro' }";
            long hits = Txn.calculateRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
                    long n = 0;
                    for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) n++;
                    return n;
                }
            });
            assertThat(hits).isGreaterThanOrEqualTo(1);
        }
        assertThat(store.resolve("article-index.bin")).exists();

        // a file xloader could not read is a usage error before anything starts
        Path notGzip = dir.resolve("plain.nq.gz");
        Files.copy(nq, notGzip);
        StringWriter bad = new StringWriter();
        assertThat(run(bad, "load", "--xloader", "--store", dir.resolve("store2").toString(), notGzip.toString()))
                .isEqualTo(Main.EXIT_USAGE);
        assertThat(bad.toString()).contains("Not in gzip format");
        // xloader only builds new databases: a usage error on this one
        StringWriter again = new StringWriter();
        assertThat(run(again, "load", "--xloader", "--store", store.toString(), parts.toString())).isEqualTo(Main.EXIT_USAGE);
        assertThat(again.toString()).contains("needs a new store");
        // an ordinary load of the same parts replaces each article's graph: nothing doubles
        assertThat(run(new StringWriter(), "load", "--store", store.toString(), parts.toString())).isZero();
        try (NewsStore s = NewsStore.open(store)) {
            assertThat(s.size()).isEqualTo(size);
        }
    }
}
