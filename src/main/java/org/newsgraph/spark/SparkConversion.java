package org.newsgraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Conversion;
import org.newsgraph.pipeline.ConversionReport;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReaderRegistry;
import org.newsgraph.sink.OutputFormat;
import org.newsgraph.sink.RdfFileSink;

/**
 * {@code convert} as an Apache Spark job: the same readers, NLP, linking and RDF mapping ({@link Conversion} and the
 * mapper {@code convert}'s options build), spread over a cluster's executors.
 *
 * <ol>
 *   <li>The driver expands the inputs on any Hadoop file system ({@link HadoopInputs}).</li>
 *   <li>Reading stage: the input files are spread over tasks; each task reads its files one at a time with the
 *       article readers ({@link ReaderRegistry#standard()}), emitting articles and located problems.</li>
 *   <li>The articles are spread evenly over {@code partitions} partitions (one shuffle: a single large JSON Lines
 *       file still keeps every core busy).</li>
 *   <li>Mapping stage: each task takes this JVM's article mapper ({@link Pipelines}: CoreNLP and the link index are
 *       loaded once per executor) and writes its articles, each whole, to one gzipped N-Quads part file under
 *       {@code OUT/_temporary/}. Bad articles are reported and skipped, as by {@code convert}.</li>
 *   <li>The driver commits the part files of the successful task attempts ({@code OUT/part-NNNNN.nq.gz}; a
 *       partition with no article leaves none), writes {@code OUT/_summary.json} (counts and every problem) and
 *       {@code OUT/_SUCCESS}.</li>
 * </ol>
 *
 * <pre>
 *   SparkReport r = SparkConversion.create(jsc).inputs(List.of("hdfs:///news/2024/")).output("hdfs:///graph/2024")
 *           .convertArgs(List.of("--no-link")).run();
 * </pre>
 */
public final class SparkConversion {
    /** Problems kept (with their text) per part; more are counted only. */
    public static final int MAX_PROBLEMS_PER_PART = 10_000;
    public static final String SUMMARY = "_summary.json";

    private final JavaSparkContext sc;
    private List<String> inputs = List.of();
    private String output;
    private List<String> convertArgs = List.of();
    private int partitions;

    private SparkConversion(JavaSparkContext sc) { this.sc = sc; }

    public static SparkConversion create(JavaSparkContext sc) { return new SparkConversion(sc); }

    /** Files, directories and globs, on any file system Hadoop reaches. */
    public SparkConversion inputs(List<String> in) { this.inputs = List.copyOf(in); return this; }
    /** The output directory (absent or empty). */
    public SparkConversion output(String dir) { this.output = dir; return this; }
    /** {@code convert}'s mapping options as its command line has them ({@code --no-link}, {@code --base=IRI} …). */
    public SparkConversion convertArgs(List<String> args) { this.convertArgs = List.copyOf(args); return this; }
    /** Partitions of the mapping stage, one part file each (default: 4 per core of the cluster). */
    public SparkConversion partitions(int n) { this.partitions = n; return this; }

