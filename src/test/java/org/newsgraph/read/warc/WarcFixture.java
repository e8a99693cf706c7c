package org.newsgraph.read.warc;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes test WARCs with jwarc, the way a crawler does: HTTP request and response records, one gzip member per record
 * when compressed. Remembers each record's offset in the file.
 */
final class WarcFixture implements AutoCloseable {
    static final Instant FETCHED = Instant.parse("2025-06-10T08:30:00Z");

    private final FileChannel channel;
    private final WarcWriter writer;
    final List<Long> offsets = new ArrayList<>();

    WarcFixture(Path file, boolean gzip) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    /** Writes a record and returns its offset in the file. */
    long write(WarcRecord r) throws IOException {
        long at = writer.position();
        writer.write(r);
        offsets.add(at);
        return at;
    }

    long request(String url) throws IOException {
        URI u = URI.create(url);
        String http = "GET " + u.getRawPath() + " HTTP/1.1\r\nHost: " + u.getHost() + "\r\nUser-Agent: test-crawler\r\n\r\n";
        return write(new WarcRequest.Builder(u).date(FETCHED)
                .body(MediaType.HTTP_REQUEST, http.getBytes(StandardCharsets.US_ASCII)).build());
    }

    long response(String url, int status, String contentType, byte[] body, String... extraHeaders) throws IOException {
        StringBuilder h = new StringBuilder("HTTP/1.1 ").append(status).append(status == 200 ? " OK" : status == 404 ? " Not Found"
                : status == 301 ? " Moved Permanently" : " Status").append("\r\n");
        if (contentType != null) h.append("Content-Type: ").append(contentType).append("\r\n");
        for (String x : extraHeaders) h.append(x).append("\r\n");
        h.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] head = h.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return write(new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(MediaType.HTTP_RESPONSE, all).build());
    }

    long html(String url, int status, String html) throws IOException {
        return response(url, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Raw bytes appended after the records written so far (to break the file on purpose). */
    long raw(byte[] bytes) throws IOException {
        long at = writer.position();
        channel.write(java.nio.ByteBuffer.wrap(bytes));
        return at;
    }

    @Override
    public void close() throws IOException {
        writer.close();
        channel.close();
    }

    static String page(String title, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head>\n<body><article><h1>").append(title).append("</h1>\n");
        for (String p : paragraphs) sb.append("<p>").append(p).append("</p>\n");
        return sb.append("</article></body></html>\n").toString();
    }
}
