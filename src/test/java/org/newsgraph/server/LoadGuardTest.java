package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.server.Fixtures.postUpdate;
import static org.newsgraph.server.Fixtures.query;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;

/**
 * {@code LOAD <http://…>} by an authenticated user cannot make the server reach internal addresses (SSRF): loopback,
 * private and link-local hosts are refused before any connection, redirects included, unless the host is allowed
 * with {@code --allow-load-host}. Real Fuseki servers on port 0; local listeners count the connections they get.
 */
class LoadGuardTest {
    static { JenaSystem.init(); }

    @TempDir static Path dir;
    static NewsStore store;
    static NewsServer server;
    static NewsStore allowingStore;
    static NewsServer allowing;
    /** A web server on the loopback interface, reached as "localhost" (the host the second server allows). */
    static HttpServer web;

    @BeforeAll
    static void serve() throws Exception {
        Path auth = Files.writeString(dir.resolve("users"), "editor: s3cret\n");
        store = NewsStore.inMemory();
        server = NewsServer.create().store(store).port(0).ui(false).allowUpdate(true).auth(auth).build().start();
        allowingStore = NewsStore.inMemory();
        allowing = NewsServer.create().store(allowingStore).port(0).ui(false).allowUpdate(true).auth(auth)
                .allowLoadHosts(List.of("localhost")).build().start();
        web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/data.ttl", x -> {
            byte[] b = "<thing> <https://example.org/p> \"loaded\" .\n".getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "text/turtle");
            x.sendResponseHeaders(200, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        web.createContext("/moved", x -> {
            // a redirect with a body longer than the data: none of it may end up in what is loaded
            byte[] b = ("<html><body>" + "See the data. ".repeat(50) + "</body></html>").getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Location", "/data.ttl");
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(303, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        web.start();
    }

    @AfterAll
    static void stop() {
        if (web != null) web.stop(0);
        if (server != null) server.stop();
        if (allowing != null) allowing.stop();
        if (store != null) store.close();
        if (allowingStore != null) allowingStore.close();
    }

    static String update(NewsServer s) { return s.url() + "news/update"; }

    @Test
    void loadFromALoopbackOrPrivateHostIsRefusedBeforeAnyConnection() throws Exception {
        try (HostileRequestTest.Listener l = new HostileRequestTest.Listener()) {
            int port = l.socket.getLocalPort();
            for (String url : List.of("http://127.0.0.1:" + port + "/x.ttl", "http://localhost:" + port + "/x.ttl",
                    "http://127.1.2.3:" + port + "/", "http://0.0.0.0:" + port + "/", "http://[::1]:" + port + "/",
                    "http://[::ffff:127.0.0.1]:" + port + "/", "http://169.254.169.254/latest/meta-data/",
                    "http://10.0.0.1:" + port + "/", "http://192.168.1.1/", "https://127.0.0.1:" + port + "/")) {
                var r = postUpdate(update(server), "LOAD <" + url + "> INTO GRAPH <urn:x:internal>", "editor", "s3cret");
                assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(403);
                assertThat(r.body()).contains("--allow-load-host");
                var silent = postUpdate(update(server), "LOAD SILENT <" + url + ">", "editor", "s3cret");
                assertThat(silent.statusCode()).as("SILENT " + url + ": " + silent.body()).isBetween(200, 299);
            }
            Thread.sleep(200);
            assertThat(l.connections.get()).as("connections to the internal listener").isZero();
        }
        assertThat(NewsServerTest.column(query(server.sparqlUrl(), "SELECT ?s { GRAPH ?g { ?s ?p ?o } }"), "s")).isEmpty();
    }

    @Test
    void aRedirectToAnInternalHostIsRefusedAtThatHop() throws Exception {
        try (HostileRequestTest.Listener l = new HostileRequestTest.Listener()) {
            String target = "http://127.0.0.1:" + l.socket.getLocalPort() + "/secret";
            web.createContext("/to-internal", x -> {
                x.getResponseHeaders().add("Location", target);
                x.sendResponseHeaders(302, -1);
                x.close();
            });
            // localhost is allowed on this server, 127.0.0.1 is not
            String from = "http://localhost:" + web.getAddress().getPort() + "/to-internal";
            var r = postUpdate(update(allowing), "LOAD <" + from + "> INTO GRAPH <urn:x:redirected>", "editor", "s3cret");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
            assertThat(r.body()).contains("127.0.0.1");
            Thread.sleep(200);
            assertThat(l.connections.get()).isZero();
        }
    }

    @Test
    void anAllowedHostIsLoadedThroughRedirectsWithItsUrlAsBase() throws Exception {
        String base = "http://localhost:" + web.getAddress().getPort();
        // with prefixes and another operation in the same request, which run as written
        var r = postUpdate(update(allowing), "PREFIX ex: <https://example.org/> LOAD <" + base + "/moved> INTO GRAPH <urn:x:loaded> ;"
                + " INSERT DATA { GRAPH <urn:x:loaded> { ex:also ex:p \"inserted\" } }", "editor", "s3cret");
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        var rows = query(allowing.sparqlUrl(), "SELECT ?s { GRAPH <urn:x:loaded> { ?s <https://example.org/p> ?o } } ORDER BY ?s");
        assertThat(NewsServerTest.column(rows, "s")).containsExactly(base + "/thing", "https://example.org/also");
        // and the same host stays refused on a server that does not allow it
        var refused = postUpdate(update(server), "LOAD <" + base + "/data.ttl>", "editor", "s3cret");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    }
}
