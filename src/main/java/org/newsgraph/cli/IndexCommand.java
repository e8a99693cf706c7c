package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.newsgraph.link.IndexCache;
import org.newsgraph.link.WikiDictIndex;
import org.newsgraph.link.WikiDictIndexBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph index build|info|lookup}: the offline entity-linking index (see docs/linking.md). */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build or describe the offline entity-linking index (CoreNLP's WikiDict, memory-mapped).",
        subcommands = {IndexCommand.Build.class, IndexCommand.Info.class, IndexCommand.Lookup.class})
public final class IndexCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.EXIT_USAGE;
    }

    /** The cache directory option shared by the subcommands. */
    static final class CacheOption {
        @Option(names = "--cache", paramLabel = "DIR",
                description = "Cache directory (default: $NEWSGRAPH_CACHE, else $XDG_CACHE_HOME/newsgraph, else ~/.cache/newsgraph).")
        Path cache;
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build the index now (it is otherwise built on first use). Progress on stderr when it is a terminal.")
    static final class Build implements Callable<Integer> {
        @Spec CommandSpec spec;
        @picocli.CommandLine.Mixin CacheOption cacheOption = new CacheOption();

        @Option(names = "--force", description = "Rebuild even when a complete index is present.")
        boolean force;

        @Option(names = "--wikidata", paramLabel = "FILE", description = "Build the offline Wikidata index from this "
                + "JSON dump (latest-all.json.gz/.bz2 or a filtered subset in the same format; replaces the present one). "
                + "See docs/linking.md.")
        Path wikidata;

        @Option(names = "--threads", paramLabel = "N", description = "Parser threads for --wikidata (default: cores - 1).")
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            IndexCache cache = IndexCache.at(IndexCache.root(cacheOption.cache));
            if (wikidata != null) {
                if (!java.nio.file.Files.isReadable(wikidata))
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Cannot read Wikidata dump " + wikidata);
                ProgressBar bar = ProgressBar.onStderr(err, "Wikidata index");
                org.newsgraph.link.WikidataIndexBuilder.Stats st;
                try {
                    st = cache.buildWikidata(wikidata, threads, bar);
                } catch (java.io.IOException e) {
                    bar.done();
                    err.println("newsgraph index: " + e.getMessage());
                    err.flush();
                    return Main.EXIT_FAILURE;
                }
                bar.done();
                err.printf("Wikidata index built in %.1f s: %s (%,d items, %,d left out, %,d names, %,d enwiki titles)%n",
                        st.millis() / 1e3, cache.wikidataDir(), st.items(), st.skipped(), st.keys(), st.titles());
                err.flush();
                return Main.EXIT_OK;
            }
            if (cache.hasIndex() && !force) {
                err.println("index present: " + cache.indexDir() + " (use --force to rebuild)");
                err.flush();
                return Main.EXIT_OK;
            }
            ProgressBar bar = ProgressBar.onStderr(err, "WikiDict index");
            long t0 = System.nanoTime();
            try (WikiDictIndex index = force ? cache.rebuild(bar) : cache.openOrBuild(bar)) {
                bar.done();
                err.printf("index built in %.1f s: %s (%,d surfaces, %,d titles)%n", (System.nanoTime() - t0) / 1e9,
                        index.directory(), index.keyCount(), index.titleCount());
            }
            err.flush();
            return Main.EXIT_OK;
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Print where the index is and what it holds (key=value lines on stdout). Exit 1 when it is not built.")
    static final class Info implements Callable<Integer> {
        @Spec CommandSpec spec;
        @picocli.CommandLine.Mixin CacheOption cacheOption = new CacheOption();

        @Override
        public Integer call() throws Exception {
            IndexCache cache = IndexCache.at(IndexCache.root(cacheOption.cache));
            PrintWriter out = spec.commandLine().getOut();
            out.println("directory=" + cache.indexDir());
            if (!cache.hasIndex()) {
                out.println("built=false");
                out.flush();
                spec.commandLine().getErr().println("no index yet: run 'newsgraph index build'");
                spec.commandLine().getErr().flush();
                return Main.EXIT_FAILURE;
            }
            try (WikiDictIndex index = WikiDictIndex.open(cache.indexDir())) {
                Properties meta = index.meta();
                for (String k : new TreeSet<>(meta.stringPropertyNames())) out.println(k + "=" + meta.getProperty(k));
                long bytes = 0;
                try (var files = java.nio.file.Files.list(cache.indexDir())) {
                    for (Path p : (Iterable<Path>) files::iterator) bytes += java.nio.file.Files.size(p);
                }
                out.println("sizeBytes=" + bytes);
            }
            if (cache.hasWikidata()) {
                try (org.newsgraph.link.WikidataIndex wd = cache.openWikidata()) {
                    out.println("wikidata.directory=" + cache.wikidataDir());
                    Properties meta = wd.meta();
                    for (String k : new TreeSet<>(meta.stringPropertyNames())) out.println("wikidata." + k + "=" + meta.getProperty(k));
                    long bytes = 0;
                    try (var files = java.nio.file.Files.list(cache.wikidataDir())) {
                        for (Path p : (Iterable<Path>) files::iterator) bytes += java.nio.file.Files.size(p);
                    }
                    out.println("wikidata.sizeBytes=" + bytes);
                }
            }
            out.flush();
            return Main.EXIT_OK;
        }
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Print the link index's candidates for names, best first, as tab-separated lines on stdout: name, "
                    + "rank, title, prior, prior of the name as written, type, popularity. To see why a name links as it "
                    + "does (docs/linking.md). Exit 1 when the index is not built.")
    static final class Lookup implements Callable<Integer> {
        @Spec CommandSpec spec;
        @picocli.CommandLine.Mixin CacheOption cacheOption = new CacheOption();

        @picocli.CommandLine.Parameters(paramLabel = "NAME", arity = "1..*", description = "Names as written in a text.")
        java.util.List<String> names;

        @Option(names = "--limit", paramLabel = "N", description = "Candidates per name (default: ${DEFAULT-VALUE}).")
        int limit = 10;

        @Override
        public Integer call() throws Exception {
            IndexCache cache = IndexCache.at(IndexCache.root(cacheOption.cache));
            if (!cache.hasIndex()) {
                spec.commandLine().getErr().println("no index yet: run 'newsgraph index build'");
                spec.commandLine().getErr().flush();
                return Main.EXIT_FAILURE;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("name\trank\ttitle\tprior\texactPrior\ttype\tpopularity");
            try (WikiDictIndex index = WikiDictIndex.open(cache.indexDir())) {
                for (String name : names) {
                    java.util.List<WikiDictIndex.Candidate> cs = index.candidates(name);
                    for (int i = 0; i < Math.min(limit, cs.size()); i++) {
                        WikiDictIndex.Candidate c = cs.get(i);
                        out.printf(java.util.Locale.ROOT, "%s\t%d\t%s\t%.4f\t%.4f\t%s\t%d%n", name, i + 1, c.title(),
                                c.prior(), c.exactPrior(), c.type(), c.popularity());
                    }
                }
            }
            out.flush();
            return Main.EXIT_OK;
        }
    }

    /** A one-line progress bar on stderr, drawn only when stderr is (likely) a terminal. */
    static final class ProgressBar implements WikiDictIndexBuilder.Progress {
        private final PrintWriter err;
        private final String label;
        private final boolean enabled;
        private int lastPercent = -1;
        private String lastPhase = "";

        private ProgressBar(PrintWriter err, String label, boolean enabled) {
            this.err = err;
            this.label = label;
            this.enabled = enabled;
        }

        /** Enabled when the JVM has a console (stdin/stdout on a terminal) and TERM is not "dumb". */
        static ProgressBar onStderr(PrintWriter err, String label) {
            boolean tty = System.console() != null && !"dumb".equals(System.getenv("TERM"));
            return new ProgressBar(err, label, tty);
        }

        @Override
        public synchronized void update(long read, long total, String phase) {
            if (!enabled || total <= 0) return;
            int pct = (int) Math.min(100, read * 100 / total);
            if (pct == lastPercent && phase.equals(lastPhase)) return;
            lastPercent = pct;
            lastPhase = phase;
            int filled = pct * 30 / 100;
            err.print("\r" + label + " " + phase + " [" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + pct + "%   ");
            err.flush();
        }

        void done() {
            if (enabled && lastPercent >= 0) {
                err.print("\r" + " ".repeat(label.length() + 50) + "\r");
                err.flush();
            }
        }
    }
}
