package org.newsgraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.newsgraph.store.NewsStore;

/** The saved-query test data: the fixture knowledge graph and the (query, parameters, expected) cases. */
final class QueryFixture {
    static final Path DIR = Path.of("src/test/resources/queries");
    static final Path FIXTURE = DIR.resolve("fixture.trig");
    static final Path EXPECTED = DIR.resolve("expected");

    /** One query test: the saved query, its parameters, and the expected-results file stem. */
    record Case(String name, String query, Map<String, String> params) {}

    private QueryFixture() {}

    /** Loads the fixture into {@code store} (one write transaction; the text index is updated too). */
    static void load(NewsStore store) {
        Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), FIXTURE.toString()));
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(DIR.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                out.add(new Case(f[0], f[1], params(f.length > 2 ? f[2] : "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Map<String, String> params(String query) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String kv : query.split("&")) {
            if (kv.isBlank()) continue;
            String[] p = kv.split("=", 2);
            m.put(URLDecoder.decode(p[0], StandardCharsets.UTF_8), URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8));
        }
        return m;
    }
}
