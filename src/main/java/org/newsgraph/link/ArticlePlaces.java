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
        if (organisation && !off.contains("statecountry")) {
            Set<String> countries = new LinkedHashSet<>();
            for (String p : places) {
                String c = StateAbbreviations.countryOf(p);
                if (c != null && !places.contains(c)) countries.add(c);
            }
            places.addAll(countries);
        }
        if (organisation && !off.contains("capitalcountry")) {   // "the Treasury" of a story set in London is Britain's
            Set<String> countries = new LinkedHashSet<>();
            for (String p : places) {
                String c = LinkRule.GovernmentMetonymy.INSTANCE.country(p);
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
}
