package org.newsgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.system.Txn;
import org.newsgraph.query.SavedQueryCatalog;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.sink.JsonLdLib;
import org.newsgraph.vocab.SDO;

/**
 * Dereferenceable IRIs: answers every IRI minted under the base at its local path ({@link LocalPaths}), with content
 * negotiation — an HTML page for browsers (article, entity, or any other resource), Turtle, JSON-LD, N-Triples or
 * RDF/XML by {@code Accept}, or by a suffix ({@code .ttl}, {@code .jsonld}, {@code .nt}, {@code .rdf},
 * {@code .html}); {@code Vary: Accept}; 404 for an IRI the store does not know; 406 when no offered format is
 * acceptable. An article's RDF is its named graph (JSON-LD framed on the article, as {@code export --graph});
 * anything else's is what all article graphs say about it ({@link Resources}).
 */
public final class LinkedDataServlet extends HttpServlet {
    private static final String HTML = "text/html";
    private static final List<Format> FORMATS = List.of(
            new Format(HTML, ".html", null),
            new Format("text/turtle", ".ttl", Lang.TURTLE),
            new Format("application/ld+json", ".jsonld", Lang.JSONLD),
            new Format("application/n-triples", ".nt", Lang.NTRIPLES),
            new Format("application/rdf+xml", ".rdf", Lang.RDFXML));
    private static final AcceptList OFFER = AcceptList.create(FORMATS.stream().map(Format::type).toArray(String[]::new));

    private record Format(String type, String suffix, Lang lang) {}

    private final transient Dataset dataset;
    private final transient PageData data;
    private final transient Site site;

    public LinkedDataServlet(Dataset dataset, SavedQueryCatalog catalog, Site site) {
        this.dataset = dataset;
        this.data = new PageData(dataset, catalog);
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String raw = req.getRequestURI().substring(req.getContextPath().length());
        LocalPaths paths = site.paths();
        if (!raw.startsWith(paths.mount()) || raw.length() == paths.mount().length()) {
            notFound(req, resp, raw);
            return;
        }
        Format bySuffix = null;
        for (Format f : FORMATS) if (raw.endsWith(f.suffix())) bySuffix = f;
        String path = bySuffix == null ? raw : raw.substring(0, raw.length() - bySuffix.suffix().length());
        String iri = paths.iri(path);
        Format fmt = bySuffix != null ? bySuffix : negotiate(req);
        int page = pageParam(req);

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String[] type = {null};
        boolean found = Txn.calculateRead(dataset, () -> {
            Graph g = Resources.describe(dataset, iri);
            if (g.isEmpty()) return false;
            if (fmt == null) return true;
            if (fmt.lang() == null) {
                type[0] = "text/html; charset=utf-8";
                body.writeBytes(html(g, iri, path, page).getBytes(StandardCharsets.UTF_8));
            } else {
                type[0] = fmt.type() + (fmt.lang() == Lang.RDFXML ? "" : "; charset=utf-8");
                write(g, iri, fmt.lang(), body);
            }
            return true;
        });
        if (!found) {
            notFound(req, resp, iri);
            return;
        }
        if (fmt == null) {
            HtmlResponse.text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable: " + req.getHeader("Accept")
                    + ". This resource is available as text/html, text/turtle, application/ld+json, application/n-triples "
                    + "and application/rdf+xml (or add .html, .ttl, .jsonld, .nt, .rdf to the path).");
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(type[0]);
        resp.addHeader("Link", "<" + path + ".ttl>; rel=\"alternate\"; type=\"text/turtle\"");
        resp.addHeader("Link", "<" + path + ".jsonld>; rel=\"alternate\"; type=\"application/ld+json\"");
        resp.setContentLength(body.size());
        try (OutputStream out = resp.getOutputStream()) {
            body.writeTo(out);
        }
    }

