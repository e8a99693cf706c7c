package org.newsgraph.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.lang.CollectorStreamQuads;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadListener;
import org.newsgraph.read.ReaderRegistry;
import org.newsgraph.sink.ArticleSink;

/**
 * The pipeline: read inputs → articles → map (and enrich) each article to its graph → sink. Articles are mapped on a
 * worker pool and delivered to the sink whole and in input order; a bad input or record is reported and skipped,
 * never stopping the good ones.
 *
 * <pre>
 *   ConversionReport r = Conversion.create().mapper(mapper).sink(sink).onProblem(System.err::println)
 *           .threads(2).run(inputs);
 * </pre>
 */
public final class Conversion {
    private ReaderRegistry readers = ReaderRegistry.standard();
    private ArticleMapper mapper;
    private ArticleSink sink;
    private Consumer<Article> articleSink;
    private Consumer<Problem> onProblem = p -> {};
    private Consumer<Article> onArticle = a -> {};
    private int threads = 1;
    private long maxText = DEFAULT_MAX_TEXT;

    /** The default {@link #maxText(long)}: 300,000 characters, some 50,000 words, far beyond any news article. */
    public static final long DEFAULT_MAX_TEXT = 300_000;

    private long articles, failed, warnings, quads;
    private final java.util.Map<String, Long> skipped = new java.util.HashMap<>();
    /** The article graphs delivered so far in this run, and where each came from. */
    private final java.util.Map<Node, String> delivered = new java.util.HashMap<>();

    private Conversion() {}

    public static Conversion create() { return new Conversion(); }

    public Conversion readers(ReaderRegistry r) { this.readers = r; return this; }
    public Conversion mapper(ArticleMapper m) { this.mapper = m; return this; }
    public Conversion sink(ArticleSink s) { this.sink = s; return this; }
    /**
     * Deliver the articles themselves, as read and unmapped, to this consumer instead of a mapper and a sink (for
     * outputs of the article records, e.g. JSON Lines); same order, threading and problem handling.
     */
    public Conversion articleSink(Consumer<Article> s) { this.articleSink = s; return this; }
    public Conversion onProblem(Consumer<Problem> c) { this.onProblem = c; return this; }

    /**
     * Reports a problem that belongs to no one input (e.g. Wikidata network trouble during enrichment): it goes to
     * {@link #onProblem} and counts in the report like the others.
     */
    public void problem(Problem p) { report(p); }
    /** Called (on the sink's thread) after each article is delivered: progress bars. */
    public Conversion onArticle(Consumer<Article> c) { this.onArticle = c; return this; }
    /**
     * Worker threads for mapping and enrichment (default 1: everything inline on the calling thread). With more,
     * reading runs on its own thread too and the sink is fed on the calling thread.
     */
    public Conversion threads(int n) { this.threads = Math.max(1, n); return this; }

    /**
     * The most text (headline, description and body, in characters) one article may have; a longer one is refused
     * with a located error before it is mapped or enriched, so it can cost neither time nor memory (0: no limit).
     */
    public Conversion maxText(long chars) { this.maxText = Math.max(0, chars); return this; }

    private record Mapped(Article article, Node graph, List<Quad> quads, RuntimeException error, List<String[]> warnings) {
        Mapped(Article article, Node graph, List<Quad> quads, RuntimeException error) {
            this(article, graph, quads, error, List.of());
        }
    }

    public ConversionReport run(List<InputSource> inputs) {
        return threads == 1 ? runInline(inputs) : runPipelined(inputs);
    }

    /**
     * Only the reading stage: every article of the inputs goes to {@code onRead} (on the calling thread), every bad
     * input or record to {@code onProblem}; nothing is mapped. With {@link #runArticles} this splits a conversion in
     * two, for engines that move the articles between the stages (the Spark job).
     */
    public ConversionReport read(List<InputSource> inputs, Consumer<Article> onRead) {
        readAll(inputs, onRead);
        return report();
    }

    /** Only the mapping stage, inline on the calling thread: maps each article and delivers it to the sink. */
    public ConversionReport runArticles(java.util.Iterator<Article> articles) {
        while (articles.hasNext()) deliver(mapOne(articles.next()));
        return report();
    }

    /** One thread: read, map and deliver each article in turn. */
    private ConversionReport runInline(List<InputSource> inputs) {
        readAll(inputs, a -> deliver(mapOne(a)));
        return report();
    }

