package org.newsgraph.link;

import java.util.List;
import org.newsgraph.nlp.Gazetteer;

/**
 * Rule {@code qualifiers}: a title's qualifier says what its entity is ("Joe_Smith_(baseball)", "John_Smith_(footballer)",
 * "Peter_Cook_(politician)"), and news about that entity writes the same words — the sport, the trade, the field. A
 * candidate of a PERSON or ORGANIZATION whose qualifier has a word found in the article's text (as the start of a word:
 * "footballer" is read as "football…", "politician" as "politic…", "musician" as "music…"; words under five letters,
 * years and "born" do not count) gets context evidence 0.5. A country's qualifier also counts when the article writes
 * its adjective ({@code places.tsv}): "National_Front_(France)" in a story of the "French" president.
 *
 * <pre>
 *   QualifierWords.INSTANCE.context(req, "Joe Smith", "Joe_Smith_(baseball)", index);   // 0.5 in a baseball report
 * </pre>
 */
public final class QualifierWords implements ArticleRule {
    static final QualifierWords INSTANCE = new QualifierWords();

    private QualifierWords() {}

    @Override
    public String name() { return "qualifiers"; }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.article() == null || (req.type() != EntityType.PERSON && req.type() != EntityType.ORGANIZATION)) return Evidence.NONE;
        return Evidence.of(List.of(), title -> qualifierInText(req.article(), title) ? 0.5 : 0);
    }

    /** Qualifier root → words of news writing that say the same ({@code qualifier-cues.tsv}). */
    private static final java.util.Map<String, List<String>> CUES = new java.util.HashMap<>();
    static {
        for (String[] f : TsvTable.rows("qualifier-cues.tsv")) CUES.put(f[0].strip(), List.of(f[1].strip().split("\\|")));
    }

    /**
     * Whether a word of the title's qualifier, as a root of five letters or more, starts a word of the text; or a cue
     * word of {@code qualifier-cues.tsv} for it does ("Treasurer" for "(politician)"); or it names the sport of the
     * article's sports frame ("(baseball)" in a report that says "inning" and "pitcher", "(cricketer)" in a cricket
     * report).
     */
    static boolean qualifierInText(ArticleText article, String title) {
        int open = title.lastIndexOf("_(");
        if (open < 0 || !title.endsWith(")")) return false;
        String qualifier = title.substring(open + 2, title.length() - 1).toLowerCase(java.util.Locale.ROOT);
        String sport = article.sports().sport();
        if (sport != null && (qualifier.replace('_', ' ').contains(sport) || sport.indexOf(' ') < 0
                && java.util.Arrays.stream(qualifier.split("[_\\-,.]+")).anyMatch(w -> root(w).equals(sport)))) return true;
        // a country's qualifier is written as its adjective: "National_Front_(France)" in a story of "French" politics
        for (String demonym : Gazetteer.standard().demonymsOf(title.substring(open + 2, title.length() - 1).replace('_', ' ')))
            if (!ArticleText.wholeWordStarts(article.text(), demonym).isEmpty()) return true;
        return said(qualifier, article::hasWordStarting);
    }

    /**
     * Whether a word of the title's qualifier, as a root of five letters or more, or one of its cue words
     * ({@code qualifier-cues.tsv}), starts one of {@code words} ({@link RoleTitle}: the words right before a name).
     */
    static boolean qualifierSaidBy(String title, List<String> words) {
        int open = title.lastIndexOf("_(");
        if (open < 0 || !title.endsWith(")")) return false;
        return said(title.substring(open + 2, title.length() - 1).toLowerCase(java.util.Locale.ROOT),
                cue -> words.stream().anyMatch(w -> w.startsWith(cue)));
    }

    /**
     * Whether a word of the (lower-case) qualifier, as a root of five letters or more (not a year, not "born"), or a cue
     * word of it is said: {@code said} tells whether a word starting so is written.
     */
    private static boolean said(String qualifier, java.util.function.Predicate<String> said) {
        for (String w : qualifier.split("[_\\-,.]+")) {
            String root = root(w);
            if (root.length() >= 5 && !root.equals("born") && root.chars().noneMatch(Character::isDigit) && said.test(root)) return true;
            for (String cue : CUES.getOrDefault(root, List.of())) if (said.test(cue)) return true;
        }
        return false;
    }

    /** "footballer" → "football", "politician" → "politic", "journalist" → "journal", "cricketer" → "cricket". */
    static String root(String w) {
        for (String suffix : new String[] {"er", "ian", "ist", "man"})
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 5) return w.substring(0, w.length() - suffix.length());
        return w;
    }
}
