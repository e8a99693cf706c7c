package org.newsgraph.bench;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadListener;
import org.newsgraph.read.html.HtmlArticleReader;

/**
 * HTML reading throughput (metadata + main text, no NLP, no RDF): the pages of a directory read N times in all, on
 * {@code -Dthreads} threads (default 2). Prints pages/s and the peak heap.
 * <pre>java -Xmx512m -cp target/classes:target/test-classes:$(cat cp.txt) org.newsgraph.bench.HtmlBench ../shared/data/html 2000</pre>
 */
public final class HtmlBench {
    public static void main(String[] args) throws Exception {
        List<byte[]> pages = new ArrayList<>();
        try (var s = Files.list(Path.of(args[0]))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).sorted().toList()) pages.add(Files.readAllBytes(p));
        }
        int n = Integer.parseInt(args[1]);
        int threads = Integer.getInteger("threads", 2);
        HtmlArticleReader reader = HtmlArticleReader.create();
        ReadListener quiet = new ReadListener() {
            @Override public void article(Article a) {}

            @Override public void problem(Problem p) {}
        };
        for (int i = 0; i < 200; i++) reader.readPage(new ByteArrayInputStream(pages.get(i % pages.size())), null, "w", null, null, quiet);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        long t0 = System.nanoTime();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try {
                    for (int i; (i = next.getAndIncrement()) < n; )
                        reader.readPage(new ByteArrayInputStream(pages.get(i % pages.size())), null, "p" + i, null, null, quiet);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            th.start();
            ts.add(th);
        }
        for (Thread th : ts) th.join();
        double s = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == java.lang.management.MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        System.out.printf("%d pages in %.1f s: %.0f pages/s on %d threads; peak heap %d MB%n", n, s, n / s, threads, peak >> 20);
    }
}
