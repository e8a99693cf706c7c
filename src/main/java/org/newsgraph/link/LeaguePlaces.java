package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.ExtractedEntity;
import org.newsgraph.vocab.SDO;

/**
 * Rule {@code leagueplaces}: a league report names a team by its place and NER makes the place a place — "depleted
 * Sydney delivered a 10-point win", "a tiring Sydney" — while the story's own word for the team is its nickname ("the
 * Power lost to the Swans"). In a report on a sport of {@code league-teams.tsv} ({@link LeagueTeams}), a PLACE named
 * like exactly one team of that sport whose nickname the story writes is linked again as an organisation and becomes
 * that team ({@code schema:SportsTeam}) when the linker agrees; not when a mention of it stands where a place does
 * (after "in", "at" …, before a town's noun, or opening the dateline: {@link TeamShortNames#standsAsPlace}). Read by
 * {@link LinkingResolver} after the article is linked.
 */
final class LeaguePlaces {
    private LeaguePlaces() {}

    static void relink(EntityLinker linker, List<ExtractedEntity> entities, List<LinkRequest> requests, ArticleText article,
                       Map<ExtractedEntity, EntityLinker.Result> found) {
        if (linker.linker().isOff("leagueplaces") || linker.linker().isOff("leagueteams") || article.college()) return;
        String sport = article.sports().sport();
        if (sport == null) return;
        String text = article.text();
        List<Integer> asked = new ArrayList<>();
        List<String> teams = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            ExtractedEntity e = entities.get(i);
            if (e.type() != org.newsgraph.nlp.EntityType.PLACE || e.name().isEmpty()) continue;
            if (e.isLinked() && TitleTypes.isSportsTeam(e.wikipediaTitle())) continue;
            LinkRequest r = requests.get(i);
            String team = LeagueTeams.teamByNickname(sport, e.name(), text, r.date() == null ? -1 : r.date().getYear());
            if (team == null || e.mentions().stream().anyMatch(m -> TeamShortNames.standsAsPlace(text, m))) continue;
            asked.add(i);
            teams.add(team);
        }
        if (!asked.isEmpty()) Relinks.asOrganisations(linker, entities, requests, asked, SDO.SportsTeam, (k, title) -> title.equals(teams.get(k)), found);
    }
}
