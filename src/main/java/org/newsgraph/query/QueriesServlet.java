package org.newsgraph.query;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
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
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.riot.WebContent;
import org.newsgraph.web.QueryPages;
import org.newsgraph.web.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saved queries over HTTP, for an embedded Fuseki ({@code addServlet("/queries/*", ...)}):
 * <ul>
 *   <li>{@code GET /queries}: the catalogue, JSON ({@code Accept: application/json}) or, for browsers, a page with a
 *       form per query;</li>
 *   <li>{@code GET /queries/openapi.json}: the catalogue as an OpenAPI 3 description ({@link OpenApi});</li>
 *   <li>{@code GET /queries/{name}?param=value...}: runs the query; {@code ?format=} or else {@code Accept} chooses
 *       an HTML table (browsers), SPARQL JSON (default)/XML/CSV/TSV (SELECT, ASK) or Turtle (default)/JSON-LD/N-Triples
 *       (CONSTRUCT, DESCRIBE); a format the query form cannot give is 406. {@code Vary: Accept}. A parameter that is
 *       missing, unknown or does not fit its type gives 400 with a message (for a browser: the form with the message),
 *       before any query runs; an unknown query gives 404. A paginated query sends {@code Link: <…>; rel="next"} when
 *       a next page exists.</li>
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
    /** The request parameter that names the format instead of {@code Accept}. */
    public static final String FORMAT_PARAM = "format";

    private final transient SavedQueryCatalog catalog;
    private final transient Dataset dataset;
    private transient Site site;
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

    /** Where the other pages are (IRI links, the SPARQL editor); default: the default base, UI at {@code /ui/}. */
    public QueriesServlet site(Site s) {
        this.site = s;
        return this;
    }

    private Site site() {
        if (site == null) site = org.newsgraph.web.WebSite.site(null);
        return site;
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
        if (name.equals("openapi.json")) {
            String server = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + req.getContextPath();
            send(resp, HttpServletResponse.SC_OK, JSON, OpenApi.json(catalog, server, req.getServletPath() + "/",
                    org.newsgraph.cli.Main.version()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        SavedQuery q = name.contains("/") ? null : catalog.get(name).orElse(null);
        if (q == null) {
            text(resp, HttpServletResponse.SC_NOT_FOUND, "No saved query '" + name + "'. The catalogue is at " + base);
            return;
        }
        boolean graph = q.query().isConstructType() || q.query().isDescribeType();
        Map<String, String> params;
        ResultFormat fmt;
        boolean html;
        try {
            params = params(req);
            String asked = params.remove(FORMAT_PARAM);
            if (asked != null) {
                html = asked.equalsIgnoreCase("html");
                fmt = html ? null : ResultFormat.parse(asked);
                if (fmt != null && (fmt == ResultFormat.TABLE || fmt.isGraphFormat() != graph)) {
                    text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Query '" + name + "' is a " + q.form() + ": format '"
                            + asked + "' cannot hold its results; it gives " + String.join(", ", graph ? OpenApi.GRAPH_FORMATS : OpenApi.RESULT_FORMATS));
                    return;
                }
            } else {
                MediaType mt = negotiate(req, graph ? GRAPH_OFFER : RESULT_OFFER);
                if (mt == null) {
                    text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Query '" + name + "' is a " + q.form() + ": none of "
                            + req.getHeader("Accept") + " can hold its results; it gives text/html, "
                            + String.join(", ", (graph ? GRAPH_OFFER : RESULT_OFFER).stream().map(ResultFormat::contentType).toList()));
                    return;
                }
                html = HTML.equals(mt.getContentTypeStr());
                fmt = html ? null : formatOf(mt, graph ? GRAPH_OFFER : RESULT_OFFER);
            }
        } catch (BadParameterException e) {
            text(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        if (html) {
            html(req, resp, q, params, base);
            return;
        }
        BoundQuery bound;
        try {
            bound = q.bind(params);
        } catch (BadParameterException e) {
            text(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        // Results are written to a buffer first, so that a failure mid-way still gets an error status.
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        boolean more;
        try {
            more = SavedQueryRunner.over(dataset).timeout(timeout).run(bound, fmt, buffer);
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
        if (more) resp.setHeader("Link", "<" + base + name + "?" + pageQuery(req, bound.page() + 1) + ">; rel=\"next\"");
        send(resp, HttpServletResponse.SC_OK, fmt.contentType(), buffer.toByteArray());
    }

    /** A browser's request: the form, filled with what was given, and the results table when the values bind. */
    private void html(HttpServletRequest req, HttpServletResponse resp, SavedQuery q, Map<String, String> params, String base)
            throws IOException {
        QueryPages pages = new QueryPages(site(), dataset);
        if (params.isEmpty() && q.params().stream().anyMatch(ParamSpec::required)) {
            send(resp, HttpServletResponse.SC_OK, HTML + "; charset=utf-8", pages.form(q, base, params, null));
            return;
        }
        BoundQuery bound;
        try {
            bound = q.bind(params);
        } catch (BadParameterException e) {
            send(resp, HttpServletResponse.SC_BAD_REQUEST, HTML + "; charset=utf-8", pages.form(q, base, params, e.getMessage()));
            return;
        }
        QueryPages.Result r;
        try {
            r = pages.results(bound, timeout);
        } catch (TextIndexParseException e) {
            send(resp, HttpServletResponse.SC_BAD_REQUEST, HTML + "; charset=utf-8", pages.form(q, base, params, "Bad full-text query: " + e.getMessage()));
            return;
        } catch (QueryCancelledException e) {
            send(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, HTML + "; charset=utf-8",
                    pages.form(q, base, params, "The query timed out after " + timeout.toSeconds() + " s"));
            return;
        }
        String next = r.hasNext() ? base + q.name() + "?" + pageQuery(req, bound.page() + 1) : null;
        String prev = bound.page() > 1 ? base + q.name() + "?" + pageQuery(req, bound.page() - 1) : null;
        if (next != null) resp.setHeader("Link", "<" + next + ">; rel=\"next\"");
        send(resp, HttpServletResponse.SC_OK, HTML + "; charset=utf-8", pages.results(q, base, params, bound, r, prev, next,
                base + q.name() + "?" + formatQuery(req)));
    }

    private void catalogue(HttpServletRequest req, HttpServletResponse resp, String base) throws IOException {
        MediaType mt = chooseOrNull(req, AcceptList.create(JSON, HTML));
        boolean html = mt != null && HTML.equals(mt.getContentTypeStr());
        if (html)
            send(resp, HttpServletResponse.SC_OK, HTML + "; charset=utf-8", new QueryPages(site(), dataset).catalogue(catalog, base));
        else
            send(resp, HttpServletResponse.SC_OK, JSON, CatalogWriter.json(catalog, base).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The media type {@code Accept} asks for among HTML and {@code offer}; the first of {@code offer} when there is no
     * {@code Accept}; null when nothing offered is acceptable.
     */
    private static MediaType negotiate(HttpServletRequest req, List<ResultFormat> offer) {
        String[] types = new String[offer.size() + 1];
        for (int i = 0; i < offer.size(); i++) types[i] = offer.get(i).contentType();
        types[offer.size()] = HTML;
        MediaType mt = chooseOrNull(req, AcceptList.create(types));
        if (mt == null && (req.getHeader("Accept") == null || req.getHeader("Accept").isBlank())) return MediaType.create(types[0]);
        return mt;
    }

    private static MediaType chooseOrNull(HttpServletRequest req, AcceptList offer) {
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return offer.entries().get(0);
        try {
            return AcceptList.match(new AcceptList(accept), offer);
        } catch (RuntimeException e) {
            return offer.entries().get(0);
        }
    }

    private static ResultFormat formatOf(MediaType mt, List<ResultFormat> offer) {
        for (ResultFormat f : offer) if (f.contentType().equals(mt.getContentTypeStr())) return f;
        return offer.get(0);
    }

    /**
     * The request's query-string parameters; a parameter given twice is an error; an empty one is left out (an
     * HTML form sends its empty fields: they mean "not given").
     */
    private static Map<String, String> params(HttpServletRequest req) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getValue().length == 1 && e.getValue()[0].isEmpty()) continue;
            if (e.getValue().length != 1)
                throw new BadParameterException(e.getKey(), "given " + e.getValue().length + " times: " + Arrays.toString(e.getValue()));
            out.put(e.getKey(), e.getValue()[0]);
        }
        return out;
    }

    private static String pageQuery(HttpServletRequest req, long page) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().equals(SavedQuery.PAGE_PARAM) || e.getValue()[0].isEmpty()) continue;
            sb.append(enc(e.getKey())).append('=').append(enc(e.getValue()[0])).append('&');
        }
        return sb.append(SavedQuery.PAGE_PARAM).append('=').append(page).toString();
    }

    /** The request's parameters without {@code format}, ending in {@code format=} (for the download links). */
    private static String formatQuery(HttpServletRequest req) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().equals(FORMAT_PARAM) || e.getValue()[0].isEmpty()) continue;
            sb.append(enc(e.getKey())).append('=').append(enc(e.getValue()[0])).append('&');
        }
        return sb.append(FORMAT_PARAM).append('=').toString();
    }

    private static String enc(String s) { return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static void send(HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    private static void send(HttpServletResponse resp, int status, String contentType, String body) throws IOException {
        send(resp, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void text(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, WebContent.contentTypeTextPlain + "; charset=utf-8", message + "\n");
    }
}
