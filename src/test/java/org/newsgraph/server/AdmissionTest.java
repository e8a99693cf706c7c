package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.server.Fixtures.HTTP;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.NewsStore;

/**
 * The server executes at most maxConcurrent requests at once; the others wait their turn (no thread held) instead of
 * all sharing the processors, and a request that waits longer than the query timeout gets 503. Real Fuseki on port 0
 * with a probe servlet that counts how many requests run at the same time.
 */
class AdmissionTest {
    static { JenaSystem.init(); }

    /** Holds each request for {@code millis}, recording the most requests inside at once. */
    static final class Probe extends HttpServlet {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final long millis;

        Probe(long millis) { this.millis = millis; }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inside.decrementAndGet();
            }
            resp.setContentType("text/plain");
            resp.getWriter().println("done");
        }
    }

    static CompletableFuture<HttpResponse<String>> getAsync(String url) {
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void atMostMaxConcurrentRequestsRunAtOnceAndTheOthersWaitTheirTurn() throws Exception {
        Probe probe = new Probe(300);
        try (NewsStore store = NewsStore.inMemory()) {
            NewsServer server = NewsServer.create().store(store).port(0).ui(false).maxConcurrent(2)
                    .servlet("/probe/*", probe).build().start();
            try {
                List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
                for (int i = 0; i < 8; i++) all.add(getAsync(server.url() + "probe/" + i));
                for (var f : all) assertThat(f.get().statusCode()).isEqualTo(200);
                assertThat(probe.most.get()).as("requests running at once").isEqualTo(2);
                // SPARQL queries go through the same door and still work
                var q = Fixtures.query(server.sparqlUrl(), "ASK { ?s ?p ?o }");
                assertThat(q.statusCode()).isEqualTo(200);
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aRequestThatWaitsLongerThanTheTimeoutGets503AndTheHealthCheckNeverWaits() throws Exception {
        Probe probe = new Probe(4000);
        try (NewsStore store = NewsStore.inMemory()) {
            NewsServer server = NewsServer.create().store(store).port(0).ui(false).maxConcurrent(1)
                    .timeout(Duration.ofSeconds(1)).servlet("/probe/*", probe).build().start();
            try {
                var first = getAsync(server.url() + "probe/a");
                while (probe.inside.get() == 0) Thread.sleep(10);
                var ping = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "$/ping")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(ping.statusCode()).as("the health check is not queued").isEqualTo(200);
                var second = getAsync(server.url() + "probe/b").get();
                assertThat(second.statusCode()).as("waited past the timeout").isEqualTo(503);
                assertThat(first.get().statusCode()).isEqualTo(200);
                assertThat(probe.most.get()).isEqualTo(1);
            } finally {
                server.stop();
            }
        }
    }
}
