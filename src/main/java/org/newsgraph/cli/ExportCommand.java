package org.newsgraph.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.query.BadParameterException;
import org.newsgraph.query.BoundQuery;
import org.newsgraph.query.SavedQuery;
import org.newsgraph.query.SavedQueryCatalog;
import org.newsgraph.query.SavedQueryRunner;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.sink.JsonLdLib;
import org.newsgraph.sink.OutputFormat;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store, one graph of it, or the result of a saved CONSTRUCT query as RDF.",
                "Whole store: N-Quads (default) or TriG, streamed; or as one graph, the union of all articles: "
                        + "Turtle or N-Triples (streamed) or JSON-LD (compacted). One graph (--graph IRI, e.g. an article): Turtle "
                        + "(default), N-Triples, N-Quads, TriG, or JSON-LD framed on the article. A saved CONSTRUCT or "
                        + "DESCRIBE query (--query NAME -p k=v): Turtle (default), N-Triples (streamed) or JSON-LD."},
        footer = {"", "Examples:",
                "  newsgraph export -o all.nq.gz",
                "  newsgraph export --graph https://w3id.org/newsgraph/id/article/... -f jsonld",
                "  newsgraph export --query article-graph -p article=https://w3id.org/newsgraph/id/article/... -o a.ttl",
                "", "Exit codes: 0 written, 1 runtime failure (e.g. no such graph), 2 usage error (bad format, "
                        + "unknown query, bad parameter, a SELECT query)."})
