package org.newsgraph.link;

import java.util.function.Function;

/**
 * Decides whether a predicted link is the gold entity when gold comes as a Wikidata QID plus its English label
 * (ELEVANT) and the prediction is a Wikipedia title (offline linking). The rule, in order:
 * <ol>
 *   <li>a predicted QID (when {@code --wikidata} gave one) is compared with the gold QID directly;</li>
 *   <li>with a title → QID map (e.g. the Wikidata cache), the predicted title's QID is compared with the gold QID;</li>
 *   <li>otherwise the predicted title must equal <b>the gold name's own top WikiDict title</b> — the title the
 *       WikiDict gives first for the gold label as a surface ("Washington, D.C." → {@code Washington,_D.C.},
 *       "United States of America" → {@code United_States}) — or, when the WikiDict has no entry for the label,
 *       the label itself written as a title.</li>
 * </ol>
 * A gold label the WikiDict maps to another entity can make a correct prediction count as wrong (and the
 * reverse); the rule is deliberately the same for every system so figures stay comparable.
 *
 * <pre>
 *   TitleMatcher m = TitleMatcher.create(index);
 *   m.matches("Washington,_D.C.", "Q61", "Washington, D.C.");   // true
 * </pre>
 */
public final class TitleMatcher {
    private final WikiDictIndex index;
    private final Function<String, String> qidOfTitle;

    private TitleMatcher(WikiDictIndex index, Function<String, String> qidOfTitle) {
        this.index = index;
        this.qidOfTitle = qidOfTitle;
    }

    public static TitleMatcher create(WikiDictIndex index) { return new TitleMatcher(index, t -> null); }

    /** Also uses a title → QID map (returning null when unknown), e.g. from a {@link WikidataCache}. */
    public static TitleMatcher create(WikiDictIndex index, Function<String, String> qidOfTitle) {
        return new TitleMatcher(index, qidOfTitle == null ? t -> null : qidOfTitle);
    }

    /** A title → QID map over a Wikidata cache. */
    public static Function<String, String> qidsFrom(WikidataCache cache) {
        return t -> cache.get(t).flatMap(o -> o).map(WikidataItem::qid).orElse(null);
    }

    /** The title the gold label stands for under the rule above (underscores), or null for a blank label. */
    public String goldTitle(String goldName) {
        if (goldName == null || goldName.isBlank()) return null;
        String top = index.topTitle(goldName);
        return top != null ? top : goldName.strip().replace(' ', '_');
    }

    /** True when the predicted title (or QID) is the gold entity. */
    public boolean matches(String predicted, String goldQid, String goldName) {
        if (predicted == null || predicted.isBlank()) return false;
        if (goldQid != null && predicted.matches("Q\\d+")) return predicted.equals(goldQid);
        String pt = predicted.strip().replace(' ', '_');
        if (goldQid != null) {
            String q = qidOfTitle.apply(pt);
            if (q != null) return q.equals(goldQid);
        }
        String gt = goldTitle(goldName);
        return gt != null && sameTitle(pt, gt);
    }

    /** Titles are equal up to the case of the first letter (as in Wikipedia) and spaces vs underscores. */
    static boolean sameTitle(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return a.equals(b);
        return a.substring(0, 1).equalsIgnoreCase(b.substring(0, 1)) && a.substring(1).equals(b.substring(1));
    }
}