    public SparkReport run() throws IOException {
        long t0 = System.nanoTime();
        Configuration conf = sc.hadoopConfiguration();
        List<InputFile> files = HadoopInputs.expand(inputs, conf, ReaderRegistry.standard());
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(conf);
        if (fs.exists(out) && fs.listStatus(out).length > 0)
            throw new IllegalArgumentException("Output directory is not empty: " + output);
        Path tmp = new Path(out, "_temporary/" + sc.sc().applicationId());
        fs.mkdirs(tmp);

        Map<String, String> hadoop = new HashMap<>();
        conf.forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        int parts = partitions > 0 ? partitions : Math.max(1, 4 * sc.defaultParallelism());
        List<String> args = convertArgs;
        String tmpDir = tmp.toString();

        JavaRDD<InputFile> fileRdd = sc.parallelize(files, Math.max(1, Math.min(files.size(), 4 * sc.defaultParallelism())));
        JavaRDD<Item> items = fileRdd.flatMap(f -> readFile(f, hadoop).iterator());
        List<PartResult> results = items.repartition(parts)
                .mapPartitionsWithIndex((index, it) -> List.of(mapPartition(index, it, args, hadoop, tmpDir)).iterator(), false)
                .collect();

        List<PartResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingInt(PartResult::partition));
        long articles = 0, quads = 0, failed = 0, warnings = 0;
        List<Problem> problems = new ArrayList<>();
        List<String> partFiles = new ArrayList<>();
        for (PartResult r : sorted) {
            articles += r.articles();
            quads += r.quads();
            failed += r.failed();
            warnings += r.warnings();
            problems.addAll(r.problems());
            Path from = new Path(r.file());
            if (r.articles() == 0) {
                fs.delete(from, false);
                continue;
            }
            String name = String.format("part-%05d.nq.gz", r.partition());
            if (!fs.rename(from, new Path(out, name))) throw new IOException("Cannot move " + from + " to " + out);
            partFiles.add(name);
        }
        fs.delete(new Path(out, "_temporary"), true);
        double seconds = (System.nanoTime() - t0) / 1e9;
        SparkReport report = new SparkReport(new ConversionReport(articles, failed, warnings, quads), files.size(), partFiles,
                problems, seconds);
        writeSummary(fs, new Path(out, SUMMARY), report);
        fs.create(new Path(out, "_SUCCESS"), true).close();
        return report;
    }

    /** Reading stage, one input file: its articles and problems (one file's articles are held at a time). */
    static List<Item> readFile(InputFile f, Map<String, String> hadoop) {
        Configuration conf = configuration(hadoop);
        Path p = new Path(f.uri());
        List<Item> items = new ArrayList<>();
        InputSource in = new InputSource(f.name(), () -> p.getFileSystem(conf).open(p));
        Conversion.create().onProblem(pr -> items.add(Item.of(pr))).read(List.of(in), a -> items.add(Item.of(a)));
        return items;
    }

    /** Mapping stage, one partition: its articles into one gzipped N-Quads file, whole article by whole article. */
    static PartResult mapPartition(int index, Iterator<Item> items, List<String> convertArgs, Map<String, String> hadoop,
            String tmpDir) throws IOException {
        long attempt = TaskContext.get() == null ? 0 : TaskContext.get().taskAttemptId();
        Path file = new Path(tmpDir, String.format("part-%05d-%d.nq.gz", index, attempt));
        FileSystem fs = file.getFileSystem(configuration(hadoop));
        List<Problem> problems = new ArrayList<>();
        long[] readFailed = {0}, readWarnings = {0};
        Consumer<Problem> keep = p -> {
            if (problems.size() < MAX_PROBLEMS_PER_PART) problems.add(p);
        };
        Iterator<Article> articles = new Iterator<>() { // problems of the reading stage are taken out on the way
            Article next;

            @Override public boolean hasNext() {
                while (next == null && items.hasNext()) {
                    Item i = items.next();
                    if (i.article() != null) next = i.article();
                    else {
                        if (i.problem().isError()) readFailed[0]++;
                        else readWarnings[0]++;
                        keep.accept(i.problem());
                    }
                }
                return next != null;
            }

            @Override public Article next() {
                if (!hasNext()) throw new NoSuchElementException();
                Article a = next;
                next = null;
                return a;
            }
        };
        ConversionReport r;
        try (OutputStream os = new GZIPOutputStream(fs.create(file, true), 1 << 16);
             RdfFileSink sink = RdfFileSink.create(os, OutputFormat.NQUADS).build()) {
            Conversion conversion = Conversion.create().mapper(Pipelines.mapper(convertArgs)).sink(sink).onProblem(keep);
            r = Pipelines.reportingTo(conversion, () -> conversion.runArticles(articles));
        }
        return new PartResult(index, file.toString(), r.articles(), r.quads(), r.failed() + readFailed[0],
                r.warnings() + readWarnings[0], problems);
    }

    private static Configuration configuration(Map<String, String> entries) {
        Configuration c = new Configuration(false);
        entries.forEach(c::set);
        return c;
    }

    private void writeSummary(FileSystem fs, Path file, SparkReport r) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("articles", r.report().articles());
        root.put("failed", r.report().failed());
        root.put("warnings", r.report().warnings());
        root.put("quads", r.report().quads());
        root.put("inputFiles", r.inputFiles());
        root.put("seconds", Math.round(r.seconds() * 10) / 10.0);
        root.put("master", sc.master());
        ArrayNode opts = root.putArray("options");
        convertArgs.forEach(opts::add);
        ArrayNode partsNode = root.putArray("parts");
        r.parts().forEach(partsNode::add);
        ArrayNode problems = root.putArray("problems");
        for (Problem p : r.problems()) {
            ObjectNode n = problems.addObject();
            n.put("severity", p.isError() ? "error" : "warning");
            n.put("source", p.source());
            if (p.line() > 0) n.put("line", p.line());
            if (p.column() > 0) n.put("column", p.column());
            if (p.field() != null) n.put("field", p.field());
            n.put("message", p.message());
            n.put("text", p.toString());
        }
        root.put("problemsOmitted", r.report().failed() + r.report().warnings() - r.problems().size());
        try (OutputStream os = fs.create(file, true)) {
            json.writeValue(os, root);
        }
    }
}
