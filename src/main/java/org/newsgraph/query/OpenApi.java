package org.newsgraph.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The saved queries as an OpenAPI 3 description ({@code GET /queries/openapi.json}), built with Jackson from the
 * query headers: one path per query, its parameters typed from their names (an IRI as {@code format: uri}, a date
 * as {@code format: date}, integers, decimals, booleans), defaults and required flags from the header, {@code page}
 * for paginated queries and {@code format} with the formats that query form can give.
 */
public final class OpenApi {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Result formats offered for SELECT/ASK and for CONSTRUCT/DESCRIBE ({@code ?format=} values). */
    static final List<String> RESULT_FORMATS = List.of("html", "json", "xml", "csv", "tsv");
    static final List<String> GRAPH_FORMATS = List.of("html", "turtle", "jsonld", "ntriples");

    private OpenApi() {}

    /**
     * @param serverUrl the server's root URL ({@code http://127.0.0.1:3030})
     * @param prefix    the path of the saved queries ({@code /queries/})
     */
    public static String json(SavedQueryCatalog catalog, String serverUrl, String prefix, String version) {
        ObjectNode root = JSON.createObjectNode();
        root.put("openapi", "3.0.3");
        ObjectNode info = root.putObject("info");
        info.put("title", "newsgraph saved queries");
        info.put("version", version);
        info.put("description", "The saved SPARQL queries of this newsgraph server, each a GET operation. Results of a "
                + "SELECT come as SPARQL JSON (default), XML, CSV or TSV, or an HTML table; of a CONSTRUCT as Turtle "
                + "(default), JSON-LD or N-Triples: by Accept or ?format=. A paginated query links its next page with a "
                + "Link: <...>; rel=\"next\" header when there is one.");
        root.putArray("servers").addObject().put("url", serverUrl);
        ObjectNode paths = root.putObject("paths");
        for (SavedQuery q : catalog.all()) {
            ObjectNode get = paths.putObject(prefix + q.name()).putObject("get");
            get.put("operationId", q.name().replace('-', '_'));
            get.put("summary", q.summary());
            if (!q.description().isEmpty()) get.put("description", q.description());
            ArrayNode tags = get.putArray("tags");
            q.tags().forEach(tags::add);
            ArrayNode params = get.putArray("parameters");
            for (ParamSpec p : q.params()) {
                ObjectNode o = params.addObject();
                o.put("name", p.name());
                o.put("in", "query");
                o.put("required", p.required());
                o.put("description", p.type().expected());
                ObjectNode schema = o.putObject("schema");
                schema(schema, p.type());
                String d = q.defaults().get(p.name());
                if (d != null) putDefault(schema, p.type(), d);
            }
            if (q.pagination() != null) {
                ObjectNode o = params.addObject();
                o.put("name", SavedQuery.PAGE_PARAM);
                o.put("in", "query");
                o.put("required", false);
                o.put("description", "the page, " + q.pagination() + " rows each");
                o.putObject("schema").put("type", "integer").put("minimum", 1).put("default", 1);
            }
            boolean graph = q.query().isConstructType() || q.query().isDescribeType();
            ObjectNode fmt = params.addObject();
            fmt.put("name", "format");
            fmt.put("in", "query");
            fmt.put("required", false);
            fmt.put("description", "the result format, instead of the Accept header");
            ArrayNode en = fmt.putObject("schema").put("type", "string").putArray("enum");
            (graph ? GRAPH_FORMATS : RESULT_FORMATS).forEach(en::add);

            ObjectNode responses = get.putObject("responses");
            ObjectNode ok = responses.putObject("200");
            ok.put("description", graph ? "the graph the query builds" : "the query results");
            ObjectNode content = ok.putObject("content");
            for (String f : graph ? GRAPH_FORMATS : RESULT_FORMATS) {
                String type = f.equals("html") ? "text/html" : ResultFormat.parse(f).contentType();
                content.putObject(type).putObject("schema").put("type", "string");
            }
            if (q.pagination() != null)
                ok.putObject("headers").putObject("Link").put("description", "the next page, when there is one")
                        .putObject("schema").put("type", "string");
            responses.putObject("400").put("description", "a parameter is missing, unknown, repeated or not of its type");
            responses.putObject("406").put("description", "the format asked for cannot hold this query's results");
            responses.putObject("503").put("description", "the query timed out");
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void schema(ObjectNode s, ParamType t) {
        switch (t) {
            case IRI -> s.put("type", "string").put("format", "uri");
            case DATE -> s.put("type", "string").put("format", "date");
            case DATETIME -> s.put("type", "string").put("format", "date-time");
            case INTEGER -> s.put("type", "integer");
            case DECIMAL -> s.put("type", "number");
            case BOOLEAN -> s.put("type", "boolean");
            default -> s.put("type", "string");
        }
    }

    private static void putDefault(ObjectNode s, ParamType t, String d) {
        switch (t) {
            case INTEGER -> s.put("default", new java.math.BigInteger(d));
            case DECIMAL -> s.put("default", new java.math.BigDecimal(d));
            case BOOLEAN -> s.put("default", Boolean.parseBoolean(d));
            default -> s.put("default", d);
        }
    }
}
