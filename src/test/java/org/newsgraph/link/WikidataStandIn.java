package org.newsgraph.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for Wikidata's {@code /w/api.php?action=wbgetentities&sites=enwiki&titles=…} on 127.0.0.1, port 0,
 * answering from a fixture of items keyed by requested title (unknown titles come back as "missing").
 */
final class WikidataStandIn {
    static final ObjectMapper JSON = new ObjectMapper();

    private WikidataStandIn() {}

    static JsonNode fixture() throws IOException {
        try (InputStream in = WikidataStandIn.class.getResourceAsStream("wikidata-entities.json")) {
            return JSON.readTree(in);
        }
    }

    static HttpServer start(JsonNode fixture, List<String> requests) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/w/api.php", ex -> {
            String query = ex.getRequestURI().getRawQuery();
            requests.add(query + " UA=" + ex.getRequestHeaders().getFirst("User-Agent"));
            Map<String, String> params = new HashMap<>();
            for (String kv : query.split("&")) {
                String[] p = kv.split("=", 2);
                params.put(p[0], p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "");
            }
            ObjectNode entities = JSON.createObjectNode();
            int missing = -1;
            for (String title : params.getOrDefault("titles", "").split("\\|")) {
                JsonNode item = fixture.get(title);
                if (item != null) entities.set(item.get("id").asText(), item);
                else {
                    ObjectNode m = entities.putObject(Integer.toString(missing--));
                    m.put("site", "enwiki");
                    m.put("title", title);
                    m.put("missing", "");
                }
            }
            ObjectNode root = JSON.createObjectNode();
            root.set("entities", entities);
            root.put("success", 1);
            byte[] body = JSON.writeValueAsBytes(root);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }
}
