package org.newsgraph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.pipeline.Conversion;
import org.newsgraph.pipeline.ConversionReport;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.Inputs;
import org.newsgraph.sink.JsonLinesArticleSink;
import org.newsgraph.sink.OutputFormat;
import org.newsgraph.sink.RdfFileSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert news articles to schema.org RDF (one named graph per article).",
        footer = {"", "Exit codes: 0 all converted, 2 usage error, 4 some inputs failed (the good ones are still written)."})
public final class ConvertCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ConvertOptions options;

    @Mixin JsonLdOption jsonld;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file, '-' for stdout (default).")
    String output = "-";

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "turtle (default), ntriples, nquads, trig, jsonld, or jsonl (the article records themselves as "
                    + "JSON Lines, no RDF); default from the -o extension.")
    String format;

    @Option(names = "--stream", description = "Always use the streaming writer (TURTLE_BLOCKS, TRIG_BLOCKS), even for small outputs.")
    boolean stream;

    @Override
    public Integer call() throws Exception {
        if (options.inputs.isEmpty()) throw new ParameterException(spec.commandLine(), "Missing INPUT: give files, directories or '-'");
        boolean jsonl = format != null ? format.equalsIgnoreCase("jsonl")
                : OutputFiles.withoutGz(output).toLowerCase(java.util.Locale.ROOT).matches(".*\\.(jsonl|ndjson)");
        OutputFormat fmt;
        try {
            fmt = jsonl ? null : format != null ? OutputFormat.parse(format)
                    : output.equals("-") ? OutputFormat.TURTLE
                    : java.util.Objects.requireNonNullElse(OutputFormat.fromFileName(output), OutputFormat.TURTLE);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<InputSource> inputs;
        try {
            inputs = Inputs.expand(options.inputs, Inputs::isArticleFile);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        ConversionReport report;
        if (jsonl) {
            try (ProblemReporter problems = new ProblemReporter(err, options.errors);
                 OutputStream out = OutputFiles.open(output);
                 JsonLinesArticleSink sink = JsonLinesArticleSink.create(out)) {
                report = Conversion.create().articleSink(sink).onProblem(problems).threads(options.threads).run(inputs);
            }
            err.println(report.summary());
            err.flush();
            return report.allSucceeded() ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
        }
        org.newsgraph.sink.JsonLdLib.Profile profile;
        try {
            profile = jsonld.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Conversion conversion = Conversion.create();
        options.outOfBand = conversion::problem;
        ArticleMapper mapper = options.mapperBuilder().build();
        try (ProblemReporter problems = new ProblemReporter(err, options.errors);
             OutputStream out = OutputFiles.open(output);
             RdfFileSink sink = RdfFileSink.create(out, fmt).prefixes(Prefixes.forBase(options.base))
                     .prettyLimit(stream ? 0 : RdfFileSink.DEFAULT_PRETTY_LIMIT).jsonldProfile(profile).build()) {
            report = conversion.mapper(mapper).sink(sink).onProblem(problems).threads(options.threads).maxText(options.maxBody).run(inputs);
        }
        err.println(report.summary());
        err.flush();
        return report.allSucceeded() ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }

}
