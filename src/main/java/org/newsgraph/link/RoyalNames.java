package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule {@code royals}: news names a royal by style and given name — "Prince William", "King Abdullah", "Queen Elizabeth
 * II" — and Wikipedia titles them with the realm and no surname ({@code Prince_William_of_Wales},
 * {@code Abdullah_II_of_Jordan}, {@code Elizabeth_II_of_the_United_Kingdom}), which the person filter (surname and first
 * initial) refuses. A PERSON whose name carries a royal style, or whose name the text writes right after one (NLP strips
 * the style: "met Prince William" gives "William"), is also looked up with the style and with "of" each place of the
 * article ("King Abdullah of Jordan"); titles in the royal form ({@link NameMatch#royalTitleFits}) pass the person
 * filter and get context evidence.
 *
 * <pre>
 *   RoyalNames r = RoyalNames.of(request, "William");   // style "Prince", from "… met Prince William …"
 *   r.forms(List.of("Jordan"));                         // ["Prince William", "Prince William of Jordan"]
 * </pre>
 */
final class RoyalNames {
    /** Context evidence of a title in the royal form. */
    static final double CONTEXT = 0.5;

    private final String style;
    /** The name without its style ("Harry" of "Prince Harry"). */
    private final String given;

    private RoyalNames(String style, String given) {
        this.style = style;
        this.given = given;
    }

    /** The royal reading of a PERSON request's name, or null when it carries no royal style. */
    static RoyalNames of(LinkRequest req, String name) {
        if (req.type() != EntityType.PERSON) return null;
        String style = NameForms.royalStyle(name, req.article() == null ? null : req.article().text());
        return style == null ? null : new RoyalNames(style, NameForms.stripHonorific(name));
    }

    /** Names to look the royal up under: with the style, and with the style and "of" each of the places. */
    List<String> forms(List<String> places) {
        List<String> out = new ArrayList<>(places.size() + 1);
        out.add(style + " " + given);
        for (String p : places) out.add(style + " " + given + " of " + p);
        return out;
    }

    /** Whether the title is in the royal form for a lone given name ({@link NameMatch#royalTitleFits}). */
    boolean fits(String[] nameTokens, String title) {
        return nameTokens.length == 1 && NameMatch.royalTitleFits(given, style, title);
    }
}