public final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOption store;

    @Mixin JsonLdOption jsonld;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this named graph (an article's IRI).")
    String graph;

    @Option(names = "--query", paramLabel = "NAME",
            description = "Export the result of this saved CONSTRUCT/DESCRIBE query (see 'newsgraph query --list').")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter of --query; repeatable. Values are typed and checked as for 'newsgraph query'.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Folder of saved queries (default: ./queries if present, else those in the jar).")
    Path queriesDir;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (gzipped when it ends in .gz), '-' for stdout (default).")
    String output = "-";

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "nquads, trig, turtle, ntriples or jsonld; default from the -o extension, else nquads "
                    + "(whole store) or turtle (--graph).")
    String format;

    private JsonLdLib.Profile profile = JsonLdLib.Profile.FULL;

    @Override
    public Integer call() throws Exception {
        if (query != null && graph != null)
            throw new ParameterException(spec.commandLine(), "give --graph or --query, not both");
        if (query == null && !params.isEmpty())
            throw new ParameterException(spec.commandLine(), "--param only goes with --query");
        OutputFormat fmt;
        try {
            OutputFormat byName = output.equals("-") ? null : OutputFormat.fromFileName(output);
            fmt = format != null ? OutputFormat.parse(format)
                    : byName != null ? byName : graph == null && query == null ? OutputFormat.NQUADS : OutputFormat.TURTLE;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            profile = jsonld.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        BoundQuery bound = null;
        if (query != null) {
            bound = bindQuery(fmt);
        }
        if (!Files.isDirectory(store.dir().resolve("tdb2")))
            throw new ParameterException(spec.commandLine(), "No store in " + store.dir() + " (load something first)");
        try (NewsStore s = NewsStore.open(store.dir());
             OutputStream out = OutputFiles.open(output)) {
            DatasetGraph dsg = s.tdbGraph();
            if (bound != null) {
                BoundQuery q = bound;
                long n = Txn.calculateRead(s.dataset(), () -> writeConstruct(s.dataset(), q, out, fmt));
                spec.commandLine().getErr().printf("exported %,d triples%n", n);
            } else if (graph == null && fmt.quads) {
                long n = Txn.calculateRead(dsg, () -> streamAll(dsg, out, fmt));
                spec.commandLine().getErr().printf("exported %,d quads%n", n);
            } else if (graph == null) {
                long n = Txn.calculateRead(dsg, () -> writeUnion(dsg, out, fmt));
                spec.commandLine().getErr().printf("exported %,d triples (the union of all graphs)%n", n);
            } else {
                Node g = NodeFactory.createURI(graph);
                boolean found = Txn.calculateRead(dsg, () -> writeGraph(dsg, g, out, fmt));
                if (!found) {
                    spec.commandLine().getErr().println("newsgraph: no graph <" + graph + "> in the store " + store.dir());
                    return Main.EXIT_FAILURE;
                }
            }
            out.flush();
        }
        return Main.EXIT_OK;
    }

    /** The saved query bound to the parameters; usage errors for an unknown query, a bad value or a SELECT/ASK. */
    private BoundQuery bindQuery(OutputFormat fmt) {
        SavedQueryCatalog catalog = queriesDir != null ? SavedQueryCatalog.fromDirectory(queriesDir) : SavedQueryCatalog.load();
        SavedQuery q = catalog.get(query).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no saved query '" + query + "' in " + catalog.origin() + " (see 'newsgraph query --list')"));
        if (!q.query().isConstructType() && !q.query().isDescribeType())
            throw new ParameterException(spec.commandLine(), "saved query '" + query + "' is a "
                    + (q.query().isSelectType() ? "SELECT" : "ASK") + " query: export writes RDF, so it needs a "
                    + "CONSTRUCT or DESCRIBE query (run this one with 'newsgraph query " + query + "')");
        if (fmt.quads)
            throw new ParameterException(spec.commandLine(), "a CONSTRUCT result is one graph: use turtle, ntriples or jsonld");
        try {
            return q.bind(params);
        } catch (BadParameterException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * Runs the bound query (the saved-query runner's execution: its timeout, counted) and writes its graph. N-Triples is streamed triple by triple
     * (a CONSTRUCT over a large store is never held whole); Turtle and JSON-LD need the whole graph to be pretty.
     */
    private long writeConstruct(Dataset ds, BoundQuery q, OutputStream out, OutputFormat fmt) {
        try (QueryExecution qe = SavedQueryRunner.over(ds).execution(q)) {
            if (fmt == OutputFormat.NTRIPLES && q.query().isConstructType()) {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
                w.start();
                long n = 0;
                Iterator<Triple> it = qe.execConstructTriples();
                while (it.hasNext()) {
                    w.triple(it.next());
                    n++;
                }
                w.finish();
                return n;
            }
            Graph g = q.query().isConstructType() ? qe.execConstruct().getGraph() : qe.execDescribe().getGraph();
            Prefixes.forBase(org.newsgraph.vocab.NG.DEFAULT_BASE).forEach((p, u) -> g.getPrefixMapping().setNsPrefix(p, u));
            if (fmt == OutputFormat.JSONLD) {
                write(out, JsonLdLib.pretty(JsonLdLib.articleOrCompact(g, profile)) + "\n");
            } else {
                RDFWriter.source(g).format(fmt.pretty).output(out);
            }
            return g.size();
        }
    }

    private static void write(OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long streamAll(DatasetGraph dsg, OutputStream out, OutputFormat fmt) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, fmt.streaming);
        w.start();
        Prefixes.forBase(org.newsgraph.vocab.NG.DEFAULT_BASE).forEach(w::prefix);
        long n = 0;
        Iterator<Quad> it = dsg.find();
        try {
            while (it.hasNext()) {
                w.quad(it.next());
                n++;
            }
        } finally {
            Iter.close(it);
        }
        w.finish();
        return n;
    }

    /**
     * The whole store as one graph, the union of its named graphs (a triple that several articles hold is written
     * once): Turtle and N-Triples streamed (Turtle in blocks by subject, constant memory), JSON-LD compacted with the
     * schema.org context (held in memory: for a large store use N-Triples or N-Quads).
     */
    private long writeUnion(DatasetGraph dsg, OutputStream out, OutputFormat fmt) {
        Graph union = dsg.getUnionGraph();
        if (fmt == OutputFormat.JSONLD) {
            Graph copy = GraphFactory.createDefaultGraph();
            union.find().forEachRemaining(copy::add);
            write(out, JsonLdLib.pretty(JsonLdLib.articleOrCompact(copy, profile)) + "\n");
            return copy.size();
        }
        StreamRDF w = StreamRDFWriter.getWriterStream(out, fmt.streaming);
        w.start();
        Prefixes.forBase(org.newsgraph.vocab.NG.DEFAULT_BASE).forEach(w::prefix);
        long n = 0;
        Iterator<Triple> it = union.find();
        try {
            while (it.hasNext()) {
                w.triple(it.next());
                n++;
            }
        } finally {
            Iter.close(it);
        }
        w.finish();
        return n;
    }

    private boolean writeGraph(DatasetGraph dsg, Node g, OutputStream out, OutputFormat fmt) {
        if (!dsg.containsGraph(g) || dsg.getGraph(g).isEmpty()) return false;
        Graph copy = GraphFactory.createDefaultGraph();
        dsg.getGraph(g).find().forEachRemaining(copy::add);
        Prefixes.forBase(org.newsgraph.vocab.NG.DEFAULT_BASE).forEach((p, u) -> copy.getPrefixMapping().setNsPrefix(p, u));
        if (fmt == OutputFormat.JSONLD) {
            write(out, JsonLdLib.pretty(JsonLdLib.frameArticle(copy, g.getURI(), profile)) + "\n");
        } else if (fmt.quads) {
            DatasetGraph one = DatasetGraphFactory.create();
            one.addGraph(g, copy);
            copy.getPrefixMapping().getNsPrefixMap().forEach((p, u) -> one.prefixes().add(p, u));
            RDFWriter.source(one).format(fmt.pretty).output(out);
        } else {
            RDFWriter.source(copy).format(fmt.pretty).output(out);
        }
        return true;
    }
}
