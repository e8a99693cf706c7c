package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.IRILib;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.Problem;

/**
 * Loads RDF files (Turtle, N-Triples, N-Quads, TriG, JSON-LD; any of them gzipped) into a {@link NewsStore}, each
 * file in its own write transaction: a file with a syntax error is reported with its line and column and leaves
 * nothing behind.
 * <p>
 * Where the data goes:
 * <ul>
 * <li>triples outside any named graph (all of a .ttl, .nt file; the default graph of a .trig, .nq, .jsonld file)
 * go into a named graph named after the file ({@code file:///abs/path/data.ttl});</li>
 * <li>named graphs of a quads file (.nq, .trig, .jsonld) keep their names;</li>
 * <li>each graph a file writes to is first cleared, so loading the file again replaces its graphs (as for
 * articles).</li>
 * </ul>
 * The store's default graph is the union of the named graphs, so all of it is visible to plain queries.
 * So loading the same files twice leaves the store unchanged.
 *
 * <pre>
 *   RdfLoader loader = RdfLoader.create(store).onProblem(System.err::println).build();
 *   long quads = loader.load(InputSource.of(Path.of("wikidata-people.ttl")));   // -1: failed, reported
 * </pre>
 */
public final class RdfLoader {
    private static final Set<String> EXTENSIONS = Set.of("ttl", "nt", "nq", "trig", "jsonld", "n3");

    private final NewsStore store;
    private final Consumer<Problem> onProblem;

    private RdfLoader(Builder b) {
        this.store = b.store;
        this.onProblem = b.onProblem;
    }

    public static Builder create(NewsStore store) { return new Builder(store); }

    /** Whether the input is an RDF file by its extension (after any {@code .gz}). */
    public static boolean isRdf(InputSource input) {
        return langOf(input) != null;
    }

    /** The RDF syntax of the input by its extension, or null. */
    public static Lang langOf(InputSource input) {
        String n = input.logicalName();
        int dot = n.lastIndexOf('.');
        if (dot < 0 || !EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT))) return null;
        return RDFLanguages.filenameToLang(n);
    }

    /** The graph a triples file is loaded into: the file's IRI. */
    public static Node graphFor(InputSource input) {
        return NodeFactory.createURI(IRILib.filenameToIRI(Path.of(input.name()).toAbsolutePath().toString()));
    }

    /**
     * Loads one file in one write transaction.
     *
     * @return the number of quads read, or -1 when the file failed (reported; nothing of it is in the store)
     */
    public long load(InputSource input) {
        Lang lang = langOf(input);
        if (lang == null) {
            onProblem.accept(Problem.error(input.name(), 0, 0, null, "not an RDF file (expected .ttl .nt .nq .trig .jsonld)"));
            return -1;
        }
        DatasetGraph dsg = store.datasetGraph();
        Locating errors = new Locating(input.name(), onProblem);
        try {
            return Txn.calculateWrite(dsg, () -> {
                ReplacingStream dest = new ReplacingStream(dsg, graphFor(input));
                try (InputStream in = input.open()) {
                    RDFParser.create().source(in).lang(lang).base(graphFor(input).getURI())
                            .errorHandler(errors).parse(dest);
                } catch (IOException e) {
                    throw new RiotException("cannot read: " + e.getMessage(), e);
                }
                return dest.count;
            });
        } catch (RuntimeException e) {
            if (!errors.reported) {
                onProblem.accept(Problem.error(input.name(), errors.line, errors.col, null, message(e)));
            }
            return -1;
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Sends triples into the file's graph and quads into theirs, clearing each named graph when first seen. */
    static final class ReplacingStream extends StreamRDFBase {
        private final DatasetGraph dsg;
        private final Node fileGraph;
        private final Set<Node> cleared = new HashSet<>();
        long count;

        ReplacingStream(DatasetGraph dsg, Node fileGraph) {
            this.dsg = dsg;
            this.fileGraph = fileGraph;
        }

        @Override
        public void triple(Triple t) {
            quad(Quad.create(Quad.defaultGraphIRI, t));
        }

        @Override
        public void quad(Quad q) {
            Node g = q.getGraph();
            if (q.isDefaultGraph()) {
                g = fileGraph;
                q = Quad.create(g, q.asTriple());
            }
            if (cleared.add(g)) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            dsg.add(q);
            count++;
        }
    }

    /** Reports parser errors with their location; errors abort the file, warnings do not. */
    static final class Locating implements ErrorHandler {
        private final String source;
        private final Consumer<Problem> onProblem;
        boolean reported;
        long line, col;

        Locating(String source, Consumer<Problem> onProblem) {
            this.source = source;
            this.onProblem = onProblem;
        }

        @Override
        public void warning(String message, long line, long col) {
            onProblem.accept(new Problem(Problem.Severity.WARNING, source, Math.max(0, line), Math.max(0, col), null, message));
        }

        @Override
        public void error(String message, long line, long col) {
            fatal(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            this.line = Math.max(0, line);
            this.col = Math.max(0, col);
            if (!reported) onProblem.accept(Problem.error(source, this.line, this.col, null, message));
            reported = true;
            throw new org.apache.jena.riot.RiotParseException(message, line, col);
        }
    }

    public static final class Builder {
        private final NewsStore store;
        private Consumer<Problem> onProblem = p -> {};

        private Builder(NewsStore store) { this.store = store; }

        /** Where located errors and warnings go. */
        public Builder onProblem(Consumer<Problem> c) { this.onProblem = c; return this; }

        public RdfLoader build() { return new RdfLoader(this); }
    }
}
