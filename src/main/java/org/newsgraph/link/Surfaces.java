package org.newsgraph.link;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalisation and hashing of surface forms, shared by the index builder and the lookups so both agree:
 * NFKC, lower case, typographic apostrophes and dashes unified, runs of white space collapsed, trimmed.
 *
 * <pre>
 *   long key = Surfaces.hash(Surfaces.normalize("China’s  Foreign Ministry"));   // = hash("china's foreign ministry")
 * </pre>
 */
public final class Surfaces {
    private Surfaces() {}

    /** The normalised form of a surface (never null). */
    public static String normalize(String s) { return normalize(s, true); }

    /**
     * The surface as written, only normalised in form (NFKC, apostrophes, dashes, white space), case kept:
     * "Portland" and "PORTLAND" stay apart (they are different WikiDict entries).
     */
    public static String normalizeKeepCase(String s) { return normalize(s, false); }

    private static String normalize(String s, boolean lower) {
        if (s == null) return "";
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
        String t = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) { sb.append(' '); space = false; }
            switch (c) {
                case '\u2018', '\u2019', '\u02BC', '`' -> sb.append('\'');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> sb.append('-');
                default -> sb.append(c);
            }
        }
        if (!lower) return sb.toString();
        return ascii ? asciiLower(sb) : sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A 24-bit hash of the surface with its case kept ({@link #normalizeKeepCase}): tells apart the case variants
     * that share one normalised key. Never 0 (0 marks a title-only candidate).
     */
    public static int caseHash(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80 && s.charAt(i) != '`';
        long h = ascii ? asciiKeepCaseHash(s) : hash(normalizeKeepCase(s));
        int v = (int) (h >>> 40);
        return v == 0 ? 1 : v;
    }

    private static long asciiKeepCaseHash(String s) {
        long h = 0xcbf29ce484222325L;
        boolean space = false, any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = any;
                continue;
            }
            if (space) {
                h ^= ' ';
                h *= 0x100000001b3L;
                space = false;
            }
            h ^= c;
            h *= 0x100000001b3L;
            any = true;
        }
        return mix(h);
    }

    private static String asciiLower(StringBuilder sb) {
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c >= 'A' && c <= 'Z') sb.setCharAt(i, (char) (c + 32));
        }
        return sb.toString();
    }

    /**
     * {@code hash(normalize(s))} without building the normalised string when {@code s} is ASCII (the common case,
     * used by the index builder on 21 M surfaces).
     */
    public static long normalizedHash(String s) {
        long h = 0xcbf29ce484222325L;
        boolean space = false, any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) return hash(normalize(s));
            if (Character.isWhitespace(c)) {
                space = any;
                continue;
            }
            if (space) {
                h ^= ' ';
                h *= 0x100000001b3L;
                space = false;
            }
            if (c >= 'A' && c <= 'Z') c += 32;
            else if (c == '`') c = '\'';
            h ^= c;
            h *= 0x100000001b3L;
            any = true;
        }
        return mix(h);
    }

    /**
     * The key of a surface in the WikiDict index: {@link #normalizedHash}, with the letters' diacritics dropped
     * ("André Schürrle" and "Andre Schurrle" share a key), as English news writes foreign names without them. The
     * case hash still tells the spellings apart, so an anchor written as the mention is ("Andre Schurrle", if any)
     * counts fully and one written otherwise as a case variant.
     */
    public static long keyHash(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return hash(foldMarks(normalize(s)));
        return normalizedHash(s);
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /**
     * The text without combining marks (NFD, marks dropped, NFC again), and the letters that have no decomposition
     * written as English news writes them: "josé" → "jose", "wałęsa" → "walesa", "søren" → "soren", "ßen" → "ssen".
     */
    static String foldMarks(String s) {
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            switch (c) {
                case 'ł' -> sb.append('l');
                case 'ø' -> sb.append('o');
                case 'đ' -> sb.append('d');
                case 'ı' -> sb.append('i');
                case 'ß' -> sb.append("ss");
                case 'æ' -> sb.append("ae");
                case 'œ' -> sb.append("oe");
                default -> sb.append(c);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    /** 64-bit hash (FNV-1a over UTF-16 code units, then the MurmurHash3 finaliser) of an already normalised key. */
    public static long hash(CharSequence key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** A Wikipedia title as the name it stands for: underscores to spaces, without "(qualifier)" or ", Qualifier". */
    public static String titleBase(String title) {
        String t = title.replace('_', ' ');
        int p = t.indexOf(" (");
        if (p > 0 && t.endsWith(")")) t = t.substring(0, p);
        int c = t.indexOf(", ");
        if (c > 0) t = t.substring(0, c);
        return t.strip();
    }

    /** A title as readable text: underscores to spaces. */
    public static String titleText(String title) { return title.replace('_', ' '); }
}
