package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.pipeline.Conversion;
import org.newsgraph.pipeline.ConversionReport;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.Inputs;
import org.newsgraph.read.Problem;
import org.newsgraph.store.BulkLoader;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.RdfLoader;
import org.newsgraph.store.StoreSink;

/**
 * What {@code load} and {@code serve INPUT...} do: RDF files (by extension) are parsed straight into the store, one
 * transaction per file; everything else goes through the article readers and the mapper into a {@link StoreSink}.
 * Bad inputs are reported (located) and skipped.
 */
final class StoreLoading {
    private StoreLoading() {}

    /** Totals of a load; {@code failed} counts failed articles, records and RDF files. */
    record Result(long articles, long rdfFiles, long quads, long failed, long warnings, java.util.Map<String, Long> skipped) {
        boolean allSucceeded() { return failed == 0; }

        String summary() {
            String s = new ConversionReport(articles, failed, warnings, quads, skipped).summary();
            return rdfFiles == 0 ? s : s + " (" + rdfFiles + (rdfFiles == 1 ? " RDF file" : " RDF files") + ")";
        }
    }

    static Result load(NewsStore store, ConvertOptions options, PrintWriter err) throws IOException {
        return load(store, options, err, true);
    }

    /**
     * @param bulk whether RDF files may go through TDB2's bulk loader when the (on-disk) store is empty at the start
     *        (faster for large files; see {@link BulkLoader})
     */
    static Result load(NewsStore store, ConvertOptions options, PrintWriter err, boolean bulk) throws IOException {
        List<InputSource> inputs = Inputs.expand(options.inputs);
        List<InputSource> rdf = new ArrayList<>();
        List<InputSource> articles = new ArrayList<>();
        for (InputSource in : inputs) (RdfLoader.isRdf(in) ? rdf : articles).add(in);

        long[] failed = {0}, warnings = {0};
        try (ProblemReporter problems = new ProblemReporter(err, options.errors)) {
            java.util.function.Consumer<Problem> count = p -> {
                if (p.isError()) failed[0]++;
                else warnings[0]++;
                problems.accept(p);
            };
            long rdfFiles = 0, quads = 0;
            if (!rdf.isEmpty() && bulk && store.directory() != null && store.isEmpty()) {
                try (Progress progress = Progress.onTerminal(err, "bulk loading")) {
                    BulkLoader.Result r = BulkLoader.create(store).onProblem(count)
                            .onProgress(n -> progress.update(0, 0, n, "quads")).build().load(rdf);
                    rdfFiles = r.files();
                    quads = r.quads();
                }
            } else if (!rdf.isEmpty()) {
                RdfLoader loader = RdfLoader.create(store).onProblem(count).build();
                try (Progress progress = Progress.onTerminal(err, "loading")) {
                    int done = 0;
                    for (InputSource in : rdf) {
                        long n = loader.load(in);
                        if (n >= 0) {
                            rdfFiles++;
                            quads += n;
                        }
                        progress.update(++done, rdf.size(), quads, "quads");
                    }
                }
            }
            long stored = 0;
            java.util.Map<String, Long> skipped = java.util.Map.of();
            if (!articles.isEmpty()) {
                long[] lost = {0};
                ConversionReport report;
                try (Progress progress = Progress.onTerminal(err, "loading");
                     StoreSink sink = StoreSink.create(store).onFailure((g, e) -> {
                         lost[0]++;
                         problems.accept(Problem.error(g.getURI(), 0, 0, null, "cannot store article: " + e.getMessage()));
                     }).build()) {
                    long[] n = {0};
                    Conversion conversion = Conversion.create().onProblem(problems);
                    options.outOfBand = conversion::problem;
                    report = conversion.mapper(options.mapperBuilder().build()).sink(sink)
                            .onArticle(a -> progress.update(0, 0, ++n[0], "articles")).threads(options.threads).maxText(options.maxBody).run(articles);
                }
                stored = report.articles() - lost[0];
                quads += report.quads();
                failed[0] += report.failed() + lost[0];
                warnings[0] += report.warnings();
                skipped = report.skipped();
            }
            return new Result(stored, rdfFiles, quads, failed[0], warnings[0], skipped);
        }
    }
}
