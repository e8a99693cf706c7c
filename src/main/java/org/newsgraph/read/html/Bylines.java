package org.newsgraph.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.read.TextCleaner;

/** Names in a byline: "By Jane Doe and John Roe" → [Jane Doe, John Roe]. */
final class Bylines {
    private Bylines() {}

    private static final Pattern BY = Pattern.compile("(?i)^\\s*(?:written\\s+)?by\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\|)\\s*");
    private static final int MAX_NAME = 80;

    static List<String> names(String byline) {
        List<String> out = new ArrayList<>();
        String s = TextCleaner.stripHtml(byline);
        if (s == null) return out;
        s = BY.matcher(s).replaceFirst("");
        for (String part : SEPARATORS.split(s)) {
            String n = TextCleaner.blankToNull(part);
            if (n == null || n.length() > MAX_NAME || n.matches("(?i)https?://.*") || !n.matches(".*\\p{L}.*")) continue;
            if (!out.contains(n)) out.add(n);
        }
        return out;
    }
}