    /** The format asked for by {@code Accept} (HTML when there is none), or null when nothing offered fits. */
    private static Format negotiate(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return FORMATS.get(0);
        MediaType mt;
        try {
            mt = AcceptList.match(new AcceptList(accept), OFFER);
        } catch (RuntimeException e) {
            return FORMATS.get(0);
        }
        if (mt == null) return null;
        for (Format f : FORMATS) if (f.type().equals(mt.getContentTypeStr())) return f;
        return null;
    }

    private static int pageParam(HttpServletRequest req) {
        try {
            String p = req.getParameter("page");
            return p == null ? 1 : Math.max(1, Integer.parseInt(p));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void write(Graph g, String iri, Lang lang, OutputStream out) {
        boolean article = Resources.isGraph(dataset, iri) && g.contains(NodeFactory.createURI(iri),
                org.apache.jena.vocabulary.RDF.type.asNode(), SDO.NewsArticle);
        if (lang == Lang.JSONLD) {
            var json = article ? JsonLdLib.frameArticle(g, iri) : JsonLdLib.compact(g);
            try {
                out.write((JsonLdLib.pretty(json) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return;
        }
        PrefixMap pm = Prefixes.forBase(site.paths().base());
        g.getPrefixMapping().setNsPrefixes(pm.getMapping());
        RDFFormat f = lang == Lang.TURTLE ? RDFFormat.TURTLE_PRETTY : lang == Lang.RDFXML ? RDFFormat.RDFXML_PRETTY : RDFFormat.NTRIPLES;
        RDFWriter.source(g).format(f).output(out);
    }

    private String html(Graph g, String iri, String path, int page) {
        Node s = NodeFactory.createURI(iri);
        List<Node> types = GraphRead.types(g, s);
        boolean article = types.contains(SDO.NewsArticle) && Resources.isGraph(dataset, iri);
        if (article) {
            ArticlePage a = ArticlePage.of(g, iri, site.paths());
            return WebTemplates.get().render("article", Map.of("site", site, "a", a, "path", path, "title", a.headline()));
        }
        if (!Kinds.kind(types).isEmpty()) {
            EntityPage e = EntityPage.of(data, iri, page, path, site.paths());
            return WebTemplates.get().render("entity", Map.of("site", site, "e", e, "path", path, "title", e.name()));
        }
        return WebTemplates.get().render("resource", Map.of("site", site, "r", resource(g, s, types), "path", path,
                "title", GraphRead.name(g, s) == null ? iri : GraphRead.name(g, s)));
    }

    /** Any other resource (an image, a quotation, a role): its properties and values. */
    public record ResourceView(String iri, String name, String type, List<Property> properties) {}

    public record Property(String predicate, Link value) {}

    private ResourceView resource(Graph g, Node s, List<Node> types) {
        List<Property> props = new ArrayList<>();
        PrefixMap pm = Prefixes.forBase(site.paths().base());
        List<Triple> ts = g.find(s, Node.ANY, Node.ANY).toList();
        ts.sort(java.util.Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        for (Triple t : ts) {
            String p = pm.abbreviate(t.getPredicate().getURI());
            Node o = t.getObject();
            Link v = o.isURI() ? new Link(pm.abbreviate(o.getURI()) == null ? o.getURI() : pm.abbreviate(o.getURI()), site.paths().href(o.getURI()))
                    : new Link(o.isLiteral() ? o.getLiteralLexicalForm() : "_:" + o.getBlankNodeLabel(), null);
            props.add(new Property(p == null ? t.getPredicate().getURI() : p, v));
        }
        return new ResourceView(s.getURI(), GraphRead.name(g, s), Kinds.label(types), props);
    }

    private void notFound(HttpServletRequest req, HttpServletResponse resp, String iri) throws IOException {
        Format f = negotiate(req);
        if (f != null && f.lang() == null)
            HtmlResponse.page(resp, HttpServletResponse.SC_NOT_FOUND, "notfound", Map.of("site", site, "iri", iri, "title", "Not found"));
        else
            HtmlResponse.text(resp, HttpServletResponse.SC_NOT_FOUND, "The store knows nothing about " + iri);
    }
}
