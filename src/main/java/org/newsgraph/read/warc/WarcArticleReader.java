package org.newsgraph.read.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.newsgraph.model.Article;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.html.HtmlArticleReader;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadListener;

/**
 * Reads WARC web archives ({@code .warc}, {@code .warc.gz} with one gzip member per record, as crawlers write them)
 * with jwarc, one record at a time: an archive of any size is never held. Each HTTP {@code response} record with
 * status 200 and an HTML payload is read as a page by the HTML reader, with {@code WARC-Target-URI} as the page URL
 * and {@code WARC-Date} as the fallback publication date. Every other record (requests, warcinfo and metadata
 * records, revisits, images and other non-HTML payloads, redirects, 404s) is rightly not an article: it is counted
 * as skipped, by kind, not reported as a problem.
 *
 * <p>Articles and problems are located by {@code FILE#offset=N}, the byte offset where the record starts in the file
 * as stored (the compressed offset for {@code .warc.gz}, as CDX indexes give it). A record whose HTTP message or page
 * cannot be read costs only itself; a WARC header that cannot be parsed ends the file (the records before it are
 * kept), as the record boundary after it is then unknown.
 *
 * <pre>
 *   new WarcArticleReader().read(InputSource.of(Path.of("crawl.warc.gz")), listener);
 * </pre>
 */
public final class WarcArticleReader implements ArticleReader {
    private static final HtmlArticleReader HTML = HtmlArticleReader.create();

    @Override public String name() { return "warc"; }

    @Override public List<String> extensions() { return List.of("warc"); }

    @Override public List<String> mediaTypes() { return List.of("application/warc"); }

    private static final byte[] MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    /** A WARC 1.0 or 1.1 record header at the start ({@code WARC/1.0}, {@code WARC/1.1}). */
    @Override
    public boolean sniff(byte[] head, String logicalName) {
        return head.length >= MAGIC.length + 1 && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                && (head[MAGIC.length] == '0' || head[MAGIC.length] == '1');
    }

    @Override
    public void read(InputSource input, ReadListener listener) throws IOException {
        // The stored bytes, not InputSource.open(): jwarc un-gzips per record and so reports offsets in the file.
        try (InputStream stored = input.opener().open()) {
            read(stored, input.name(), listener);
        }
    }

    /**
     * Reads a WARC from a stream of its stored bytes (gzipped or not; not closed here), e.g. a split of a Spark job.
     *
     * @param name the name articles and problems are located by ({@code name#offset=N})
     */
    public void read(InputStream stored, String name, ReadListener listener) throws IOException {
        try (WarcReader warc = new WarcReader(stored)) {
            warc.setLenient(true); // real crawls bend the WARC grammar (bad header lines, stray white space)
            long[] at = {0};
            warc.onWarning(w -> listener.problem(Problem.warning(located(name, at[0]), 0, null, "WARC: " + w)));
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (IOException | RuntimeException e) {
                    listener.problem(Problem.error(located(name, warc.position()), 0, 0, null,
                            "cannot read WARC record, the rest of the file is skipped: " + message(e)));
                    return;
                }
                if (next.isEmpty()) return;
                WarcRecord record = next.get();
                at[0] = record.position();
                String source = located(name, at[0]);
                try {
                    readRecord(record, source, listener);
                } catch (IOException | RuntimeException e) {
                    listener.problem(Problem.error(source, 0, 0, null, "cannot read record: " + message(e)));
                }
            }
        }
    }

    private void readRecord(WarcRecord record, String source, ReadListener listener) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            listener.skipped(source, record.type() + " record");
            return;
        }
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            listener.skipped(source, "response not HTTP");
            return;
        }
        HttpResponse http = response.http();
        int status = http.status();
        if (status >= 300 && status < 400) {
            listener.skipped(source, "redirect");
            return;
        }
        if (status != 200) {
            listener.skipped(source, "HTTP " + status);
            return;
        }
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString();
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            listener.skipped(source, "not HTML");
            return;
        }
        if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            listener.problem(Problem.warning(source, 0, null, "record truncated by the crawler ("
                    + record.truncated().name().toLowerCase(java.util.Locale.ROOT) + "): the page may be incomplete"));
        }
        String charset = type == null ? null : type.parameters().get("charset");
        OffsetDateTime fetched = OffsetDateTime.ofInstant(record.date(), ZoneOffset.UTC);
        try (InputStream body = http.bodyDecoded().stream()) {
            Optional<Article> a = HTML.readPage(body, charset, source, response.target(), fetched, listener);
            a.ifPresent(listener::article);
        }
    }

    private static String located(String name, long offset) {
        return name + "#offset=" + offset;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
