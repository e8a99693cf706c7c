package org.newsgraph.link;

import java.util.List;

/**
 * Rule {@code portfolios}: "Interior Minister Anatoly Kulikov", "Housing Secretary Jack Kemp" — NER makes the portfolio
 * word an organisation, and the WikiDict's "Interior" and "Housing" are the articles on those words. An organisation of
 * one word that the article writes only right before a position ({@link TitleTypes#isPosition}: "Minister",
 * "Secretary" …), before its ministry's word ("the Agriculture Department") or at the end of its ministry's name ("the
 * Department for Transport") is linked only to a ministry, a title with "Department", "Ministry", "Office", "Treasury" …
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
                && onlyBeforePosition(name, req.article().text())
                && (wordArticle(index, name) || !namesAnOrganisation(index, name));
    }

    /** The names of the portfolio's ministry the text writes: "Department for Transport", "Ministry of the Interior", "Agriculture Department". */
    static List<String> writtenMinistries(String name, String text) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(?:(?:Department|Ministry|Office|Bureau) (?:of|for) (?:the )?"
                + java.util.regex.Pattern.quote(name) + "|" + java.util.regex.Pattern.quote(name) + " (?:Department|Ministry))\\b").matcher(text);
        while (m.find()) out.add(m.group());
        return List.copyOf(out);
    }

    /**
     * True when a portfolio's name ({@code words/portfolios.txt}) leads to the article on the word itself ("Transport"):
     * that is no organisation, whatever type its anchors give it; "Bundesbank" leads to the bank.
     */
    static boolean wordArticle(WikiDictIndex index, String name) {
        if (!org.newsgraph.nlp.TitleWords.isPortfolio(name)) return false;
        String top = index.topTitle(name);
        return top != null && top.equals(name.replace(' ', '_'));
    }

    private static final java.util.regex.Pattern AFTER_MINISTRY = java.util.regex.Pattern.compile(
            "\\b(?:Department|Ministry|Office|Bureau|Minister|Secretary) (?:of|for) (?:the )?$");

    /**
     * True when every whole-word occurrence of the one-word {@code name} in {@code text} stands right before a position
     * or a ministry's word, or ends a ministry's name ("Department for Transport").
     */
    static boolean onlyBeforePosition(String name, String text) {
        if (name.isEmpty() || name.indexOf(' ') >= 0) return false;
        List<Integer> at = ArticleText.wholeWordStarts(text, name);
        if (at.isEmpty()) return false;
        for (int i : at) {
            // "the Department for Transport", "the Ministry of Defence": the ministry's name writes its portfolio
            if (AFTER_MINISTRY.matcher(text.substring(Math.max(0, i - 40), i)).find()) continue;
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
