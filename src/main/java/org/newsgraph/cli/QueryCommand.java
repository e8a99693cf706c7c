package org.newsgraph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.text.TextIndexParseException;
import org.newsgraph.query.BadParameterException;
import org.newsgraph.query.BoundQuery;
import org.newsgraph.query.CatalogWriter;
import org.newsgraph.query.ParamSpec;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.query.SavedQuery;
import org.newsgraph.query.SavedQueryCatalog;
import org.newsgraph.query.SavedQueryRunner;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a saved SPARQL query (queries/NAME.rq) or a query file on the store or a SPARQL endpoint. "
                + "Parameters are typed by their variable names (?_person_iri an IRI, ?__since_xsd_date an optional date) "
                + "and bound on the parsed query; a value that does not fit is refused before anything runs.",
        footer = {"", "Examples:",
                "  newsgraph query --list",
                "  newsgraph query quotes-by-person \\",
                "      --param person=https://w3id.org/newsgraph/id/entity/Xi_Jinping",
                "  newsgraph query find-entity -p name=Xi      # the IRI of someone, to pass as person=",
                "  newsgraph query people-most-mentioned -p since=2023-03-01 -f csv",
                "  newsgraph query --file my.rq --endpoint http://127.0.0.1:3030/news/sparql",
                "  newsgraph query --catalog > queries/README.md",
                "", "Exit codes: 0 ok, 1 runtime failure, 2 usage error (unknown query, bad parameter or format)."})
public final class QueryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Saved query name (see --list).")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter value; repeatable. 'page' selects the page of a paginated query.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--store", paramLabel = "DIR", description = "The store directory (default: ${DEFAULT-VALUE}).", defaultValue = "newsgraph-data")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL", description = "Query this SPARQL endpoint instead of the store.")
    String endpoint;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "table (default for SELECT/ASK), csv, tsv, json, xml; turtle (default for CONSTRUCT), jsonld, ntriples.")
    String format;

    @picocli.CommandLine.Mixin JsonLdOption jsonld;

    @Option(names = "--file", paramLabel = "FILE", description = "Run this .rq file (same header and parameter conventions).")
    Path file;

    @Option(names = "--list", description = "List the saved queries (name, parameters, summary).")
    boolean list;

    @Option(names = "--catalog", description = "Print the Markdown catalogue of the saved queries (queries/README.md).")
    boolean catalogMd;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of saved queries (default: ./queries if present, else those in the jar).")
    Path queriesDir;

    @Option(names = "--print", description = "Print the query with the parameters bound instead of running it.")
    boolean print;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout (default: ${DEFAULT-VALUE}).", defaultValue = "30")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        SavedQueryCatalog catalog = queriesDir != null ? SavedQueryCatalog.fromDirectory(queriesDir) : SavedQueryCatalog.load();
        if (list) {
            for (SavedQuery q : catalog.all()) {
                StringBuilder ps = new StringBuilder();
                for (ParamSpec p : q.params()) ps.append(ps.length() == 0 ? "" : " ").append(p.name()).append(p.required() ? "" : "?");
                out.printf("%-24s %-40s %s%s%n", q.name(), ps, q.summary(), q.federated() ? " [federated]" : "");
            }
            out.flush();
            return Main.EXIT_OK;
        }
        if (catalogMd) {
            out.print(CatalogWriter.markdown(catalog));
            out.flush();
            return Main.EXIT_OK;
        }
        try {
            SavedQuery q;
            if (file != null) {
                if (name != null) return usage(err, "give a NAME or --file, not both");
                if (!Files.isRegularFile(file)) return usage(err, "no query file " + file);
                q = SavedQuery.read(file);
            } else {
                if (name == null) return usage(err, "give a saved query NAME, --file, --list or --catalog");
                q = catalog.get(name).orElse(null);
                if (q == null) return usage(err, "no saved query '" + name + "' in " + catalog.origin() + " (see --list)");
            }
            ResultFormat requested = format == null ? null : ResultFormat.parse(format);
            try {
                jsonld.get();
            } catch (IllegalArgumentException e) {
                return usage(err, e.getMessage());
            }
            BoundQuery bound = q.bind(params);
            ResultFormat fmt = ResultFormat.choose(bound.query(), requested);
            if (print) {
                out.print(bound.query().serialize());
                out.flush();
                return Main.EXIT_OK;
            }
            if (endpoint != null) {
                runTo(SavedQueryRunner.overEndpoint(endpoint), bound, fmt, err);
            } else {
                if (!Files.isDirectory(store.resolve("tdb2")))
                    return usage(err, "no store at " + store + " (load articles with 'newsgraph load', or give --store or --endpoint)");
                try (NewsStore s = NewsStore.open(store)) {
                    runTo(SavedQueryRunner.over(s.dataset()), bound, fmt, err);
                }
            }
            return Main.EXIT_OK;
        } catch (BadParameterException | TextIndexParseException e) {
            return usage(err, e.getMessage());
        } catch (IllegalArgumentException e) {
            // A query file that does not parse.
            return usage(err, e.getMessage());
        }
    }

    private void runTo(SavedQueryRunner runner, BoundQuery bound, ResultFormat fmt, PrintWriter err) throws java.io.IOException {
        runner.timeout(Duration.ofSeconds(timeoutSeconds)).jsonldProfile(jsonld.get());
        for (ParamSpec p : bound.saved().params()) {
            if (p.type() != org.newsgraph.query.ParamType.IRI || !params.containsKey(p.name())) continue;
            org.apache.jena.graph.Node iri = bound.bindings().get(p.var());
            if (iri != null && !runner.knows(iri)) {
                err.println("newsgraph query: note: the store holds nothing about <" + iri.getURI() + "> (parameter '"
                        + p.name() + "'), so the results are empty; find the IRI of a name with "
                        + "'newsgraph query find-entity -p name=...'");
                err.flush();
            }
        }
        OutputStream os = StdOut.stream();
        boolean more = runner.run(bound, fmt, os);
        os.flush();
        if (more)
            err.println("newsgraph query: more rows on the next page: -p page=" + (bound.page() + 1));
        err.flush();
    }

    private static int usage(PrintWriter err, String message) {
        err.println("newsgraph query: " + message);
        err.flush();
        return Main.EXIT_USAGE;
    }

}
