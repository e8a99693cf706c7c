package org.newsgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.cli.ConvertOptions;
import org.newsgraph.pipeline.Conversion;
import org.newsgraph.rdf.ArticleMapper;
import picocli.CommandLine;

/**
 * One article mapper (CoreNLP pipeline, link index, publisher registry) per JVM and per set of convert options,
 * built on first use and reused by every later task and partition that this executor runs. The options travel as the
 * command-line arguments of {@code convert} and are parsed here by the same {@link ConvertOptions}, so every option
 * {@code convert} has means the same in the job.
 */
final class Pipelines {
    private static final Map<List<String>, ArticleMapper> MAPPERS = new ConcurrentHashMap<>();
    /**
     * The conversion of the task running on this thread: problems that belong to no one input (Wikidata network
     * trouble, reported through {@link ConvertOptions#outOfBand} by the shared mapper) go to it and its part's counts.
     */
    private static final ThreadLocal<Conversion> CURRENT = new ThreadLocal<>();

    private Pipelines() {}

    static ArticleMapper mapper(List<String> convertArgs) {
        return MAPPERS.computeIfAbsent(List.copyOf(convertArgs), Pipelines::build);
    }

    /** Runs {@code body} with out-of-band problems of this thread's mapping going to {@code conversion}. */
    static <T> T reportingTo(Conversion conversion, java.util.function.Supplier<T> body) {
        CURRENT.set(conversion);
        try {
            return body.get();
        } finally {
            CURRENT.remove();
        }
    }

    private static ArticleMapper build(List<String> args) {
        ConvertOptions options = new ConvertOptions();
        new CommandLine(options).parseArgs(args.toArray(String[]::new));
        options.outOfBand = p -> {
            Conversion c = CURRENT.get();
            if (c != null) c.problem(p);
        };
        try {
            return options.mapperBuilder().build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