    /**
     * Three stages so that reading, mapping and writing overlap: a reader thread parses the inputs and submits each
     * article to the worker pool, queueing the futures in input order (a bounded queue, so a slow sink holds the
     * reader back and memory stays flat); the calling thread delivers them to the sink in that order.
     */
    private ConversionReport runPipelined(List<InputSource> inputs) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("newsgraph-worker"));
        BlockingQueue<Future<Mapped>> queue = new ArrayBlockingQueue<>(threads * 8);
        Future<Mapped> end = CompletableFuture.completedFuture(null);
        Throwable[] readerFailure = {null};
        Thread reader = daemon("newsgraph-reader").newThread(() -> {
            try {
                readAll(inputs, a -> put(queue, pool.submit(() -> mapOne(a))));
            } catch (Throwable e) { // reported on the calling thread, as a single-threaded run would throw it
                readerFailure[0] = e;
            } finally {
                if (!queue.offer(end)) put(queue, end); // offer: an interrupted reader must not block or throw here
            }
        });
        reader.start();
        try {
            for (Future<Mapped> f; (f = take(queue)) != end; ) deliver(take(f));
        } finally {
            reader.interrupt();
            pool.shutdownNow();
        }
        join(reader);
        if (readerFailure[0] instanceof RuntimeException e) throw e;
        if (readerFailure[0] instanceof Error e) throw e;
        if (readerFailure[0] != null) throw new IllegalStateException(readerFailure[0]);
        return report();
    }

    private void readAll(List<InputSource> inputs, Consumer<Article> onRead) {
        // Sources whose reader already warned about their headline (it knows the line), for noHeadline below.
        java.util.Set<String> headlineWarned = new java.util.HashSet<>();
        ReadListener listener = new ReadListener() {
            @Override public void article(Article a) {
                boolean warned = headlineWarned.remove(a.source());
                if (a.headline() == null && !warned) report(noHeadline(a));
                onRead.accept(a);
            }

            @Override public void problem(Problem p) {
                if (!p.isError() && "headline".equals(p.field())) headlineWarned.add(p.source());
                report(p);
            }

            @Override public void skipped(String source, String kind) { skip(kind); }
        };
        for (InputSource input : inputs) {
            try {
                ReaderRegistry.Selection sel = readers.select(input);
                sel.reader().read(sel.input(), listener);
            } catch (IOException | RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) throw new IllegalStateException("interrupted", e);
                report(Problem.error(input.name(), 0, 0, null, "cannot read: " + message(e)));
            }
        }
    }

    /**
     * An article without a headline (a page without a title, a wire item, a record with only a body) is converted, with
     * this warning unless its reader gave its own: validate reports the missing headline as a SHACL warning too.
     */
    private static Problem noHeadline(Article a) {
        return Problem.warning(a.source(), 0, "headline", "no headline: the article is converted without one");
    }

    private synchronized ConversionReport report() {
        java.util.Map<String, Long> nlpSkipped = new java.util.HashMap<>();
        if (mapper != null)
            for (var e : mapper.enrichers()) e.skipped().forEach((k, v) -> nlpSkipped.merge(k, v, Long::sum));
        return new ConversionReport(articles, failed, warnings, quads, skipped, nlpSkipped);
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static <T> void put(BlockingQueue<T> q, T x) {
        try {
            q.put(x);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static <T> T take(BlockingQueue<T> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Mapped mapOne(Article a) {
        if (articleSink != null) return new Mapped(a, null, List.of(), null);
        long length = length(a.headline()) + length(a.description()) + length(a.body());
        if (maxText > 0 && length > maxText)
            return new Mapped(a, null, null, new IllegalArgumentException(String.format(
                    "%sarticle text of %,d characters is over the limit of %,d (--max-body); not converted",
                    length(a.body()) > maxText ? "articleBody: " : "", length, maxText)));
        try {
            CollectorStreamQuads c = new CollectorStreamQuads();
            Node g = mapper.map(a, c);
            QuadCheck.Result checked = QuadCheck.check(c.getCollected());
            return new Mapped(a, g, checked.quads(), null, checked.warnings());
        } catch (RuntimeException e) {
            return new Mapped(a, null, null, e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // What this article's mapping held is garbage now: the others go on.
            return new Mapped(a, null, null, new IllegalStateException(e.getClass().getSimpleName()
                    + " while mapping this article (too large or too deeply nested for this heap)", e));
        }
    }

    private static long length(String s) { return s == null ? 0 : s.length(); }

    private static Mapped take(Future<Mapped> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void deliver(Mapped m) {
        if (m.error() != null) {
            report(Problem.error(m.article().source(), 0, 0, null, (m.error() instanceof IllegalArgumentException ? ""
                    : "cannot map article: ") + message(m.error())));
            return;
        }
        for (String[] w : m.warnings()) report(Problem.warning(m.article().source(), 0, w[0], w[1]));
        String first = m.graph() == null ? null : delivered.putIfAbsent(m.graph(), m.article().source());
        if (first != null) {
            report(Problem.error(m.article().source(), 0, 0, "url", "the same article as " + first
                    + " (same URL, or same text without a URL): skipped, the first is kept"));
            return;
        }
        try {
            if (articleSink != null) articleSink.accept(m.article());
            else sink.accept(m.graph(), m.quads());
        } catch (RuntimeException e) {
            // The output itself failed (disk full, closed pipe): nothing after this article can be written either.
            if (causedByIo(e)) throw e;
            report(Problem.error(m.article().source(), 0, 0, null, "cannot store article: " + message(e)));
            return;
        }
        synchronized (this) {
            articles++;
            quads += m.quads().size();
        }
        onArticle.accept(m.article());
    }

    private synchronized void skip(String kind) {
        skipped.merge(kind, 1L, Long::sum);
    }

    private synchronized void report(Problem p) {
        if (p.isError()) failed++;
        else warnings++;
        onProblem.accept(p);
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof java.io.IOException) return true;
        return false;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

}
