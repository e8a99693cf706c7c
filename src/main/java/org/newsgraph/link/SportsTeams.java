package org.newsgraph.link;

import java.util.List;

/**
 * Rule {@code sportsteams}: sports writing names teams by their country or town ("England beat Samoa", "Newcastle
 * won at Cardiff"). In an article with a {@link SportsFrame}, an ORGANIZATION named like a place is looked up as the
 * national team of the frame's sport too ("England" → "England national rugby union team" in a rugby article), and that
 * team's title gets full context evidence. Clubs are left to the organisation forms ("Liverpool" → "Liverpool F.C.") and
 * to {@link TextForms}: a bonus for any club title sent "Newcastle" to a club of the 1880s when the article meant one
 * the 2013 WikiDict does not know. Places, people and
 * articles without the frame are left alone: "England" in a report on the economy stays the country, and NER's PLACE
 * ("a match in Liverpool") stays the place.
 *
 * <pre>
 *   LinkRequest r = LinkRequest.of("England", EntityType.ORGANIZATION).withArticle(new ArticleText(rugbyReport));
 * </pre>
 */
public final class SportsTeams implements ArticleRule {
    static final SportsTeams INSTANCE = new SportsTeams();

    private SportsTeams() {}

    @Override
    public String name() { return "sportsteams"; }

    private static boolean applies(LinkRequest req) {
        return req.type() == EntityType.ORGANIZATION && req.article() != null && req.article().sports().on();
    }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (!applies(req)) return Evidence.NONE;
        List<String> teams = req.article().sports().nationalTeams(name);
        if (teams.isEmpty()) return Evidence.NONE;
        boolean asName = !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && name.split(" ").length <= 3;
        return Evidence.of(asName ? teams.stream().map(t -> new Form(t, 1.0)).toList() : List.of(),
                title -> teams.stream().anyMatch(t -> Surfaces.titleText(title).equalsIgnoreCase(t)) ? 1.0 : 0);
    }
}
