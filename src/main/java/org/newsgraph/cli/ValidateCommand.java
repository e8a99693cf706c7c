package org.newsgraph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.Inputs;
import org.newsgraph.validate.DataLoader;
import org.newsgraph.validate.ReportPrinter;
import org.newsgraph.validate.Validation;
import org.newsgraph.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate newsgraph RDF against the SHACL shapes and the vocabulary (schema.org, the newsgraph "
                + "ontology, reused NIF/ITS/PROV terms). INPUT may be RDF (.ttl .nt .nq .trig .jsonld, .gz allowed) "
                + "or article input (.txt .json .jsonl), which is converted first. The union of all named graphs "
                + "(and the default graph) is validated.",
                "The SHACL report (Turtle) goes to stdout or -o FILE; a readable summary to stderr."},
        footer = {"", "Warnings (such as an article without a headline, or Google's recommended properties missing) "
                + "are reported but do not fail validation: what convert writes always passes.",
                "", "Exit codes: 0 no violations (warnings allowed), 2 usage error, 3 violations found, "
                + "4 some inputs could not be read (and no violations in the rest)."})
public final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ConvertOptions options;

    @Option(names = "--store", paramLabel = "DIR", description = "Validate a store instead of files: the DIR that "
            + "'load', 'serve', 'query' and 'export' take (or a bare TDB2 database directory).")
    Path store;

    @Option(names = "--shapes", paramLabel = "FILE", description = "SHACL shapes to use instead of the shipped ontology/shapes.ttl.")
    Path shapes;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the SHACL report (Turtle) here; '-' for stdout (default).")
    String output = "-";

    @Option(names = "--no-vocabulary", negatable = false, description = "Skip the vocabulary check (SHACL shapes only).")
    boolean noVocabulary;

    @Option(names = {"-q", "--quiet"}, description = "Print only the totals line on stderr, not each result.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (store == null && options.inputs.isEmpty())
            throw new ParameterException(spec.commandLine(), "Give INPUT files or --store DIR");
        if (store != null && !options.inputs.isEmpty())
            throw new ParameterException(spec.commandLine(), "Give either INPUT files or --store DIR, not both");
        PrintWriter err = spec.commandLine().getErr();
        Validator.Builder vb = Validator.create().vocabularyCheck(!noVocabulary);
        if (shapes != null) {
            if (!Files.isRegularFile(shapes)) throw new ParameterException(spec.commandLine(), "No such shapes file: " + shapes);
            try {
                vb.shapes(RDFParser.source(shapes).toGraph());
            } catch (RiotException e) {
                err.println(shapes + ": cannot read shapes: " + e.getMessage());
                return Main.EXIT_USAGE;
            }
        }
        Validator validator = vb.build();
        Validation v;
        long failed = 0;
        if (store != null) {
            if (!Files.isDirectory(store)) throw new ParameterException(spec.commandLine(), "No such store directory: " + store);
            Path tdb = Files.isDirectory(store.resolve("tdb2")) ? store.resolve("tdb2") : store;
            if (!isTdb2(tdb)) throw new ParameterException(spec.commandLine(), "Not a newsgraph store (no tdb2/ folder) "
                    + "nor a TDB2 database (no Data-NNNN folder): " + store);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tdb.toString());
            v = Txn.calculateRead(dsg, () -> validator.validate(allGraphs(dsg)));
        } else {
            List<InputSource> inputs;
            try {
                inputs = Inputs.expand(options.inputs);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            DataLoader loader = DataLoader.create().mapper(options.mapperBuilder().build());
            try (ProblemReporter problems = new ProblemReporter(err, options.errors)) {
                DatasetGraph dsg = loader.onProblem(problems).load(inputs);
                failed = loader.failed();
                v = Txn.calculateRead(dsg, () -> validator.validate(merged(dsg)));
            }
        }
        try (OutputStream out = OutputFiles.open(output)) {
            RDFWriter.source(v.report().getGraph()).format(RDFFormat.TURTLE_PRETTY).output(out);
        }
        ReportPrinter printer = ReportPrinter.create().prefixes(Prefixes.forBase(options.base));
        if (quiet) err.println(ReportPrinter.totals(v));
        else printer.print(v, err);
        err.flush();
        if (!v.conforms()) return Main.EXIT_VIOLATIONS;
        return failed > 0 ? Main.EXIT_SOME_FAILED : Main.EXIT_OK;
    }

    /** A TDB2 database directory holds {@code Data-0001} (and later generations); never create one by accident. */
    static boolean isTdb2(Path dir) throws java.io.IOException {
        try (var entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        }
    }

    /**
     * An in-memory dataset's triples copied into one plain graph, so that SHACL's many lookups do not each go through
     * a union of thousands of named graphs.
     */
    static Graph merged(DatasetGraph dsg) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    /** The default graph and every named graph, as one graph (a TDB2 union graph is served from its quad indexes). */
    static Graph allGraphs(DatasetGraph dsg) {
        return new Union(dsg.getDefaultGraph(), dsg.getUnionGraph());
    }
}
