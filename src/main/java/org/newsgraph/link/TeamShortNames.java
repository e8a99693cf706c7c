package org.newsgraph.link;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.ExtractedEntity;
import org.newsgraph.nlp.Mention;
import org.newsgraph.vocab.SDO;

/**
 * Rule {@code teamshortnames}: a sports report names a club in full once and then by its town alone — "Manchester City
 * beat Real Madrid 4-0 … Ancelotti admitted Madrid had been outclassed", "Inter Milan … Milan's coach" — and NER makes
 * the short name a place. In an article with a sports frame, a place whose name is a word run of exactly one team the
 * article links ({@link TitleTypes#isSportsTeam}) is that team, unless a mention of it stands where a place does: after
 * "in", "at", "from", "to", "near" … ("the final in Madrid"), or before a noun a town has ({@code town-nouns.tsv}:
 * "St. Petersburg's stadium"), or opens the dateline ("NEW YORK 1996-09-16"). Read by {@link LinkingResolver} after the article is
 * linked; the place takes the team's link and becomes an organisation ({@code schema:SportsTeam}).
 */
final class TeamShortNames {
    private TeamShortNames() {}

    /** Words after which a name is a place ("in Madrid", "fans from Manchester"). */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "from", "to", "near", "outside", "around", "across",
            "into", "of", "via", "toward", "towards");

    static void relink(EntityLinker linker, List<ExtractedEntity> entities, ArticleText article,
                       Map<ExtractedEntity, EntityLinker.Result> found) {
        if (linker.linker().isOff("teamshortnames") || !article.sports().on()) return;
        String text = article.text();
        for (ExtractedEntity e : entities) {
            if (e.type() != org.newsgraph.nlp.EntityType.PLACE || e.name().isEmpty()) continue;
            if (e.isLinked() && TitleTypes.isSportsTeam(e.wikipediaTitle())) continue;
            ExtractedEntity team = null;
            boolean ambiguous = false;
            for (ExtractedEntity t : entities) {
                if (t == e || !t.isLinked() || t.type() != org.newsgraph.nlp.EntityType.ORGANIZATION
                        || !TitleTypes.isSportsTeam(t.wikipediaTitle()) || !namesWithin(t, e.name())) continue;
                if (team != null && !team.wikipediaTitle().equals(t.wikipediaTitle())) ambiguous = true;
                team = t;
            }
            if (team == null || ambiguous || !found.containsKey(team)) continue;
            if (e.mentions().stream().anyMatch(m -> standsAsPlace(text, m))) continue;
            e.retype(org.newsgraph.nlp.EntityType.ORGANIZATION, SDO.SportsTeam);
            e.link(team.wikipediaTitle(), team.linkConfidence());
            found.put(e, found.get(team));
        }
    }

    /**
     * Whether the mention stands where a place does: after "in", "at", "from" …, as a possessive before a town's noun
     * ("St. Petersburg's stadium"), or opening the dateline ("NEW YORK 1996-09-16").
     */
    static boolean standsAsPlace(String text, Mention m) {
        return afterLocative(text, m) || beforeTownNoun(text, m) || Datelines.opensDateline(text, m.begin(), text.substring(m.begin(), m.end()));
    }

    /** Whether the team's name (or another of its names) holds {@code name} as whole words and is longer. */
    private static boolean namesWithin(ExtractedEntity team, String name) {
        if (NameMatch.containsPhrase(team.name(), name) && !team.name().equals(name)) return true;
        for (String n : team.alternateNames()) if (NameMatch.containsPhrase(n, name) && !n.equals(name)) return true;
        return false;
    }

    private static final Set<String> TOWN_NOUNS = Set.copyOf(TsvTable.rows("town-nouns.tsv").stream().map(r -> r[0].strip()).toList());

    /** Whether the mention's possessive comes before a noun a town has ("St. Petersburg's stadium", "Madrid's mayor"). */
    private static boolean beforeTownNoun(String text, Mention m) {
        int i = m.end();
        if (!(text.startsWith("'s ", i) || text.startsWith("\u2019s ", i))) return false;
        int from = i + 3, to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) to++;
        return TOWN_NOUNS.contains(text.substring(from, to).toLowerCase(Locale.ROOT));
    }

    /** Whether the word right before the mention is a locative preposition ("in Madrid"). */
    private static boolean afterLocative(String text, Mention m) {
        int i = m.begin() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) i--;
        return end > i + 1 && LOCATIVES.contains(text.substring(i + 1, end).toLowerCase(Locale.ROOT));
    }
}
