package org.newsgraph.read;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Cleans text from news inputs: inline HTML remnants removed (their text kept), entities decoded, spaces tidied.
 * Runs once per paragraph of every article, so the common case (no markup, single spaces) takes a scan and no regex.
 */
public final class TextCleaner {
    private TextCleaner() {}

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** Strips tags such as {@code <u>}, {@code <a href=…>}, {@code <i>} and decodes entities, keeping the text. */
    public static String stripHtml(String s) {
        if (s == null) return null;
        String out = s;
        if (s.indexOf('<') >= 0) out = Jsoup.parseBodyFragment(escapeNonTags(s)).text();
        else if (s.indexOf('&') >= 0) out = Parser.unescapeEntities(s, false);
        return collapseSpaces(out).strip();
    }

    private static final Pattern TAG_START = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)");

    /**
     * Escapes a "&lt;" that opens no HTML element, so it stays text: wire copy marks unlisted companies "{@code <Cominco
     * Ltd>}", and a parser that took that for a tag would drop the name ("stake in to for 120 mln").
     */
    static String escapeNonTags(String s) {
        java.util.regex.Matcher m = TAG_START.matcher(s);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            if (org.jsoup.parser.Tag.isKnownTag(m.group(2).toLowerCase(java.util.Locale.ROOT))) continue;
            if (sb == null) sb = new StringBuilder(s.length() + 16);
            sb.append(s, last, m.start()).append("&lt;");
            last = m.start() + 1;
        }
        return sb == null ? s : sb.append(s, last, s.length()).toString();
    }

    /** Runs of spaces, tabs and no-break spaces become one space (line breaks are kept). */
    static String collapseSpaces(String s) {
        int n = s.length();
        int i = firstOf(firstOf(firstOf(n, s.indexOf('\t')), s.indexOf('\u00a0')), s.indexOf("  "));
        if (i == n) return s;
        while (i > 0 && s.charAt(i - 1) == ' ') i--; // the run starts at the spaces before a tab or no-break space
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        boolean inRun = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!inRun) sb.append(' ');
                inRun = true;
            } else {
                sb.append(c);
                inRun = false;
            }
        }
        return sb.toString();
    }

    private static int firstOf(int a, int b) { return b >= 0 && b < a ? b : a; }

    private static boolean isSpace(char c) { return c == ' ' || c == '\t' || c == '\u00a0'; }

    /** Removes all white space: repairs a URL broken by stray spaces or line breaks. */
    public static String repairUrl(String s) {
        if (s == null) return null;
        for (int i = 0; i < s.length(); i++)
            if (Character.isWhitespace(s.charAt(i))) return WHITE_SPACE.matcher(s).replaceAll("");
        return s;
    }

    /** Null for null or blank, else stripped. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
