package org.newsgraph.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.eval.GoldDocument;
import org.newsgraph.eval.GoldReader;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.CoreNlpPipeline;
import org.newsgraph.nlp.NlpEnricher;
import org.newsgraph.rdf.ArticleMapper;

/**
 * Benchmark (not a test): throughput of the bare CoreNLP pipeline and of full NLP enrichment (extraction, rules and
 * RDF) on the same texts, in the same run, on N threads; and, for reference, the bare pipeline with CoreNLP's three
 * default CRF models and the stock five-annotator pipeline.
 * <pre>
 *   java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) org.newsgraph.bench.NlpBench \
 *        ../shared/data/gold/news-fair-v2.benchmark.jsonl [threads] [rounds]
 * </pre>
 */
public final class NlpBench {
    public static void main(String[] args) throws Exception {
        org.apache.jena.sys.JenaSystem.init();
        List<String> texts = new ArrayList<>();
        for (GoldDocument d : GoldReader.elevant(Path.of(args[0]))) texts.add(d.text());
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        CoreNlpPipeline ours = CoreNlpPipeline.shared();
        Properties threeProps = CoreNlpPipeline.defaultProperties();
        threeProps.remove("ner.model");   // CoreNLP's default: all-3-class, CoNLL 4-class and MUC 7-class CRFs
        CoreNlpPipeline three = CoreNlpPipeline.withProperties(threeProps);
        Properties stockProps = CoreNlpPipeline.defaultProperties();
        stockProps.remove("ner.model");
        stockProps.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        stockProps.setProperty("enforceRequirements", "true");
        stockProps.setProperty("ner.buildEntityMentions", "true");
        CoreNlpPipeline stock = CoreNlpPipeline.withProperties(stockProps);
        ArticleMapper mapper = ArticleMapper.create().enricher(NlpEnricher.create().timestamps(false).build()).build();
        AtomicLong quads = new AtomicLong();
        ToLongFunction<String> bare = t -> tokens(ours.annotate(t));
        ToLongFunction<String> stockRun = t -> tokens(stock.annotate(t));
        ToLongFunction<String> threeRun = t -> tokens(three.annotate(t));
        ToLongFunction<String> full = t -> {
            Article a = Article.builder("bench").body(t).build();
            long[] n = {0};
            mapper.map(a, new StreamRDFBase() { @Override public void quad(Quad q) { n[0]++; } });
            quads.addAndGet(n[0]);
            return 0;
        };
        long tokens = 0;
        for (String t : texts) tokens += tokens(ours.annotate(t));   // also warms up
        System.out.printf(Locale.ROOT, "%d documents, %d tokens, %d threads, %d rounds%n", texts.size(), tokens, threads, rounds);
        run("warm-up full", texts, threads, full, tokens);
        run("warm-up stock", texts, threads, stockRun, tokens);
        run("warm-up bare, 3 CRF models", texts, threads, threeRun, tokens);
        double[] sb = new double[rounds], sf = new double[rounds], ss = new double[rounds], s3 = new double[rounds];
        double[] wb = new double[rounds], wf = new double[rounds], ws = new double[rounds], w3 = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double[] x = run("bare CoreNLP (tokenize,ssplit,ner)", texts, threads, bare, tokens);
            sb[r] = x[0];
            wb[r] = x[1];
            x = run("full NLP enrichment            ", texts, threads, full, tokens);
            sf[r] = x[0];
            wf[r] = x[1];
            x = run("bare, CoreNLP's 3 default CRF models", texts, threads, threeRun, tokens);
            s3[r] = x[0];
            w3[r] = x[1];
            x = run("stock tokenize,ssplit,pos,lemma,ner", texts, threads, stockRun, tokens);
            ss[r] = x[0];
            ws[r] = x[1];
            System.out.printf(Locale.ROOT, "  round %d: full / bare on the wall clock %.0f%%%n", r + 1, 100 * wf[r] / wb[r]);
        }
        System.out.printf(Locale.ROOT, "wall clock, %d threads; median docs/s: bare %.1f, full %.1f (%.0f%% of bare), bare with 3 CRF models %.1f, stock 5-annotator %.1f%n",
                threads, median(wb), median(wf), 100 * median(wf) / median(wb), median(w3), median(ws));
        double b = median(sb), f = median(sf), s = median(ss);
        System.out.printf(Locale.ROOT, "CPU-normalised, %d cores; median docs/s: bare %.1f, full %.1f (%.0f%% of bare), bare with 3 CRF models %.1f, stock 5-annotator %.1f%n",
                threads, b, f, 100 * f / b, median(s3), s);
        System.out.printf(Locale.ROOT, "median tokens/s: bare %.0f, full %.0f, stock %.0f%n", b * tokens / texts.size(),
                f * tokens / texts.size(), s * tokens / texts.size());
        System.out.printf(Locale.ROOT, "quads per document (full): %.1f%n", quads.get() / (double) ((rounds + 1) * texts.size()));
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        System.gc();
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(Locale.ROOT, "heap: %d MB live after GC (three pipelines loaded), peak pool usage %d MB, -Xmx %d MB%n",
                used >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    static long tokens(Annotation a) { return a.get(CoreAnnotations.TokensAnnotation.class).size(); }

    /** Runs {@code job} on every text; returns {CPU-normalised docs/s, wall-clock docs/s}. */
    static double[] run(String label, List<String> texts, int threads, ToLongFunction<String> job, long tokens) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<Long>> fs = new ArrayList<>();
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicLong cpu = new AtomicLong();
        for (String t : texts) fs.add(pool.submit(() -> {
            long c0 = mx.getCurrentThreadCpuTime();
            long r = job.applyAsLong(t);
            cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
            return r;
        }));
        for (Future<Long> f : fs) f.get();
        double secs = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        double cpuSecs = cpu.get() / 1e9;
        // CPU-normalised: what `threads` fully available cores would do (robust when the machine is shared)
        double dps = threads * texts.size() / cpuSecs;
        System.out.printf(Locale.ROOT, "  %-38s wall %6.2f s (%5.1f docs/s) | cpu %6.2f s -> %6.1f docs/s, %7.0f tokens/s on %d cores%n",
                label, secs, texts.size() / secs, cpuSecs, dps, dps * tokens / texts.size(), threads);
        return new double[] {dps, texts.size() / secs};
    }

    static double median(double[] v) {
        double[] c = v.clone();
        java.util.Arrays.sort(c);
        return c[c.length / 2];
    }
}
