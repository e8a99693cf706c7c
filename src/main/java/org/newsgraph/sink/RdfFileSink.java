package org.newsgraph.sink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes articles to an output stream in an {@link OutputFormat}. Small outputs are held and written pretty at
 * {@link #close()} (Turtle and N-Triples as the union of the article graphs); once more than {@code prettyLimit}
 * quads arrive, the sink switches to the format's streaming writer and holds nothing more. JSON-LD is written per
 * article (framed on the article, compacted); several articles make a JSON array.
 *
 * <pre>
 *   try (RdfFileSink sink = RdfFileSink.create(System.out, OutputFormat.TURTLE).prefixes(pm).build()) { … }
 * </pre>
 */
public final class RdfFileSink implements ArticleSink {
    public static final long DEFAULT_PRETTY_LIMIT = 200_000;

    private final OutputStream out;
    private final OutputFormat format;
    private final PrefixMap prefixes;
    private final long prettyLimit;
    private final JsonLdLib.Profile jsonld;
    private DatasetGraph held = DatasetGraphFactory.create();
    private long heldQuads;
    private StreamRDF stream;
    private String pendingJson;
    private int jsonCount;

    private RdfFileSink(Builder b) {
        this.out = b.out;
        this.format = b.format;
        this.prefixes = b.prefixes;
        this.jsonld = b.jsonld;
        // N-Quads has no pretty form and keeps each article in its own graph: nothing is gained by holding it.
        this.prettyLimit = format == OutputFormat.NQUADS ? 0 : b.prettyLimit;
    }

    public static Builder create(OutputStream out, OutputFormat format) { return new Builder(out, format); }

    @Override
    public void accept(Node graph, List<Quad> quads) {
        if (format == OutputFormat.JSONLD) {
            writeJsonLd(graph, quads);
            return;
        }
        if (held != null) {
            if (prettyLimit == 0) {
                startStreaming();
                held = null;
                for (Quad q : quads) stream.quad(q);
                return;
            }
            for (Quad q : quads) held.add(q);
            heldQuads += quads.size();
            if (heldQuads <= prettyLimit) return;
            startStreaming();
            StreamRDFOps.sendDatasetToStream(held, stream);
            held = null;
            return;
        }
        for (Quad q : quads) stream.quad(q);
    }

    private void startStreaming() {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, format.streaming);
        stream = format.quads ? w : new StreamRDFWrapper(w) {
            @Override public void quad(Quad q) { triple(q.asTriple()); }
        };
        stream.start();
        if (prefixes != null) prefixes.forEach(stream::prefix);
    }

    private void writeJsonLd(Node graph, List<Quad> quads) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Quad q : quads) g.add(q.asTriple());
        String json = JsonLdLib.pretty(JsonLdLib.frameArticle(g, graph.getURI(), jsonld));
        if (jsonCount == 0) {
            pendingJson = json;
        } else {
            if (jsonCount == 1) write("[\n" + pendingJson);
            write(",\n" + json);
            pendingJson = null;
        }
        jsonCount++;
    }

    private void write(String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (format == OutputFormat.JSONLD) {
            if (jsonCount == 1) write(pendingJson + "\n");
            else if (jsonCount > 1) write("\n]\n");
        } else if (held != null) {
            if (prefixes != null) prefixes.forEach((p, u) -> held.prefixes().add(p, u));
            if (format.quads) {
                RDFWriter.source(held).format(format.pretty).output(out);
            } else {
                Graph union = GraphFactory.createDefaultGraph();
                held.getUnionGraph().find().forEachRemaining(union::add);
                if (prefixes != null) prefixes.forEach((p, u) -> union.getPrefixMapping().setNsPrefix(p, u));
                RDFWriter.source(union).format(format.pretty).output(out);
            }
        } else if (stream != null) {
            stream.finish();
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final class Builder {
        private final OutputStream out;
        private final OutputFormat format;
        private PrefixMap prefixes;
        private long prettyLimit = DEFAULT_PRETTY_LIMIT;
        private JsonLdLib.Profile jsonld = JsonLdLib.Profile.FULL;

        private Builder(OutputStream out, OutputFormat format) {
            this.out = out;
            this.format = format;
        }

        public Builder prefixes(PrefixMap pm) { this.prefixes = pm; return this; }

        /** Quads held for pretty output before switching to streaming (0: always stream). */
        public Builder prettyLimit(long n) { this.prettyLimit = n; return this; }

        /** The JSON-LD profile (default {@link JsonLdLib.Profile#FULL}). */
        public Builder jsonldProfile(JsonLdLib.Profile p) { this.jsonld = p; return this; }

        public RdfFileSink build() { return new RdfFileSink(this); }
    }
}
