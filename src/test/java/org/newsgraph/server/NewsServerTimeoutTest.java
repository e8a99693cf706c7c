package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.server.Fixtures.query;

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
                // and a quick query still works afterwards
                assertThat(query(server.sparqlUrl(), "ASK { GRAPH ?g { ?s ?p ?o } }").statusCode()).isEqualTo(200);
            } finally {
                server.stop();
            }
        }
    }
}
