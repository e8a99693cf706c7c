package org.newsgraph.link;

import java.util.List;

/**
 * Rule {@code portfolios}: "Interior Minister Anatoly Kulikov", "Housing Secretary Jack Kemp" — NER makes the portfolio
 * word an organisation, and the WikiDict's "Interior" and "Housing" are the articles on those words. An organisation of
 * one word that the article writes only right before a position ({@link TitleTypes#isPosition}: "Minister",
 * "Secretary" …) is linked only to a ministry — a title with "Department", "Ministry", "Office", "Treasury" …
 * ("Treasury Secretary" → the Treasury department, "Defense Secretary" → the Department of Defense); otherwise it
 * stays unlinked ("Housing Corporation", a British body, is no US department either).
 *
 * <pre>
 *   Portfolios.onlyBeforePosition("Interior", "… said Interior Minister Anatoly Kulikov.");   // true
 * </pre>
 */
final class Portfolios {
    private Portfolios() {}

    private static final java.util.regex.Pattern MINISTRY = java.util.regex.Pattern.compile(
            "(?:^|_)(?:Department|Ministry|Office|Bureau|Agency|Treasury|Exchequer|Secretariat|Pentagon)(?:_|$)");

    /** True for a ministry's or department's title ("United_States_Department_of_the_Treasury", "HM_Treasury"). */
    static boolean isMinistry(String title) { return MINISTRY.matcher(title).find(); }

    /** True when every whole-word occurrence of the one-word {@code name} in {@code text} stands right before a position. */
    static boolean onlyBeforePosition(String name, String text) {
        if (name.isEmpty() || name.indexOf(' ') >= 0) return false;
        List<Integer> at = ArticleText.wholeWordStarts(text, name);
        if (at.isEmpty()) return false;
        for (int i : at) {
            int s = i + name.length();
            if (s >= text.length() || text.charAt(s) != ' ') return false;
            int e = s + 1;
            while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
            if (!TitleTypes.isPosition(text.substring(s + 1, e))) return false;
        }
        return true;
    }
}
