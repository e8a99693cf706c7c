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
            } finally {
                server.stop();
            }
        }
    }
}
