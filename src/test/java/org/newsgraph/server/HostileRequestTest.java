package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.server.Fixtures.HTTP;
import static org.newsgraph.server.Fixtures.postUpdate;
import static org.newsgraph.server.Fixtures.query;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;

/**
 * What a hostile client can make the server do, on a real Fuseki (port 0) over a real TDB2 store with updates on:
 * oversized bodies are refused before they are read, SERVICE reaches nothing, LOAD cannot read local files, the log
 * holds no more than a prefix of a query, and basic auth and read-only endpoints hold.
 */
class HostileRequestTest {
    static { JenaSystem.init(); }

    @TempDir static Path dir;
    static NewsStore store;
    static NewsServer server;

    @BeforeAll
    static void serve() throws Exception {
        StringWriter err = new StringWriter();
        assertThat(Fixtures.run(err, "load", Fixtures.articles().toString(), "--store", dir.resolve("s").toString(),
                "--threads", "1", "--no-nlp")).as(err.toString()).isZero();
        Path auth = Files.writeString(dir.resolve("users"), "editor: s3cret\n");
        store = NewsStore.open(dir.resolve("s"));
        server = NewsServer.create().store(store).port(0).allowUpdate(true).auth(auth)
                .servlet("/queries/*", new org.newsgraph.query.QueriesServlet(org.newsgraph.query.SavedQueryCatalog.load(), store.dataset()))
                .build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    /** A query of about {@code bytes} bytes that is quick to run, with {@code marker} at its very end. */
    static String bigQuery(int bytes, String marker) {
        return "SELECT (1 AS ?one) { FILTER(STRLEN(\"" + "x".repeat(bytes) + marker + "\") > 0) }";
    }

    static HttpResponse<String> post(String url, String contentType, HttpRequest.BodyPublisher body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a16MegabyteQueryIsRefusedWith413() throws Exception {
        String q = bigQuery(16 << 20, "END");
        var r = post(server.sparqlUrl(), "application/sparql-query", HttpRequest.BodyPublishers.ofString(q));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("at most 1048576 bytes");
    }

    @Test
    void a25MegabyteFormIsRefusedWith413() throws Exception {
        String form = "query=" + URLEncoder.encode(bigQuery(25 << 20, "END"), StandardCharsets.UTF_8);
        var r = post(server.sparqlUrl(), "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(form));
        assertThat(r.statusCode()).isEqualTo(413);
    }

    /** An input stream over {@code bytes} that pauses briefly every 64 KiB, like a client on a slower link. */
    static java.io.InputStream slowly(byte[] bytes) {
        return new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override public int read(byte[] b, int off, int len) throws java.io.IOException {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
                return super.read(b, off, Math.min(len, 64 << 10));
            }
        };
    }

    /**
     * The 413 (or 401) is sent while the client is still sending its body; the server reads (and drops) the rest
     * before it closes, so the client gets the answer instead of a connection reset ("header parser received no
     * bytes", caused by "Broken pipe"). Slow bodies make sure the answer comes while the client is still sending.
     */
    @Test
    void aClientStillSendingItsBodyGetsThe413NotAReset() throws Exception {
        byte[] form = ("query=" + URLEncoder.encode(bigQuery(8 << 20, "END"), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) {
            var declared = post(server.sparqlUrl(), "application/x-www-form-urlencoded",
                    HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> slowly(form)), form.length));
            assertThat(declared.statusCode()).as("Content-Length, round " + i).isEqualTo(413);
            var chunked = post(server.sparqlUrl(), "application/sparql-query",
                    HttpRequest.BodyPublishers.ofInputStream(() -> slowly(form)));
            assertThat(chunked.statusCode()).as("chunked, round " + i).isEqualTo(413);
            // answered by authentication before the body is read
            var anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "news/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> slowly(form)), form.length))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as("unauthenticated, round " + i).isIn(401, 413);
        }
    }

    /**
     * The same over a bare socket, deterministically: the whole refused body can be sent (the server reads and drops
     * it instead of closing with unread data, which resets the connection and fails the client's write), and the
     * answer is a 413 followed by an orderly end of the connection.
     */
    @Test
    void aRefusedBodyCanBeSentInFullAndTheAnswerRead() throws Exception {
        byte[] body = new byte[8 << 20];
        java.util.Arrays.fill(body, (byte) 'x');
        for (String auth : new String[] {"editor:s3cret", null}) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                s.setSoTimeout(10_000);
                String head = "POST /news/update HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/sparql-update\r\n"
                        + (auth == null ? "" : "Authorization: Basic "
                                + java.util.Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)) + "\r\n")
                        + "Content-Length: " + body.length + "\r\n\r\n";
                var out = s.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(body); // fails with "Broken pipe" or "Connection reset" when the server closes unread
                out.flush();
                String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertThat(answer).as(auth == null ? "anonymous" : "authenticated")
                        .startsWith(auth == null ? "HTTP/1.1 401" : "HTTP/1.1 413");
            }
        }
    }

    @Test
    void aChunkedBodyWithoutLengthIsCutAtTheLimit() throws Exception {
        byte[] q = bigQuery(3 << 20, "END").getBytes(StandardCharsets.UTF_8);
        var r = post(server.sparqlUrl(), "application/sparql-query",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(q)));
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void anUpdateOverTheLimitIsRefusedBeforeAuthenticationOrParsing() throws Exception {
        String big = "INSERT DATA { <urn:x:s> <urn:x:p> \"" + "y".repeat(2 << 20) + "\" }";
        var r = postUpdate(server.url() + "news/update", big, "editor", "s3cret");
        assertThat(r.statusCode()).as(r.headers() + r.body()).isEqualTo(413);
        // without credentials, authentication comes first (and reads no body either)
        assertThat(postUpdate(server.url() + "news/update", big, null, null).statusCode()).isIn(401, 413);
    }

    @Test
    void aQueryJustUnderTheLimitStillRuns() throws Exception {
        var r = post(server.sparqlUrl(), "application/sparql-query", HttpRequest.BodyPublishers.ofString(bigQuery(900_000, "END")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void aHugeGetParameterIsAClientError() throws Exception {
        String url = server.sparqlUrl() + "?query=" + "x".repeat(100_000);
        var r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isBetween(400, 499);
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void clientErrorsOnSavedQueriesAre4xxNot500() throws Exception {
        String q = server.url() + "queries/people-most-mentioned";
        var huge = get(q + "?page=9223372036854775807");
        assertThat(huge.statusCode()).as(huge.body()).isEqualTo(400);
        assertThat(huge.body()).contains("page");
        var longValue = get(q + "?since=" + "9".repeat(10_000));
        assertThat(longValue.statusCode()).as(longValue.body()).isEqualTo(400);
        assertThat(longValue.body().length()).as("the value is not echoed").isLessThan(1000);
        var veryLong = get(q + "?since=" + "9".repeat(100_000));
        assertThat(veryLong.statusCode()).isBetween(400, 499);
        var form = post(q, "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString("since=" + "9".repeat(25 << 20)));
        assertThat(form.statusCode()).isEqualTo(413);
        // and a good request still works, with its Link to the next page
        var ok = get(q + "?since=2000-01-01");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    }

    @Test
    void theLogHoldsOnlyAPrefixOfALongQuery() throws Exception {
        String marker = "MARKER" + System.nanoTime();
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        // Fuseki's request log at INFO (NEWSGRAPH_LOG_LEVEL=info), where it prints each query
        var fuseki = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.jena.fuseki");
        var level = fuseki.getLevel();
        fuseki.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            var r = post(server.sparqlUrl(), "application/sparql-query", HttpRequest.BodyPublishers.ofString(bigQuery(500_000, marker)));
            assertThat(r.statusCode()).isEqualTo(200);
            var bad = post(server.sparqlUrl(), "application/sparql-query",
                    HttpRequest.BodyPublishers.ofString(bigQuery(500_000, marker) + " BROKEN {"));
            assertThat(bad.statusCode()).isEqualTo(400);
        } finally {
            System.setErr(saved);
            fuseki.setLevel(level);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("the query was logged").contains("FILTER");
        assertThat(log).doesNotContain(marker);
        assertThat(log.length()).isLessThan(10_000);
    }

    /** A local TCP listener counting the connections made to it. */
    static final class Listener implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger connections = new AtomicInteger();
        final Thread thread;

        Listener() throws Exception {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        connections.incrementAndGet();
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        String url() { return "http://127.0.0.1:" + socket.getLocalPort() + "/sparql"; }

        @Override public void close() throws Exception { socket.close(); }
    }

    @Test
    void serviceReachesNothingOnThePublicEndpoint() throws Exception {
        try (Listener l = new Listener()) {
            var fixed = query(server.sparqlUrl(), "SELECT * { SERVICE <" + l.url() + "> { ?s ?p ?o } }");
            assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(403);
            var variable = query(server.sparqlUrl(), "SELECT * { VALUES ?u { <" + l.url() + "> } SERVICE ?u { ?s ?p ?o } }");
            assertThat(variable.statusCode()).as(variable.body()).isEqualTo(403);
            var silent = query(server.sparqlUrl(), "SELECT * { SERVICE SILENT <" + l.url() + "> { ?s ?p ?o } }");
            assertThat(silent.statusCode()).isIn(200, 400, 403);
            // nor through an update's WHERE clause
            postUpdate(server.url() + "news/update", "INSERT { GRAPH <urn:x:g> { ?s ?p ?o } } WHERE { SERVICE <" + l.url()
                    + "> { ?s ?p ?o } }", "editor", "s3cret");
            Thread.sleep(200);
            assertThat(l.connections.get()).isZero();
        }
    }

    @Test
    void anAllowedServiceIsCalledAndNoOther(@TempDir Path d) throws Exception {
        try (Listener allowed = new Listener(); Listener other = new Listener(); NewsStore s = NewsStore.inMemory()) {
            NewsServer fed = NewsServer.create().store(s).port(0).ui(false).timeout(java.time.Duration.ofSeconds(2))
                    .allowService(List.of(allowed.url())).build().start();
            try {
                query(fed.sparqlUrl(), "SELECT * { SERVICE <" + allowed.url() + "> { ?s ?p ?o } }");
                query(fed.sparqlUrl(), "SELECT * { SERVICE <" + other.url() + "> { ?s ?p ?o } }");
                for (int i = 0; i < 50 && allowed.connections.get() == 0; i++) Thread.sleep(100);
                assertThat(allowed.connections.get()).isPositive();
                assertThat(other.connections.get()).isZero();
            } finally {
                fed.stop();
            }
        }
    }

    @Test
    void loadOfALocalFileIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.ttl"), "root:x:0:0:secret-content\n");
        for (String src : List.of(secret.toUri().toString(), "secret.ttl", "jar:file:" + secret + "!/x")) {
            var r = postUpdate(server.url() + "news/update", "LOAD <" + src + "> INTO GRAPH <urn:x:stolen>", "editor", "s3cret");
            assertThat(r.statusCode()).as(src + ": " + r.body()).isEqualTo(403);
            assertThat(r.body()).doesNotContain("secret-content").doesNotContain("root");
        }
        var form = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "news/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("editor:s3cret".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode("LOAD <" + secret.toUri() + ">", StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).as(form.body()).isEqualTo(403);
        var graphs = query(server.sparqlUrl(), "SELECT ?o { GRAPH <urn:x:stolen> { ?s ?p ?o } }");
        assertThat(NewsServerTest.column(graphs, "o")).isEmpty();
    }

    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The Graph Store Protocol at /news/data with updates on: reads (GET, HEAD) open to anyone, writes for users. */
    @Test
    void graphStoreReadsAreOpenAndWritesNeedAUser() throws Exception {
        String graph = "?graph=" + URLEncoder.encode("https://example.org/gsp", StandardCharsets.UTF_8);
        String g = server.url() + "news/data" + graph;
        var turtle = HttpRequest.BodyPublishers.ofString("<https://example.org/s> <https://example.org/p> \"gsp\" .");
        var put = HttpRequest.newBuilder(URI.create(g)).header("Content-Type", "text/turtle").PUT(turtle);
        assertThat(HTTP.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        var ok = HTTP.send(put.header("Authorization", basic("editor", "s3cret")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).as(ok.body()).isBetween(200, 299);
        // reads are open: at /news/data as at /news/get and /news
        for (String read : List.of(g, server.url() + "news/get" + graph, server.datasetUrl() + graph)) {
            var r = Fixtures.get(read, "text/turtle");
            assertThat(r.statusCode()).as(read + r.body()).isEqualTo(200);
            assertThat(r.body()).contains("gsp");
        }
        var head = HTTP.send(HttpRequest.newBuilder(URI.create(g)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
        // every write needs a user: anonymous PUT, POST and DELETE are 401 and change nothing
        var post = HttpRequest.newBuilder(URI.create(g)).header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("<https://example.org/s> <https://example.org/p> \"anonymous\" ."));
        assertThat(HTTP.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        var delete = HttpRequest.newBuilder(URI.create(g)).DELETE();
        assertThat(HTTP.send(delete.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        var patch = HTTP.send(HttpRequest.newBuilder(URI.create(g)).header("Content-Type", "text/turtle")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(patch.statusCode()).as("PATCH").isEqualTo(401);
        assertThat(Fixtures.get(g, "text/turtle").body()).contains("gsp").doesNotContain("anonymous");
        // a user can write and delete
        assertThat(HTTP.send(post.header("Authorization", basic("editor", "s3cret")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isBetween(200, 299);
        assertThat(Fixtures.get(g, "text/turtle").body()).contains("anonymous");
        assertThat(HTTP.send(delete.header("Authorization", basic("editor", "s3cret")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isBetween(200, 299);
        assertThat(Fixtures.get(g, "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test
    void updatesNeedCredentialsAndReadsDoNot() throws Exception {
        String ins = "INSERT DATA { GRAPH <urn:x:a> { <urn:x:s> <urn:x:p> \"v\" } }";
        assertThat(postUpdate(server.url() + "news/update", ins, null, null).statusCode()).isEqualTo(401);
        assertThat(postUpdate(server.url() + "news/update", ins, "editor", "nope").statusCode()).isEqualTo(401);
        assertThat(query(server.sparqlUrl(), "ASK { ?s ?p ?o }").statusCode()).isEqualTo(200);
        // the SPARQL endpoint takes no updates
        var r = post(server.sparqlUrl(), "application/sparql-update", HttpRequest.BodyPublishers.ofString(ins));
        assertThat(r.statusCode()).isBetween(400, 499);
    }

    @Test
    void pathTraversalReachesNoFile() throws Exception {
        for (String path : List.of("../../../../etc/passwd", "%2e%2e/%2e%2e/%2e%2e/etc/passwd", "queries/..%2F..%2F..%2Fetc%2Fpasswd",
                "queries/%2e%2e/%2e%2e/pom.xml", "static/..%2f..%2fpom.xml", "..%5c..%5cpom.xml")) {
            var r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
            assertThat(r.body()).as(path).doesNotContain("root:").doesNotContain("<artifactId>");
        }
    }

    @Test
    void theServerListensOnLoopbackOnly() throws Exception {
        assertThat(server.url()).startsWith("http://127.0.0.1:");
        var addr = ((org.eclipse.jetty.server.ServerConnector) server.fuseki().getJettyServer().getConnectors()[0]).getHost();
        assertThat(addr).isEqualTo("127.0.0.1");
        // not reachable on another local address of this machine, if there is one
        for (var ni : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (var a : java.util.Collections.list(ni.getInetAddresses())) {
                if (a.isLoopbackAddress() || !(a instanceof java.net.Inet4Address)) continue;
                try (Socket s = new Socket()) {
                    s.connect(new java.net.InetSocketAddress(a, server.port()), 1000);
                    throw new AssertionError("reachable on " + a);
                } catch (java.net.ConnectException | SocketTimeoutException expected) {
                    // refused: good
                }
            }
        }
    }
}
