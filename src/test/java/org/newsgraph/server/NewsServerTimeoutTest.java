package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.server.Fixtures.query;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.NewsStore;

class NewsServerTimeoutTest {
    static { JenaSystem.init(); }

    @Test
    void aQueryRunningLongerThanTheTimeoutIsCancelled() throws Exception {
        try (NewsStore store = NewsStore.inMemory()) {
            var g = NodeFactory.createURI("https://example.org/g");
            var p = NodeFactory.createURI("https://example.org/p");
            Txn.executeWrite(store.datasetGraph(), () -> {
                for (int i = 0; i < 2000; i++)
                    store.datasetGraph().add(Quad.create(g, NodeFactory.createURI("https://example.org/s" + i), p,
                            NodeFactory.createLiteralString("v" + i)));
            });
            NewsServer server = NewsServer.create().store(store).port(0).timeout(Duration.ofSeconds(1)).ui(false).build().start();
            try {
                // 2000^3 = 8e9 rows to count: hours without a timeout.
                String slow = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j } }";
                long t0 = System.nanoTime();
                var r = query(server.sparqlUrl(), slow);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
                assertThat(ms).as("cancelled long before the count could finish").isLessThan(60_000);
                // rows that stream out quickly until the timeout strikes: never a complete-looking 200
                String streaming = "SELECT ?a ?c ?f { GRAPH ?g { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j } }";
                HttpResponse<String> s = null;
                try {
                    s = query(server.sparqlUrl(), streaming);
                } catch (java.io.IOException broken) {
                    // the transfer was aborted: the client knows the result is incomplete
                }
                if (s != null) {
                    assertThat(s.statusCode()).as("a 200 here would be a truncated result").isNotEqualTo(200);
                }
                // fewer rows than are buffered, then the timeout: the error status, not a 200
                String fewThenSlow = "SELECT ?a { GRAPH ?g { ?a ?b ?c } FILTER(?c = \"v1\" || EXISTS { GRAPH ?g "
                        + "{ ?d ?e ?f . ?h ?i ?j FILTER(?f = ?j && ?d != ?h) } }) }";
                var few = query(server.sparqlUrl(), fewThenSlow);
                assertThat(few.statusCode()).as(few.body()).isEqualTo(503);
                // and a quick query still works afterwards
                assertThat(query(server.sparqlUrl(), "ASK { GRAPH ?g { ?s ?p ?o } }").statusCode()).isEqualTo(200);
            } finally {
                server.stop();
            }
        }
    }
}
