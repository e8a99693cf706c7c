package org.newsgraph.read;

import java.io.IOException;
import java.util.List;

/**
 * Reads one kind of input into {@link org.newsgraph.model.Article}s. One implementation per input kind, registered
 * in {@link ReaderRegistry} by extension and media type. Readers stream: they hand each article to the listener as
 * soon as it is read and report located problems rather than throwing for bad records.
 */
public interface ArticleReader {
    /** A short name, e.g. {@code "text"}, {@code "json"}. */
    String name();

    /** File extensions (without dot, lower case) this reader takes, e.g. {@code "txt"}. */
    List<String> extensions();

    /** Media types this reader takes. */
    List<String> mediaTypes();

    /**
     * Whether this reader recognises the content from its first bytes ({@code head}: up to 64 KB, already
     * un-gzipped; {@code logicalName}: the input's name without {@code .gz}, lower case). The registry asks this
     * before trusting an extension and, for inputs whose extension does not agree, asks each reader in registration
     * order. Readers that cannot tell say no.
     */
    default boolean sniff(byte[] head, String logicalName) { return false; }

    /**
     * Reads the input, reporting articles and problems to the listener.
     *
     * @throws IOException when the input cannot be read at all (the caller reports it as a failed input)
     */
    void read(InputSource input, ReadListener listener) throws IOException;
}
