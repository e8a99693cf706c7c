package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rule {@code roletitle}: news introduces a person with the title of the office held — "Foreign Minister David Levy",
 * "Senator John Smith" — and Wikipedia tells namesakes apart by the same kind of word ("David_Levy_(Israeli_politician)",
 * "David_Levy_(chess_player)"). A PERSON candidate whose qualifier says what the words right before the name in the
 * text say (up to four words of its clause; the qualifier's root, as {@link QualifierWords} reads it, or a cue word of
 * {@code qualifier-cues.tsv}: "Minister" for "(politician)") gets full context evidence — where {@code qualifiers}
 * gives 0.5 for such a word anywhere in the article — and then the namesakes qualified otherwise are dropped; titles
 * without a qualifier stay ("Prime Minister John Howard" keeps {@code John_Howard}).
 *
 * <pre>
 *   RoleTitle.wordsBefore("David Levy", "Foreign Minister David Levy said");   // [foreign, minister]
 * </pre>
 */
public final class RoleTitle implements ArticleRule {
    static final RoleTitle INSTANCE = new RoleTitle("roletitle", RoleTitle::wordsBefore);
    /**
     * Rule {@code appositives}: the same, on the words of an appositive that says who the person is — after the name
     * ("Stephen Williams, the Liberal Democrat MP for Bristol West, said") or before it ("The MP for Bristol West,
     * Stephen Williams, welcomed"), {@link #appositiveWords}.
     */
    static final RoleTitle APPOSITIVES = new RoleTitle("appositives", RoleTitle::appositiveWords);

    private final String name;
    private final java.util.function.BiFunction<String, String, List<String>> words;

    private RoleTitle(String name, java.util.function.BiFunction<String, String, List<String>> words) {
        this.name = name;
        this.words = words;
    }

    @Override
    public String name() { return name; }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.PERSON || req.article() == null || name.indexOf(' ') < 0) return Evidence.NONE;
        List<String> before = words.apply(name, req.article().text());
        if (before.isEmpty()) return Evidence.NONE;
        // restricting: once a candidate's qualifier is said, a namesake qualified otherwise ("chess player") is out; a
        // title without a qualifier (the best-known bearer, often) stays in, with no evidence to speak of
        return Evidence.restricting(List.of(), title -> QualifierWords.qualifierSaidBy(title, before) ? 1.0
                : title.endsWith(")") && title.contains("_(") ? 0 : 0.01);
    }

    private static final java.util.regex.Pattern AFTER = java.util.regex.Pattern.compile(
            "^,\\s+(?:the|a|an|its|his|her|their)\\s+([^,.;:()\"“”\\n]{2,80}?)\\s*[,.;]");
    private static final java.util.regex.Pattern BEFORE = java.util.regex.Pattern.compile(
            "(?:^|[.;:\"“”\\n]\\s*)(?:The|the|A|a|An|an|Its|its|His|his|Her|her|Their|their)\\s+([^,.;:()\"“”\\n]{2,80}),\\s*$");

    /**
     * The lower-case words of appositives that say who a person is: after the name ("Stephen Williams, the Liberal
     * Democrat MP for Bristol West, said") or before it ("The MP for Bristol West, Stephen Williams, welcomed"): a
     * phrase opened by an article or possessive and closed by a comma or full stop, up to eight words.
     */
    static List<String> appositiveWords(String name, String text) {
        List<String> out = new ArrayList<>();
        for (int i : ArticleText.wholeWordStarts(text, name)) {
            int end = i + name.length();
            java.util.regex.Matcher a = AFTER.matcher(text.substring(end, Math.min(text.length(), end + 100)));
            if (a.find()) addWords(out, a.group(1));
            java.util.regex.Matcher b = BEFORE.matcher(text.substring(Math.max(0, i - 100), i));
            if (b.find()) addWords(out, b.group(1));
        }
        return out;
    }

    private static void addWords(List<String> out, String phrase) {
        String[] w = phrase.trim().split("\\s+");
        if (w.length > 8) return;
        for (String x : w) if (!x.isEmpty() && Character.isLetter(x.charAt(0))) out.add(x.toLowerCase(Locale.ROOT));
    }

    /**
     * The lower-case words (up to four, in its clause: no comma, full stop or line break between) right before each
     * occurrence of {@code name} in {@code text}.
     */
    static List<String> wordsBefore(String name, String text) {
        List<String> out = new ArrayList<>();
        for (int i : ArticleText.wholeWordStarts(text, name)) {
            String b = text.substring(Math.max(0, i - 50), i);
            int cut = -1;   // the words of its own clause: "… election, Attorney General William Barr" says no "election"
            for (char c : new char[] {'\n', ',', '.', ';', ':', '(', '"', '“', '”'}) cut = Math.max(cut, b.lastIndexOf(c));
            String[] w = b.substring(cut + 1).trim().split("\\s+");
            for (int k = Math.max(0, w.length - 4); k < w.length; k++)
                if (!w[k].isEmpty() && Character.isLetter(w[k].charAt(0))) out.add(w[k].toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
