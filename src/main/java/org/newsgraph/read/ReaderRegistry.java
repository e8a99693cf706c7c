package org.newsgraph.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.read.html.HtmlArticleReader;

/**
 * The article readers, chosen by content. The first 64 KB of each input (un-gzipped) are read once: the reader its
 * extension names (after any {@code .gz}) is used when its {@link ArticleReader#sniff sniff} agrees with the content;
 * otherwise each reader is asked in registration order, so an HTML page saved as {@code .txt} or without an extension
 * is still read as HTML. An input no reader recognises (binary data, a PDF, an image) is an
 * {@link UnrecognisedInputException}, never an article. Register specific formats before the plain-text reader,
 * which takes any text.
 *
 * <pre>
 *   ReaderRegistry.Selection sel = ReaderRegistry.standard().select(input);
 *   sel.reader().read(sel.input(), listener);
 * </pre>
 */
public final class ReaderRegistry {
    /** How much of an input sniffing sees. */
    public static final int HEAD_BYTES = 1 << 16;

    private final List<ArticleReader> readers = new ArrayList<>();

    public static ReaderRegistry standard() {
        return new ReaderRegistry()
                .register(HtmlArticleReader.create())
                .register(new JsonArticleReader())
                .register(new org.newsgraph.read.warc.WarcArticleReader())
                .register(new org.newsgraph.read.feed.FeedArticleReader())
                .register(new PlainTextArticleReader()); // last: it takes any text
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

    /** A reader and the input to give it (a copy that replays the bytes sniffed, so stdin is read once). */
    public record Selection(ArticleReader reader, InputSource input) {}

    /** Raised when no reader recognises an input's content. */
    public static final class UnrecognisedInputException extends IOException {
        public UnrecognisedInputException(String message) { super(message); }
    }

    /**
     * The reader for this input: the extension's reader when the content agrees, else the first reader that
     * recognises the content.
     *
     * @throws UnrecognisedInputException when no reader recognises the content
     */
    public Selection select(InputSource input) throws IOException {
        // The stored bytes are replayed as read (a WARC reader wants them still gzipped); sniffing sees them un-gzipped.
        InputStream raw = input.opener().open();
        byte[] stored;
        try {
            stored = raw.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
        // UTF-16/32 text is sniffed as characters (its NUL bytes would read as binary); readers decode it themselves.
        byte[] head = TextDecoding.sniffable(gunzipHead(stored));
        InputSource replay = new InputSource(input.name(),
                () -> new SequenceInputStream(new ByteArrayInputStream(stored), raw));
        String name = input.logicalName();
        Optional<ArticleReader> byExt = byExtension(name);
        // An empty input goes to the reader its name asks for (or plain text), which reports it as empty.
        if (Sniffing.isBlank(head)) return new Selection(byExt.orElseGet(() -> byName("text")), replay);
        if (byExt.isPresent() && byExt.get().sniff(head, name)) return new Selection(byExt.get(), replay);
        for (ArticleReader r : readers) {
            if (r.sniff(head, name)) return new Selection(r, replay);
        }
        raw.close();
        String kind = Sniffing.binaryKind(head);
        throw new UnrecognisedInputException("not a news input: " + (kind != null ? kind : "binary or unknown content")
                + "; no reader (" + String.join(", ", readers.stream().map(ArticleReader::name).toList())
                + ") recognises it");
    }

    /** The first bytes un-gzipped when they are gzip data (as much as the stored head holds), else as they are. */
    private static byte[] gunzipHead(byte[] stored) {
        if (stored.length < 2 || (stored[0] & 0xff) != 0x1f || (stored[1] & 0xff) != 0x8b) return stored;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (InputStream gz = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(stored))) {
            byte[] buf = new byte[8192];
            for (int n; out.size() < HEAD_BYTES && (n = gz.read(buf)) > 0; ) out.write(buf, 0, n);
        } catch (IOException e) { // the head ends inside the gzip stream, or it is damaged: sniff what came out
            if (out.size() == 0) return stored;
        }
        byte[] b = out.toByteArray();
        return b.length > HEAD_BYTES ? java.util.Arrays.copyOf(b, HEAD_BYTES) : b;
    }

    public ArticleReader byName(String name) {
        return readers.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No reader named " + name));
    }
}
