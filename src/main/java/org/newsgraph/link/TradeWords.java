package org.newsgraph.link;

import org.newsgraph.nlp.CompanyWords;

/**
 * Rule {@code tradewords}: business news names a company by its first word ("Tesla recalled 2 million vehicles … Shares
 * of Tesla fell"), and the WikiDict's anchors of the word alone may not reach it ({@code Tesla_Motors}). An organisation
 * of one word is also looked up with each trade word after it ({@link CompanyWords#descriptors}: "Tesla Motors", "Delta
 * Airlines"), for organisations' titles that open with the word — in a business story ({@link ArticleText#business}:
 * "The Duke and Duchess" is no Duke Energy), not in a sports report ("United" is no airline there), and not when the
 * word's own titles hold an organisation with a prior of 0.3 or more ("Shell" stays {@code Royal_Dutch_Shell}).
 */
final class TradeWords {
    private TradeWords() {}

    /** Whether the rule looks the request's (cleaned) name up with trade words. */
    static boolean applies(LinkRequest req, String name, WikiDictIndex index) {
        return req.type() == EntityType.ORGANIZATION && name.indexOf(' ') < 0 && name.length() > 2 && !NameMatch.acronym(name)
                && req.article() != null && req.article().business() && !req.article().sports().on() && !ownOrganisation(name, index);
    }

    /** Gathers the name's trade-word forms into {@code cands}, keeping organisations' titles that open with the name. */
    static void gather(Candidates cands, String name, WikiDictIndex index) {
        String opens = name + " ";
        for (String w : CompanyWords.descriptors())
            cands.gatherWhere(opens + w, NameForms.VARIANT_WEIGHT, false,
                    title -> Surfaces.titleBase(title).startsWith(opens) && isOrganisation(title, index));
    }

    private static boolean isOrganisation(String title, WikiDictIndex index) {
        TitleType sure = TitleTypes.fromTitle(title);
        if (sure != TitleType.UNKNOWN) return sure == TitleType.ORGANIZATION;
        int id = index.titleId(title);
        return id >= 0 && index.type(id) == TitleType.ORGANIZATION;
    }

    /** Whether the name's own candidates hold an organisation with a prior of 0.3 or more ("Shell": Royal_Dutch_Shell). */
    private static boolean ownOrganisation(String name, WikiDictIndex index) {
        for (WikiDictIndex.Candidate c : index.candidates(name))
            if (c.prior() >= 0.3f && (c.type() == TitleType.ORGANIZATION || TitleTypes.fromTitle(c.title()) == TitleType.ORGANIZATION)) return true;
        return false;
    }
}
