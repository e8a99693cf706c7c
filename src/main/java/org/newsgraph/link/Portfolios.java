package org.newsgraph.link;

import java.util.List;

/**
 * Rule {@code portfolios}: "Interior Minister Anatoly Kulikov", "Housing Secretary Jack Kemp" — NER makes the portfolio
 * word an organisation, and the WikiDict's "Interior" and "Housing" are the articles on those words. An organisation of
 * one word that the article writes only right before a position ({@link TitleTypes#isPosition}: "Minister",
 * "Secretary" …) or its ministry's word ("the Agriculture Department") is linked only to a ministry, a title with "Department", "Ministry", "Office", "Treasury" …
 * ("Treasury Secretary" → the Treasury department, "Defense Secretary" → the Department of Defense); otherwise it
 * stays unlinked ("Housing Corporation", a British body, is no US department either). Not when the name's own most
 * likely title is a named thing ("Bundesbank President Karl Otto Poehl": the bank).
 *
 * <pre>
 *   Portfolios.onlyBeforePosition("Interior", "… said Interior Minister Anatoly Kulikov.");   // true
 * </pre>
 */
final class Portfolios {
    private Portfolios() {}

    private static final java.util.regex.Pattern MINISTRY = java.util.regex.Pattern.compile(
            "(?:^|_)(?:Department|Ministry|Office|Bureau|Agency|Treasury|Exchequer|Secretariat|Pentagon)(?:_|$)");

    /** Words after a portfolio that name its ministry ("Agriculture Department", "Finance Ministry"). */
    private static final java.util.Set<String> MINISTRY_WORDS = java.util.Set.of("Department", "Ministry", "Office", "Bureau");

    /** True for a ministry's or department's title ("United_States_Department_of_the_Treasury", "HM_Treasury"). */
    static boolean isMinistry(String title) { return MINISTRY.matcher(title).find(); }

    /**
     * True when the name's own most likely title is a named thing, not a word's article ("Bundesbank President …": the
     * bank, whatever its anchors' noisy type; "Housing" and "Interior" are articles on words, untyped).
     */
    static boolean namesAnOrganisation(WikiDictIndex index, String name) {
        return index.candidates(name).stream().max(java.util.Comparator.comparingDouble(WikiDictIndex.Candidate::exactPrior))
                .map(c -> c.exactPrior() > 0 && c.type() != TitleType.UNKNOWN && c.type() != TitleType.OTHER
                        && c.type() != TitleType.NON_ENTITY && c.type() != TitleType.NAME_PAGE).orElse(false);
    }

    /** Whether the rule holds for the request: an organisation, no acronym, written only before a position, naming nothing itself. */
    static boolean applies(LinkRequest req, String name, WikiDictIndex index) {
        return req.type() == EntityType.ORGANIZATION && req.article() != null && !NameMatch.acronym(name)
                && onlyBeforePosition(name, req.article().text()) && !namesAnOrganisation(index, name);
    }

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
            String next = text.substring(s + 1, e);
            // "Agriculture Secretary Richard Lyng" beside "the U.S. Agriculture Department": both name the portfolio
            if (!TitleTypes.isPosition(next) && !MINISTRY_WORDS.contains(next)) return false;
        }
        return true;
    }
}
