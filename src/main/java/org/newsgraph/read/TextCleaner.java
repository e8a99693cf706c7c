package org.newsgraph.read;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** Cleans text from news inputs: inline HTML remnants removed (their text kept), entities decoded, spaces tidied. */
public final class TextCleaner {
    private TextCleaner() {}

    /** Strips tags such as {@code <u>}, {@code <a href=…>}, {@code <i>} and decodes entities, keeping the text. */
    public static String stripHtml(String s) {
        if (s == null) return null;
        String out = s;
        if (s.indexOf('<') >= 0) out = Jsoup.parseBodyFragment(s).text();
        else if (s.indexOf('&') >= 0) out = Parser.unescapeEntities(s, false);
        return out.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
    }

    /** Removes all white space: repairs a URL broken by stray spaces or line breaks. */
    public static String repairUrl(String s) {
        return s == null ? null : s.replaceAll("\\s+", "");
    }

    /** Null for null or blank, else stripped. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
