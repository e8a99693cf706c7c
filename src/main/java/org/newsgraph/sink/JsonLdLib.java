package org.newsgraph.sink;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.newsgraph.vocab.SDO;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * JSON-LD for web pages: one article's graph framed with the article at the top (publisher, image, author
 * embedded, also when several articles share them) and compacted with a schema.org context ({@code "@vocab": "http://schema.org/"}, as the official
 * context), so the object can be pasted into a {@code <script type="application/ld+json">} element.
 * Uses Titanium, the JSON-LD 1.1 processor that Jena itself uses.
 */
public final class JsonLdLib {
    private JsonLdLib() {}

    private static final JsonObject CONTEXT = load("/org/newsgraph/jsonld/context.jsonld");
    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private static JsonObject load(String resource) {
        try (InputStream in = JsonLdLib.class.getResourceAsStream(resource)) {
            return Json.createReader(in).readObject();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot load " + resource, e);
        }
    }

    /** The context newsgraph's JSON-LD is compacted with. */
    public static JsonObject context() { return CONTEXT; }

    /**
     * The article graph as one JSON-LD object framed on the article {@code articleIri}, compacted. Nodes that cannot
     * be reached from the article (NIF mentions, quotations, the extraction run: they point at the article, not from
     * it) are kept too, in the article object's JSON-LD 1.1 {@code @included} block, so no triple is lost and the top
     * object is still the article.
     */
    public static JsonObject frameArticle(Graph graph, String articleIri) {
        Node article = NodeFactory.createURI(articleIri);
        Set<Node> reached = reachable(graph, article);
        Graph rest = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> { if (!reached.contains(t.getSubject())) rest.add(t); });
        JsonObject frame = Json.createObjectBuilder(CONTEXT).add("@id", articleIri).add("@embed", "@always").build();
        try {
            // Titanium frames JSON-LD, not RDF: RDF → expanded JSON-LD → framed and compacted.
            JsonObject framed = contextFirst(JsonLd.frame(JsonDocument.of(expand(graph)), JsonDocument.of(frame)).get());
            if (rest.isEmpty()) return framed;
            JsonObject others = JsonLd.compact(JsonDocument.of(expand(rest)), JsonDocument.of(CONTEXT)).get();
            JsonArrayBuilder included = Json.createArrayBuilder();
            if (others.containsKey("@graph")) others.getJsonArray("@graph").forEach(included::add);
            else {
                JsonObjectBuilder one = Json.createObjectBuilder();
                others.forEach((k, v) -> { if (!k.equals("@context")) one.add(k, v); });
                included.add(one);
            }
            return Json.createObjectBuilder(framed).add("@included", included).build();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD framing failed: " + e.getMessage(), e);
        }
    }

    /**
     * The two JSON-LD shapes: {@link #FULL} every triple (NIF mentions, provenance, newsgraph's own terms, typed
     * dates), {@link #WEB} what a web page embeds in a {@code <script type="application/ld+json">}: schema.org terms
     * only, the nodes connected to the article, dates as plain strings, {@code "@context": "https://schema.org"}.
     */
    public enum Profile {
        FULL, WEB;

        /** {@code full} or {@code web}. */
        public static Profile parse(String s) {
            return switch (s.toLowerCase(java.util.Locale.ROOT)) {
                case "full" -> FULL;
                case "web" -> WEB;
                default -> throw new IllegalArgumentException("Unknown JSON-LD profile '" + s + "' (expected full or web)");
            };
        }
    }

    /** {@link #articleOrCompact(Graph)} in the given profile. */
    public static JsonObject articleOrCompact(Graph graph, Profile profile) {
        if (profile != Profile.WEB) return articleOrCompact(graph);
        Node article = singleArticle(graph);
        Graph web = webGraph(graph, article);
        return webContext(article != null ? frameArticle(web, article.getURI()) : compact(web));
    }

    /** The article framed in the given profile. */
    public static JsonObject frameArticle(Graph graph, String articleIri, Profile profile) {
        if (profile != Profile.WEB) return frameArticle(graph, articleIri);
        return webContext(frameArticle(webGraph(graph, NodeFactory.createURI(articleIri)), articleIri));
    }

    /**
     * The schema.org part of {@code g}: {@code rdf:type} schema.org classes and schema.org properties, typed literals
     * (dates) as plain strings; with an {@code article}, only the nodes connected to it (its quotations, for
     * instance, point at it), so that the run's software agent and the mentions drop out.
     */
    static Graph webGraph(Graph g, Node article) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> {
            Node p = t.getPredicate(), o = t.getObject();
            if (p.equals(org.apache.jena.vocabulary.RDF.Nodes.type)) {
                if (o.isURI() && o.getURI().startsWith(SDO.NS)) out.add(t);
            } else if (p.isURI() && p.getURI().startsWith(SDO.NS)) {
                boolean number = o.isLiteral() && o.getLiteralValue() instanceof Number;
                if (o.isLiteral() && !number && !o.getLiteralLanguage().isEmpty()) out.add(t);
                else if (o.isLiteral() && !number)
                    out.add(org.apache.jena.graph.Triple.create(t.getSubject(), p, NodeFactory.createLiteralString(o.getLiteralLexicalForm())));
                else out.add(t);
            }
        });
        if (article == null) return out;
        Set<Node> keep = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(article));
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            if (!keep.add(n)) continue;
            out.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> { if (!t.getObject().isLiteral()) todo.add(t.getObject()); });
            out.find(Node.ANY, Node.ANY, n).forEachRemaining(t -> todo.add(t.getSubject()));
        }
        Graph connected = GraphFactory.createDefaultGraph();
        out.find().forEachRemaining(t -> { if (keep.contains(t.getSubject())) connected.add(t); });
        return connected;
    }

    private static JsonObject webContext(JsonObject json) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("@context", "https://schema.org");
        json.forEach((k, v) -> { if (!k.equals("@context")) b.add(k, v); });
        return b.build();
    }

    /**
     * The article a graph is about: its one {@code schema:NewsArticle} IRI that no other news article points to
     * (a related article, the object of the main one's {@code schema:citation}, is typed NewsArticle too); null
     * when there is not exactly one.
     */
    private static Node singleArticle(Graph graph) {
        Set<Node> articles = new HashSet<>(graph.find(Node.ANY, org.apache.jena.vocabulary.RDF.Nodes.type, SDO.NewsArticle)
                .mapWith(org.apache.jena.graph.Triple::getSubject).filterKeep(Node::isURI).toList());
        List<Node> top = articles.stream().filter(a -> graph.find(Node.ANY, Node.ANY, a)
                .filterKeep(t -> articles.contains(t.getSubject()) && !t.getSubject().equals(a)).toList().isEmpty()).toList();
        return top.size() == 1 ? top.get(0) : null;
    }

    /**
     * The JSON-LD of a graph as newsgraph writes it everywhere ({@code convert}, {@code export}, {@code query},
     * the web API): framed on the article when the graph is one article's (one {@code schema:NewsArticle} IRI that
     * no other news article points to), else compacted with the schema.org context.
     */
    public static JsonObject articleOrCompact(Graph graph) {
        Node article = singleArticle(graph);
        return article != null ? frameArticle(graph, article.getURI()) : compact(graph);
    }

    /**
     * Any graph (e.g. a CONSTRUCT result with no single article to frame on) as JSON-LD compacted with the
     * schema.org context: one top object, or {@code @graph} when it has several nodes.
     */
    public static JsonObject compact(Graph graph) {
        try {
            return contextFirst(JsonLd.compact(JsonDocument.of(expand(graph)), JsonDocument.of(CONTEXT)).get());
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

    private static JsonArray expand(Graph g) throws JsonLdError {
        return JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(g)))).nativeTypes().get();
    }

    /** The subjects reachable from {@code start} by following objects: what framing embeds in the article tree. */
    private static Set<Node> reachable(Graph g, Node start) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            if (!seen.add(n)) continue;
            g.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if ((o.isURI() || o.isBlank()) && !seen.contains(o)) todo.add(o);
            });
        }
        return seen;
    }

    /** The same object with {@code @context} as its first member, as people expect to read it in a page. */
    private static JsonObject contextFirst(JsonObject o) {
        if (!o.containsKey("@context")) return o;
        var b = Json.createObjectBuilder().add("@context", o.get("@context"));
        o.forEach((k, v) -> { if (!k.equals("@context")) b.add(k, v); });
        return b.build();
    }

    public static String pretty(JsonStructure json) {
        StringWriter w = new StringWriter();
        try (JsonWriter jw = PRETTY.createWriter(w)) {
            jw.write(json);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return w.toString().strip();
    }
}
