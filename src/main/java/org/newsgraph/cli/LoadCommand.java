package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load articles and RDF files into the store (TDB2 with a full-text index).",
                "Articles (.txt, .json, .jsonl) are converted as by 'convert', one named graph each; loading an article "
                        + "again replaces its graph. RDF files (.ttl .nt .nq .trig .jsonld, also .gz) are loaded as they are, "
                        + "one transaction per file; triples outside named graphs go into a graph named after the file."},
        footer = {"", "Exit codes: 0 all loaded, 1 runtime failure, 2 usage error, 4 some inputs failed (the good ones are loaded)."})
public final class LoadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ConvertOptions options;

    @Mixin StoreOption store;

    @picocli.CommandLine.Option(names = "--no-bulk", description = "Never use TDB2's bulk loader (by default RDF files "
            + "loaded into an empty store go through it: several times faster, all or nothing).")
    boolean noBulk;

    @Override
    public Integer call() throws Exception {
        if (options.inputs.isEmpty()) throw new ParameterException(spec.commandLine(), "Missing INPUT: give files or directories");
        PrintWriter err = spec.commandLine().getErr();
        StoreLoading.Result r;
        try (NewsStore s = NewsStore.open(store.dir())) {
            try {
                r = StoreLoading.load(s, options, err, !noBulk);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            err.println(r.summary() + String.format(" into %s: %,d quads read", store.dir(), r.quads()));
        }
        err.flush();
        return r.allSucceeded() ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }
}
