package org.newsgraph.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The article readers, chosen by file extension (after any {@code .gz}) or, for stdin and unknown extensions,
 * by content: a first non-blank character of {@code {} or {@code [} means JSON, anything else plain text.
 *
 * <pre>
 *   ReaderRegistry.standard().readerFor(input).read(input, listener);
 * </pre>
 */
public final class ReaderRegistry {
    private final List<ArticleReader> readers = new ArrayList<>();

    public static ReaderRegistry standard() {
        return new ReaderRegistry().register(new PlainTextArticleReader()).register(new JsonArticleReader())
                .register(new org.newsgraph.read.warc.WarcArticleReader())
                .register(new org.newsgraph.read.feed.FeedArticleReader());
    }

    public ReaderRegistry register(ArticleReader reader) {
        readers.add(reader);
        return this;
    }

    public List<ArticleReader> readers() { return List.copyOf(readers); }

    /** The reader registered for this extension, if any. */
    public Optional<ArticleReader> byExtension(String logicalName) {
        int dot = logicalName.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        String ext = logicalName.substring(dot + 1);
        return readers.stream().filter(r -> r.extensions().contains(ext)).findFirst();
    }

    /** A reader and the input to give it (stdin is replaced by a copy that replays the bytes sniffed). */
    public record Selection(ArticleReader reader, InputSource input) {}

    /** The reader for this input: by extension, else by sniffing its first bytes. */
    public Selection select(InputSource input) throws IOException {
        Optional<ArticleReader> r = byExtension(input.logicalName());
        if (r.isPresent()) return new Selection(r.get(), input);
        InputStream raw = input.opener().open();
        byte[] head = raw.readNBytes(1 << 16);
        InputSource headOnly = new InputSource(input.name(), () -> new ByteArrayInputStream(head));
        InputSource replay = new InputSource(input.name(), () -> new SequenceInputStream(new ByteArrayInputStream(head), raw));
        boolean json;
        try {
            json = sniffJson(headOnly);
        } catch (IOException e) { // a truncated gzip head
            json = false;
        }
        return new Selection(byName(json ? "json" : "text"), replay);
    }

    public ArticleReader byName(String name) {
        return readers.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No reader named " + name));
    }

    private static boolean sniffJson(InputSource input) throws IOException {
        try (InputStream in = input.open()) {
            int c;
            while ((c = in.read()) != -1) {
                if (c == 0xEF || c == 0xBB || c == 0xBF || Character.isWhitespace(c)) continue;
                return c == '{' || c == '[';
            }
        }
        return false;
    }
}
