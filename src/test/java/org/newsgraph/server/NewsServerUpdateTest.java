package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.server.Fixtures.postUpdate;
import static org.newsgraph.server.Fixtures.query;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;

/** --allow-update: only with credentials, and then only for authenticated users. */
class NewsServerUpdateTest {
    static { JenaSystem.init(); }

    static final String UPDATE = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <http://schema.org/name> \"added\" } }";

    @Test
    void updateWithoutCredentialsIsRefusedAtStart(@TempDir Path dir) {
        try (NewsStore store = NewsStore.open(dir)) {
            assertThatThrownBy(() -> NewsServer.create().store(store).port(0).allowUpdate(true).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--auth-file");
        }
    }

    @Test
    void anAuthFileWithoutUsersIsRefused(@TempDir Path dir) throws Exception {
        Path auth = Files.writeString(dir.resolve("users"), "# nobody\n\n");
        try (NewsStore store = NewsStore.inMemory()) {
            assertThatThrownBy(() -> NewsServer.create().store(store).port(0).allowUpdate(true).auth(auth).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no 'user: password'");
        }
    }

    @Test
    void updateWithCredentialsIsAcceptedAndWithoutCredentialsGets401(@TempDir Path dir) throws Exception {
        Path auth = Files.writeString(dir.resolve("users"), "editor: s3cret\n");
        try (NewsStore store = NewsStore.open(dir.resolve("store"))) {
            NewsServer server = NewsServer.create().store(store).port(0).allowUpdate(true).auth(auth).build().start();
            try {
                String ask = "SELECT ?n { GRAPH ?g { <https://example.org/s> <http://schema.org/name> ?n } }";
                assertThat(postUpdate(server.url() + "news/update", UPDATE, null, null).statusCode()).isEqualTo(401);
                assertThat(postUpdate(server.url() + "news/update", UPDATE, "editor", "wrong").statusCode()).isEqualTo(401);
                assertThat(NewsServerTest.column(query(server.sparqlUrl(), ask), "n")).isEmpty();

                assertThat(postUpdate(server.url() + "news/update", UPDATE, "editor", "s3cret").statusCode()).isBetween(200, 299);
                // reads stay open to everyone
                assertThat(NewsServerTest.column(query(server.sparqlUrl(), ask), "n")).containsExactly("added");

                // the article index sees what an update commits
                String counts = "PREFIX ngf: <https://w3id.org/newsgraph/fn#> PREFIX schema: <http://schema.org/> "
                        + "SELECT ?n { (?p ?n) ngf:entityCounts (schema:Person) }";
                assertThat(NewsServerTest.column(query(server.sparqlUrl(), counts), "n")).isEmpty();
                String article = "PREFIX schema: <http://schema.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                        + "INSERT DATA { GRAPH <https://example.org/a> { <https://example.org/a> schema:datePublished "
                        + "\"2024-01-02\"^^xsd:date ; schema:about <https://example.org/p> . <https://example.org/p> a "
                        + "schema:Person ; schema:name \"P\" } }";
                assertThat(postUpdate(server.url() + "news/update", article, "editor", "s3cret").statusCode()).isBetween(200, 299);
                assertThat(NewsServerTest.column(query(server.sparqlUrl(), counts), "n")).containsExactly("1");
            } finally {
                server.stop();
            }
        }
    }
}
