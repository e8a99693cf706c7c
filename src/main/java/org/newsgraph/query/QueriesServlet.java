package org.newsgraph.query;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.riot.WebContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saved queries over HTTP, for an embedded Fuseki ({@code addServlet("/queries/*", ...)}):
 * <ul>
 *   <li>{@code GET /queries}: the catalogue, JSON ({@code Accept: application/json}) or an HTML page
 *       ({@code text/html});</li>
 *   <li>{@code GET /queries/{name}?param=value...}: runs the query; the {@code Accept} header chooses SPARQL
 *       JSON/XML/CSV/TSV results (SELECT, ASK) or Turtle/JSON-LD/N-Triples (CONSTRUCT, DESCRIBE).
 *       {@code Vary: Accept}. A parameter that is missing, unknown or does not fit its type gives 400 with a
 *       message, before any query runs; an unknown query gives 404.</li>
 * </ul>
 *
 * <pre>
 *   FusekiServer.create().port(3030).add("/news", store.dataset())
 *       .addServlet("/queries/*", new QueriesServlet(SavedQueryCatalog.load(), store.dataset()))
 *       .build().start();
 * </pre>
 */
public class QueriesServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(QueriesServlet.class);

    private static final List<ResultFormat> RESULT_OFFER = List.of(ResultFormat.JSON, ResultFormat.XML, ResultFormat.CSV, ResultFormat.TSV);
    private static final List<ResultFormat> GRAPH_OFFER = List.of(ResultFormat.TURTLE, ResultFormat.JSONLD, ResultFormat.NTRIPLES);
    private static final String HTML = WebContent.contentTypeHTML;
    private static final String JSON = WebContent.contentTypeJSON;

    private final transient SavedQueryCatalog catalog;
    private final transient Dataset dataset;
    private Duration timeout = SavedQueryRunner.DEFAULT_TIMEOUT;

    public QueriesServlet(SavedQueryCatalog catalog, Dataset dataset) {
        this.catalog = catalog;
        this.dataset = dataset;
    }

    /** The timeout of each query run (default 30 s). */
    public QueriesServlet timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String path = req.getPathInfo();
        String base = req.getContextPath() + req.getServletPath() + "/";
        if (path == null || path.equals("/") || path.isEmpty()) {
            catalogue(req, resp, base);
            return;
        }
        String name = path.substring(1);
        SavedQuery q = name.contains("/") ? null : catalog.get(name).orElse(null);
        if (q == null) {
            text(resp, HttpServletResponse.SC_NOT_FOUND, "No saved query '" + name + "'. The catalogue is at " + base);
            return;
        }
        BoundQuery bound;
        ResultFormat fmt;
        try {
            bound = q.bind(params(req));
            boolean graph = bound.query().isConstructType() || bound.query().isDescribeType();
            fmt = negotiate(req, graph ? GRAPH_OFFER : RESULT_OFFER);
        } catch (BadParameterException e) {
            text(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(fmt.contentType());
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (bound.saved().pagination() != null) {
            String next = base + name + "?" + nextPageQuery(req, bound.page() + 1);
            resp.setHeader("Link", "<" + next + ">; rel=\"next\"");
        }
        // Results are written to a buffer first, so that a failure mid-way still gets an error status.
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        try {
            SavedQueryRunner.over(dataset).timeout(timeout).run(bound, fmt, buffer);
        } catch (TextIndexParseException e) {
            text(resp, HttpServletResponse.SC_BAD_REQUEST, "Bad full-text query: " + e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            text(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query '" + name + "' timed out after " + timeout.toSeconds() + " s");
            return;
        } catch (RuntimeException e) {
            LOG.warn("Saved query {} failed", name, e);
            text(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Query '" + name + "' failed: " + e.getMessage());
            return;
        }
        try (OutputStream out = resp.getOutputStream()) {
            buffer.writeTo(out);
        }
    }

    private void catalogue(HttpServletRequest req, HttpServletResponse resp, String base) throws IOException {
        MediaType mt = ConNeg.chooseContentType(req, AcceptList.create(JSON, HTML), MediaType.create(JSON));
        boolean html = mt != null && HTML.equals(mt.getContentTypeStr());
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(html ? HTML : JSON);
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = (html ? CatalogWriter.html(catalog, base) : CatalogWriter.json(catalog, base)).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    private static ResultFormat negotiate(HttpServletRequest req, List<ResultFormat> offer) {
        String[] types = offer.stream().map(ResultFormat::contentType).toArray(String[]::new);
        MediaType mt = ConNeg.chooseContentType(req, AcceptList.create(types), MediaType.create(types[0]));
        if (mt == null) return offer.get(0);
        for (ResultFormat f : offer) if (f.contentType().equals(mt.getContentTypeStr())) return f;
        return offer.get(0);
    }

    /** The request's query-string parameters; a parameter given twice is an error. */
    private static Map<String, String> params(HttpServletRequest req) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getValue().length != 1)
                throw new BadParameterException(e.getKey(), "given " + e.getValue().length + " times: " + Arrays.toString(e.getValue()));
            out.put(e.getKey(), e.getValue()[0]);
        }
        return out;
    }

    private static String nextPageQuery(HttpServletRequest req, long page) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().equals(SavedQuery.PAGE_PARAM)) continue;
            sb.append(enc(e.getKey())).append('=').append(enc(e.getValue()[0])).append('&');
        }
        return sb.append(SavedQuery.PAGE_PARAM).append('=').append(page).toString();
    }

    private static String enc(String s) { return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static void text(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType(WebContent.contentTypeTextPlain);
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (OutputStream out = resp.getOutputStream()) {
            out.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
