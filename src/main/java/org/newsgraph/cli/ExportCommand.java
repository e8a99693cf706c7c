package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
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
        description = {"Write the store, or one graph of it, as RDF.",
                "Whole store: N-Quads (default) or TriG, streamed. One graph (--graph IRI, e.g. an article): Turtle "
                        + "(default), N-Triples, N-Quads, TriG, or JSON-LD framed on the article."},
        footer = {"", "Exit codes: 0 written, 1 runtime failure (e.g. no such graph), 2 usage error."})
public final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOption store;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this named graph (an article's IRI).")
    String graph;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (gzipped when it ends in .gz), '-' for stdout (default).")
    String output = "-";

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "nquads, trig, turtle, ntriples or jsonld; default from the -o extension, else nquads "
                    + "(whole store) or turtle (--graph).")
    String format;

    @Override
    public Integer call() throws Exception {
        OutputFormat fmt;
        try {
            OutputFormat byName = output.equals("-") ? null : OutputFormat.fromFileName(output);
            fmt = format != null ? OutputFormat.parse(format)
                    : byName != null ? byName : graph == null ? OutputFormat.NQUADS : OutputFormat.TURTLE;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (graph == null && !fmt.quads)
            throw new ParameterException(spec.commandLine(), "The whole store is exported as nquads or trig "
                    + "(it has one graph per article); use --graph IRI for " + fmt.name().toLowerCase());
        if (!Files.isDirectory(store.dir().resolve("tdb2")))
            throw new ParameterException(spec.commandLine(), "No store in " + store.dir() + " (load something first)");
        try (NewsStore s = NewsStore.open(store.dir());
             OutputStream out = output.equals("-") ? new ConvertCommand.NonClosing(System.out)
                     : output.endsWith(".gz") ? new java.util.zip.GZIPOutputStream(new FileOutputStream(output), 1 << 16)
                     : new BufferedOutputStream(new FileOutputStream(output), 1 << 16)) {
            DatasetGraph dsg = s.tdbGraph();
            if (graph == null) {
                long n = Txn.calculateRead(dsg, () -> streamAll(dsg, out, fmt));
                spec.commandLine().getErr().printf("exported %,d quads%n", n);
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

    private static boolean writeGraph(DatasetGraph dsg, Node g, OutputStream out, OutputFormat fmt) {
        if (!dsg.containsGraph(g) || dsg.getGraph(g).isEmpty()) return false;
        Graph copy = GraphFactory.createDefaultGraph();
        dsg.getGraph(g).find().forEachRemaining(copy::add);
        Prefixes.forBase(org.newsgraph.vocab.NG.DEFAULT_BASE).forEach((p, u) -> copy.getPrefixMapping().setNsPrefix(p, u));
        if (fmt == OutputFormat.JSONLD) {
            byte[] json = (JsonLdLib.pretty(JsonLdLib.frameArticle(copy, g.getURI())) + "\n").getBytes(StandardCharsets.UTF_8);
            try {
                out.write(json);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
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
