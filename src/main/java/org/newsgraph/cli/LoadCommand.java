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

    @picocli.CommandLine.Option(names = "--xloader", description = "Very large RDF inputs (such as 'spark' part "
            + "directories) into a new store with Jena's tdb2.xloader (external sort, little heap, all or nothing), then "
            + "build the text index and the article index. See docs/spark.md.")
    boolean xloader;

    @Override
    public Integer call() throws Exception {
        if (options.inputs.isEmpty()) throw new ParameterException(spec.commandLine(), "Missing INPUT: give files or directories");
        PrintWriter err = spec.commandLine().getErr();
        if (xloader) return xload(err);
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

    private int xload(PrintWriter err) throws Exception {
        java.util.List<java.nio.file.Path> files = new java.util.ArrayList<>();
        try {
            for (org.newsgraph.read.InputSource in : org.newsgraph.read.Inputs.expand(options.inputs)) {
                if (in.name().equals("-") || !org.newsgraph.store.RdfLoader.isRdf(in))
                    throw new IllegalArgumentException("--xloader loads RDF files only, not " + in.name()
                            + " (convert articles first: 'newsgraph spark' or 'convert -o FILE.nq.gz')");
                files.add(java.nio.file.Path.of(in.name()));
            }
            org.newsgraph.store.XLoader.check(files);
            if (!org.newsgraph.store.XLoader.isFresh(store.dir()))
                throw new IllegalArgumentException("--xloader needs a new store; " + store.dir() + " already has a database");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        org.newsgraph.store.XLoader.Result r;
        try (Progress progress = Progress.onTerminal(err, "text index")) {
            r = org.newsgraph.store.XLoader.create(store.dir())
                    .onProgress(n -> progress.update(0, 0, n, "quads")).build().load(files);
        }
        err.println(String.format("%d RDF files into %s with tdb2.xloader: %,d quads, %,d articles; xloader %.1f s, "
                        + "text index %.1f s (%,d entries), article index %.1f s", files.size(), store.dir(), r.quads(),
                r.articles(), r.xloaderSeconds(), r.textSeconds(), r.textEntries(), r.articleIndexSeconds()));
        err.flush();
        return Main.EXIT_OK;
    }
}
