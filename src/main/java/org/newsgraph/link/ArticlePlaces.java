package org.newsgraph.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The places of an article that qualify an entity named generically ("Foreign Ministry", "the Senate", "Navy"): the
 * linker looks such a name up as "China's Foreign Ministry", "Senate of Brazil". They are the article's places, with
 * readings of news writing, each a rule that can be switched off by name:
 * <ul>
 *   <li>{@code datelines}: a place named only in the dateline is where the story was filed, not whose body it is
 *       ("WASHINGTON (AP) - The Senate passed …" is no Washington State Senate) — but a capital's dateline names the
 *       story's country ({@code government-metonyms.tsv}: the United States Senate);</li>
 *   <li>{@code statecountry}: a US state names its country ("Navy" in a story naming Virginia is the United States
 *       Navy; {@link StateAbbreviations#countryOf});</li>
 *   <li>{@code capitalcountry}: a national capital in the story names its country ("the Treasury" of a story set in
 *       London is HM Treasury; {@code government-metonyms.tsv}).</li>
 * </ul>
 * Only organisations get the dateline and state readings; a person or place gets the article's places as they are.
 *
 * <pre>
 *   ArticlePlaces.of(request, "senate", Set.of());   // ["United States"] for "WASHINGTON (AP) - The Senate …"
 * </pre>
 */
final class ArticlePlaces {
    private ArticlePlaces() {}

    /**
     * The country a place of the story names: a US state's ({@code statecountry}) or a national capital's
     * ({@code capitalcountry}, {@code government-metonyms.tsv}), each unless its rule is in {@code off}; else null.
     */
    static String countryOf(String place, Set<String> off) {
        String c = off.contains("statecountry") ? null : StateAbbreviations.countryOf(place);
        return c != null || off.contains("capitalcountry") ? c : LinkRule.GovernmentMetonymy.INSTANCE.country(place);
    }

    /** The places qualifying the request's entity, whose normalised name is {@code normName}, with rules {@code off} off. */
    static List<String> of(LinkRequest req, String normName, Set<String> off) {
        boolean organisation = req.type() == EntityType.ORGANIZATION;
        List<String> places = new ArrayList<>();
        for (LinkRequest.ContextEntity c : req.context()) {
            if (c.type() != EntityType.PLACE) continue;
            String cn = Linker.clean(c.name());
            if (Surfaces.normalize(cn).equals(normName)) continue;
            if (organisation && !off.contains("datelines") && req.article() != null && req.article().onlyInDateline(cn)) continue;
            places.add(cn);
        }
        if (organisation) {   // "Navy" beside Virginia is the US Navy's; "the Treasury" of a story set in London Britain's
            Set<String> countries = new LinkedHashSet<>();
            for (String p : places) {
                String c = countryOf(p, off);
                if (c != null && !places.contains(c)) countries.add(c);
            }
            places.addAll(countries);
        }
        if (organisation && !off.contains("datelines") && req.article() != null) {
            for (LinkRequest.ContextEntity c : req.context()) {
                if (c.type() != EntityType.PLACE) continue;
                String country = LinkRule.GovernmentMetonymy.INSTANCE.country(Linker.clean(c.name()));
                if (country != null && !places.contains(country) && Datelines.isDateline(Linker.clean(c.name()), req.article().text()))
                    places.add(country);
            }
        }
        return places;
    }

    /**
     * Looks an organisation named generically up as each place qualifies it: "China's Foreign Ministry", "China Foreign
     * Ministry" (rule {@code compoundnames}: the title found must name the body) and, as Wikipedia names such bodies,
     * "Parliament of South Africa", "Supreme Court of the United States", and "Ministry of Finance (Japan)" for "Finance
 * Ministry" when only one place has such a body (rule {@code ofplace}: only a title that is an
     * organisation and names the body — "Justice Department of the Missouri" leads to {@code Department_of_the_Missouri}).
     */
    private static final java.util.regex.Pattern X_BODY = java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)?) (Ministry|Department)");

    /**
     * A generic body's name as Wikipedia writes a country's body before its qualifier: the name itself, and for "X
     * Ministry" / "X Department" also "Ministry of X", "Ministry of X Affairs", "Ministry of the X" ("Foreign Ministry"
     * → "Ministry of Foreign Affairs").
     */
    static List<String> bodyForms(String name) {
        List<String> out = new ArrayList<>(List.of(name));
        java.util.regex.Matcher m = X_BODY.matcher(name);
        if (m.matches())
            for (String f : new String[] {"%2$s of %1$s", "%2$s of %1$s Affairs", "%2$s of the %1$s"})
                out.add(String.format(f, m.group(1), m.group(2)));
        return out;
    }

    static void gatherQualified(Candidates cands, WikiDictIndex index, String name, List<String> places, Set<String> off) {
        boolean anyTitle = off.contains("compoundnames");
        for (String p : places) {
            cands.gatherCompound(p + "'s " + name, name, anyTitle);
            cands.gatherCompound(p + " " + name, name, anyTitle);
            if (off.contains("ofplace")) continue;
            for (String of : List.of(name + " of " + p, name + " of the " + p)) {
                String title = index.exactTitle(of);
                if (NationalPrefix.isOrganisation(index, title) && (anyTitle || NameMatch.namesOrganisation(title, name)))
                    cands.gather(of, 1.0, true);
            }
        }
        // Wikipedia's "Ministry of Finance (Japan)" for a Tokyo story's "Finance Ministry" — only when one place of the
        // story has such a body: with several (Russia, China, Ukraine) the form alone cannot choose
        if (off.contains("ofplace")) return;
        String only = null;
        for (String p : places)
            for (String body : bodyForms(name)) {
                String title = index.exactTitle(body + " (" + p + ")");
                if (!NationalPrefix.isOrganisation(index, title) || !(anyTitle || NameMatch.namesOrganisation(title, name))) continue;
                if (only != null && !only.equals(body + " (" + p + ")")) return;
                only = body + " (" + p + ")";
            }
        if (only != null) cands.gather(only, 1.0, true);
    }
}
