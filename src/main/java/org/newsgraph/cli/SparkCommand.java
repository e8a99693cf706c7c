package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.read.Problem;
import org.newsgraph.spark.SparkJob;
import org.newsgraph.spark.SparkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Convert articles as an Apache Spark job: the same reading, NLP, linking and mapping as 'convert', "
                + "written as gzipped N-Quads part files (OUT/part-NNNNN.nq.gz, each article whole in one part) with "
                + "OUT/_summary.json (counts and every problem). Bad inputs are reported and skipped; they never fail the job.",
                "INPUT may be files, directories and globs on any Hadoop file system (hdfs://, s3a:// with its connector). "
                        + "Run through ./newsgraph (Spark's jars from target/spark-lib) or spark-submit; see docs/spark.md."},
        footer = {"", "Exit codes: 0 all converted, 1 runtime failure, 2 usage error, 4 some inputs failed (the good ones are written)."})
public final class SparkCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ConvertOptions options;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (absent or empty), any Hadoop file system.")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: the one spark-submit gives, else local[N] with N = --threads).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the mapping stage = part files at most (default: 4 per core).")
    int partitions;

    @Override
    public Integer call() throws Exception {
        if (options.inputs.isEmpty()) throw new ParameterException(spec.commandLine(), "Missing INPUT: give files, directories or globs");
        PrintWriter err = spec.commandLine().getErr();
        SparkReport r;
        try {
            r = SparkJob.run(options.inputs, out, master, "local[" + Math.max(1, options.threads) + "]", partitions,
                    convertArgs(spec.mixins().get("options")));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (NoClassDefFoundError e) {
            if (e.getMessage() == null || !e.getMessage().contains("org/apache/spark")) throw e;
            err.println("newsgraph: Apache Spark is not on the class path: run './newsgraph spark …' from the checkout "
                    + "(it adds target/spark-lib/) or submit target/newsgraph.jar with spark-submit (docs/spark.md)");
            return Main.EXIT_FAILURE;
        }
        try (ProblemReporter problems = new ProblemReporter(err, options.errors)) {
            for (Problem p : r.problems()) problems.accept(p);
        }
        err.println(r.report().summary() + String.format(" (%d input files, %d part files in %s, %.1f s)",
                r.inputFiles(), r.parts().size(), out, r.seconds()));
        err.flush();
        return r.report().allSucceeded() ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
    }

    /**
     * The mapping options as {@code convert}'s command line: what every executor parses into its own
     * {@link ConvertOptions}. Options of the driver only ({@code --errors}, {@code --threads}) stay here. Paths
     * ({@code --cache}, {@code --publishers}) are passed as given: each executor resolves them in its own working
     * directory, where spark-submit's {@code --files} and {@code --archives} land.
     */
    static List<String> convertArgs(CommandSpec mixin) {
        List<String> args = new ArrayList<>();
        for (OptionSpec o : mixin.options()) {
            String name = o.longestName();
            if (name.equals("--errors") || name.equals("--threads")) continue;
            Object v = o.getValue();
            if (v == null) continue;
            if (v instanceof Boolean b) {
                if (o.negatable()) args.add(b ? name : negated(name));
                else if (b) args.add(name);
            } else {
                args.add(name + "=" + v);
            }
        }
        return args;
    }

    private static String negated(String name) {
        return name.startsWith("--no-") ? "--" + name.substring(5) : "--no-" + name.substring(2);
    }
}
