package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.pipeline.Conversion;
import org.newsgraph.pipeline.ConversionReport;
import org.newsgraph.read.InputSource;

/**
 * Benchmark (not a test) of WARC reading: writes a crawl-like {@code .warc.gz} with jwarc (per page: a request, an
 * HTML 200 response of ~{@code PAGE_KB} KB, an image of ~{@code IMAGE_KB} KB, and every tenth page also a 404 and a
 * redirect), then reads it with {@link Conversion} into a counting article sink (what {@code convert -f jsonl} does,
 * minus the writing), printing pages/s, MB/s of the file and the peak heap. Run with a small heap to show that the
 * archive streams: {@code bench/warc.sh [PAGES]} (see docs/benchmarks.md).
 */
public final class WarcBench {
    static final int PAGE_KB = 48, IMAGE_KB = 24;
    private static final String[] WORDS = ("the a of to in and on for with said government minister officials city port "
            + "workers union talks court ruling election vote parliament president company shares market prices energy "
            + "flood storm police protest border trade deal bank interest rates inflation economy growth jobs report").split(" ");

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        Path warc = dir.resolve("crawl-" + pages + ".warc.gz");
        if (!Files.exists(warc)) {
            long t0 = System.nanoTime();
            long raw = generate(warc, pages);
            System.out.printf(Locale.ROOT, "generated %,d pages, %,d records: %,d MB of records, %,d MB gzipped, in %.1f s: %s%n",
                    pages, records(pages), raw >> 20, Files.size(warc) >> 20, (System.nanoTime() - t0) / 1e9, warc);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB, load average %.2f%n", System.getProperty("java.version"),
                threads, Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        AtomicLong bodyChars = new AtomicLong();
        long t0 = System.nanoTime();
        ConversionReport r = Conversion.create().articleSink(a -> bodyChars.addAndGet(a.body() == null ? 0 : a.body().length()))
                .onProblem(p -> System.err.println(p)).threads(threads).run(List.of(InputSource.of(warc)));
        double s = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        System.out.println(r.summary());
        System.out.printf(Locale.ROOT, "read %,d MB gzipped WARC in %.1f s: %.0f pages/s, %.1f MB/s (gzipped), peak heap %d MB, %,d MB of body text%n",
                Files.size(warc) >> 20, s, r.articles() / s, (Files.size(warc) >> 20) / s, peak >> 20, bodyChars.get() >> 20);
    }

    static long records(int pages) { return pages * 3L + 2L * (pages / 10); }

    /** Writes the crawl; returns the bytes of records before compression (approximately: the HTTP blocks). */
    static long generate(Path file, int pages) throws IOException {
        Random rnd = new Random(7);
        Instant date = Instant.parse("2025-06-10T08:30:00Z");
        long raw = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            for (int i = 0; i < pages; i++) {
                String url = "https://news.example.org/2025/06/" + (i % 28 + 1) + "/story-" + i;
                w.write(new WarcRequest.Builder(URI.create(url)).date(date).body(MediaType.HTTP_REQUEST,
                        ("GET /2025/06/story-" + i + " HTTP/1.1\r\nHost: news.example.org\r\n\r\n").getBytes(StandardCharsets.US_ASCII)).build());
                byte[] page = page(rnd, i);
                raw += write(w, url, 200, "text/html; charset=utf-8", page, date);
                byte[] img = new byte[IMAGE_KB << 10];
                rnd.nextBytes(img);
                raw += write(w, "https://news.example.org/img/" + i + ".jpg", 200, "image/jpeg", img, date);
                if (i % 10 == 0) {
                    raw += write(w, url + "/gone", 404, "text/html", "<html><body>Not found</body></html>".getBytes(StandardCharsets.US_ASCII), date);
                    raw += write(w, "http://news.example.org/s/" + i, 301, "text/html", new byte[0], date);
                }
            }
        }
        return raw;
    }

    private static long write(WarcWriter w, String url, int status, String type, byte[] body, Instant date) throws IOException {
        byte[] head = ("HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        w.write(new WarcResponse.Builder(URI.create(url)).date(date).body(MediaType.HTTP_RESPONSE, all).build());
        return all.length;
    }

    private static byte[] page(Random rnd, int i) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story ")
                .append(i).append(" headline</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Story ")
                .append(i).append(" headline</h1>\n");
        while (sb.length() < PAGE_KB << 10) {
            sb.append("<p>");
            for (int k = 0; k < 60; k++) sb.append(WORDS[rnd.nextInt(WORDS.length)]).append(k % 12 == 11 ? ". " : " ");
            sb.append("</p>\n");
        }
        return sb.append("</article><footer>© News Example</footer></body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
