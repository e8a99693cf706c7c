package org.newsgraph.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Helpers for {@link ArticleReader#sniff}: what the first bytes of an input look like. Pure functions on the head
 * bytes, so each reader's decision can be tested on fixed input.
 */
public final class Sniffing {
    private Sniffing() {}

    /** Index of the first byte that is not white space or a UTF-8 byte order mark, or {@code head.length}. */
    public static int firstNonBlank(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) i = 3;
        while (i < head.length && isBlank(head[i])) i++;
        return i;
    }

    private static boolean isBlank(byte b) { return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f'; }

    /** Whether the head holds only white space (or nothing). */
    public static boolean isBlank(byte[] head) { return firstNonBlank(head) == head.length; }

    /** The head as text, lower-cased (ASCII folding is all that tag and keyword checks need). */
    public static String lowerAscii(byte[] head, int max) {
        return new String(head, 0, Math.min(head.length, max), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the head is a markup document (HTML, XHTML, an XML feed): it starts with {@code <} and declares itself
     * with a doctype, an XML declaration or a document element ({@code <html>}, {@code <rss>}, {@code <feed>} …)
     * early on. Plain text with inline tag remnants ({@code <u>}) is not.
     */
    public static boolean isMarkupDocument(byte[] head) {
        int i = firstNonBlank(head);
        if (i >= head.length || head[i] != '<') return false;
        String s = lowerAscii(head, 4096);
        for (String tag : MARKUP_STARTS) if (s.contains(tag)) return true;
        return false;
    }

    private static final String[] MARKUP_STARTS = {"<!doctype", "<?xml", "<html", "<head", "<body", "<rss", "<feed",
        "<rdf:rdf", "<meta", "<title"};

    /**
     * Whether the head reads as text: no NUL bytes, almost no other control characters, and not one of the binary
     * formats named by {@link #binaryKind}. UTF-8 and single-byte encodings both pass; charset is decided later.
     */
    public static boolean isText(byte[] head) {
        if (binaryKind(head) != null) return false;
        int controls = 0;
        int n = head.length;
        for (byte b : head) {
            int c = b & 0xff;
            if (c == 0) return false;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) controls++;
        }
        return controls * 100 <= n; // at most 1 %: stray form feeds or escape codes in old exports
    }

    /** A short description of a known binary format ("a PDF document", "a PNG image" …), or null. */
    public static String binaryKind(byte[] h) {
        if (startsWith(h, "%PDF")) return "a PDF document";
        if (startsWith(h, 0x89, 'P', 'N', 'G')) return "a PNG image";
        if (startsWith(h, 0xFF, 0xD8, 0xFF)) return "a JPEG image";
        if (startsWith(h, "GIF87a") || startsWith(h, "GIF89a")) return "a GIF image";
        if (startsWith(h, "RIFF") && h.length >= 12 && new String(h, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP"))
            return "a WebP image";
        if (startsWith(h, 'P', 'K', 3, 4)) return "a ZIP archive (or an office document)";
        if (startsWith(h, 0x1f, 0x8b)) return "gzip data that could not be decompressed";
        if (startsWith(h, 0xD0, 0xCF, 0x11, 0xE0)) return "an old Microsoft Office document";
        if (startsWith(h, 0x7F, 'E', 'L', 'F')) return "an executable";
        if (startsWith(h, "BZh") || startsWith(h, 0xFD, '7', 'z', 'X', 'Z') || startsWith(h, 0x28, 0xB5, 0x2F, 0xFD))
            return "compressed data in a format other than gzip";
        return null;
    }

    private static boolean startsWith(byte[] h, String ascii) {
        return startsWith(h, ascii.chars().toArray());
    }

    private static boolean startsWith(byte[] h, int... bytes) {
        if (h.length < bytes.length) return false;
        for (int i = 0; i < bytes.length; i++) if ((h[i] & 0xff) != bytes[i]) return false;
        return true;
    }
}
