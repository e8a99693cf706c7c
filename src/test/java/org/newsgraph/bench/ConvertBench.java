package org.newsgraph.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.cli.Main;
import org.newsgraph.pipeline.Conversion;
import org.newsgraph.pipeline.ConversionReport;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.read.InputSource;

/**
 * Benchmark (not a test) of metadata-only conversion: generates a JSON Lines file of realistic articles
 * (about 300-word bodies, authors, image, keywords, related links), then converts it
 * <ol>
 *   <li>with {@link Conversion} into a sink that only counts the quads (reading and mapping alone),</li>
 *   <li>with {@link Conversion} into a sink that serialises N-Quads to a counting, discarding stream, and</li>
 *   <li>with {@code newsgraph convert FILE -o out.nq} (the real command) into a file,</li>
 * </ol>
 * printing articles/s, quads/s and the peak heap. Run it with {@code bench/convert.sh} (see docs/bench-convert.md):
 * <pre>
 *   java -Xmx512m -XX:ActiveProcessorCount=2 -cp … org.newsgraph.bench.ConvertBench 100000 [workdir]
 * </pre>
 */
public final class ConvertBench {
    private static final String[] WORDS = ("the a of to in and on for with said government minister officials "
            + "city port workers union talks court ruling election vote parliament president company shares market "
            + "prices energy gas oil power plant climate flood storm police protest border trade deal tariffs bank "
            + "interest rates inflation economy growth jobs report week month year Monday Tuesday Wednesday Thursday "
            + "Friday spokesperson statement agency according sources told reporters would could after before while "
            + "despite amid against new first last largest second record million billion percent plan project talks "
            + "agreement security military troops ceasefire aid hospital school students teachers railway airport "
            + "flights passengers tourists region capital north south east west coast river bridge tunnel construction "
            + "investigation prosecutors charges trial judge lawmakers opposition coalition party leader candidates").split(" ");
    private static final String[] NAMES = {"Anna Keller", "Jonas Berg", "Maria Rossi", "Tomasz Nowak", "Aiko Tanaka",
            "Samuel Okafor", "Lucia Fernandez", "Pieter de Jong", "Elena Petrova", "David Cohen", "Fatima Benali",
            "Lars Nilsson", "Grace Mensah", "Omar Haddad", "Sofia Marques", "Ivan Horvat"};
    private static final String[] HOSTS = {"www.theguardian.com", "www.reuters.com", "apnews.com", "www.bbc.com",
            "www.dw.com", "www.france24.com", "www.themoscowtimes.com", "www.aljazeera.com", "news.example.org"};
    private static final String[] SECTIONS = {"World", "Business", "Politics", "Climate", "Europe", "Technology"};

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("convert-bench");
        Path jsonl = dir.resolve("articles-" + n + ".jsonl");
        if (!Files.exists(jsonl)) {
            long t0 = System.nanoTime();
            generate(jsonl, n);
            System.out.printf(Locale.ROOT, "generated %,d articles, %,d MB in %.1f s: %s%n", n,
                    Files.size(jsonl) >> 20, (System.nanoTime() - t0) / 1e9, jsonl);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "java %s, %d cores available, max heap %d MB%n",
                System.getProperty("java.version"), threads, Runtime.getRuntime().maxMemory() >> 20);

        // Warm-up on a slice is deliberately skipped: the figures include JIT warm-up, as a user's run does.
        resetPeaks();
        AtomicLong counted = new AtomicLong();
        long c0 = System.nanoTime(), cc0 = cpuNanos();
        ConversionReport rc = Conversion.create().mapper(ArticleMapper.create().build())
                .sink((Node g, List<Quad> quads) -> counted.addAndGet(quads.size())).threads(threads)
                .run(List.of(InputSource.of(jsonl)));
        report("Conversion → counting sink", rc.articles(), counted.get(), rc.failed(), System.nanoTime() - c0,
                cpuNanos() - cc0, 0);

        resetPeaks();
        AtomicLong bytes = new AtomicLong();
        OutputStream discard = new OutputStream() {
            @Override public void write(int b) { bytes.incrementAndGet(); }
            @Override public void write(byte[] b, int off, int len) { bytes.addAndGet(len); }
        };
        StreamRDF nq = StreamRDFWriter.getWriterStream(discard, RDFFormat.NQUADS);
        nq.start();
        long t0 = System.nanoTime(), cpu0 = cpuNanos();
        ConversionReport r = Conversion.create().mapper(ArticleMapper.create().build())
                .sink((Node g, List<Quad> quads) -> quads.forEach(nq::quad)).threads(threads)
                .run(List.of(InputSource.of(jsonl)));
        nq.finish();
        report("Conversion → N-Quads, discarded", r.articles(), r.quads(), r.failed(), System.nanoTime() - t0,
                cpuNanos() - cpu0, bytes.get());

        Path out = dir.resolve("out.nq");
        resetPeaks();
        StringWriter err = new StringWriter();
        t0 = System.nanoTime();
        cpu0 = cpuNanos();
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("convert", jsonl.toString(), "--no-nlp", "-o", out.toString());
        long dt = System.nanoTime() - t0, dcpu = cpuNanos() - cpu0;
        String summary = err.toString().strip();
        long quads;
        try (var lines = Files.lines(out)) {
            quads = lines.count();
        }
        System.out.printf("newsgraph convert exit %d: %s%n", exit, summary.substring(summary.lastIndexOf('\n') + 1));
        report("newsgraph convert -o out.nq", n, quads, 0, dt, dcpu, Files.size(out));
    }

    /**
     * Prints wall-clock rates and, because the machine may be shared, the process CPU time: articles per CPU-second
     * times the cores is what the run would reach with the cores to itself.
     */
    private static void report(String what, long articles, long quads, long failed, long nanos, long cpuNanos, long outBytes) {
        double s = nanos / 1e9, cpu = cpuNanos / 1e9;
        System.out.printf(Locale.ROOT, "%s: %,d articles (%d failed), %,d quads, out %,d MB%n"
                        + "  wall %.1f s: %,.0f articles/s, %,.0f quads/s; CPU %.1f s: %,.0f articles per CPU-s; peak heap %,d MB%n",
                what, articles, failed, quads, outBytes >> 20, s, articles / s, quads / s, cpu, articles / cpu, peakHeapMb());
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    /** Sum of the heap pools' peak usage since the last reset (an upper bound on live + garbage at any time). */
    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum >> 20;
    }

    static void generate(Path file, int n) throws IOException {
        Random rnd = new Random(42);
        JsonFactory f = new JsonFactory();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                StringWriter line = new StringWriter();
                try (JsonGenerator g = f.createGenerator(line)) {
                    String host = HOSTS[rnd.nextInt(HOSTS.length)];
                    int year = 2015 + rnd.nextInt(10), month = 1 + rnd.nextInt(12), day = 1 + rnd.nextInt(28);
                    String headline = sentence(rnd, 7 + rnd.nextInt(6), false);
                    g.writeStartObject();
                    g.writeStringField("url", String.format(Locale.ROOT, "https://%s/%d/%02d/%02d/%s-a%d", host, year, month, day,
                            headline.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), i));
                    g.writeStringField("headline", headline);
                    g.writeStringField("datePublished", i % 3 == 0
                            ? String.format(Locale.ROOT, "%d-%02d-%02dT%02d:%02d:00+01:00", year, month, day, rnd.nextInt(24), rnd.nextInt(60))
                            : i % 3 == 1 ? String.format(Locale.ROOT, "%d-%02d-%02d", year, month, day)
                            : java.time.LocalDate.of(year, month, day).format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH)));
                    g.writeArrayFieldStart("authors");
                    for (int a = 0, k = 1 + rnd.nextInt(2); a < k; a++) g.writeString(NAMES[rnd.nextInt(NAMES.length)]);
                    g.writeEndArray();
                    g.writeStringField("description", sentence(rnd, 20, true));
                    StringBuilder body = new StringBuilder();
                    for (int p = 0; p < 5; p++) {
                        if (p > 0) body.append("\n\n");
                        for (int s = 0; s < 3; s++) body.append(s > 0 ? " " : "").append(sentence(rnd, 15 + rnd.nextInt(10), true));
                    }
                    g.writeStringField("body", body.toString());
                    g.writeObjectFieldStart("image");
                    g.writeStringField("url", "https://" + host + "/images/" + i + ".jpg");
                    g.writeStringField("caption", sentence(rnd, 8, true));
                    g.writeStringField("credit", rnd.nextBoolean() ? "Reuters" : "AFP / " + NAMES[rnd.nextInt(NAMES.length)]);
                    g.writeEndObject();
                    g.writeStringField("language", "en");
                    g.writeArrayFieldStart("keywords");
                    for (int k = 0; k < 3; k++) g.writeString(WORDS[20 + rnd.nextInt(WORDS.length - 20)]);
                    g.writeEndArray();
                    g.writeStringField("section", SECTIONS[rnd.nextInt(SECTIONS.length)]);
                    g.writeArrayFieldStart("related");
                    g.writeString("https://" + host + "/related/" + rnd.nextInt(n));
                    g.writeEndArray();
                    g.writeEndObject();
                }
                w.write(line.toString());
                w.write('\n');
            }
        }
    }

    private static String sentence(Random rnd, int words, boolean period) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String wd = WORDS[rnd.nextInt(WORDS.length)];
            if (i == 0) wd = Character.toUpperCase(wd.charAt(0)) + wd.substring(1);
            sb.append(i > 0 ? " " : "").append(wd);
        }
        return period ? sb.append('.').toString() : sb.toString();
    }

    private ConvertBench() {}
}
