package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fixes sports metonymy: a place named with a sports cue is its team (an organisation, {@code schema:SportsTeam}),
 * and so is every other mention of that name in the article — "Ural striker Roman Pavlyuchenko", "England's
 * captain", "England beat Samoa", "Alabama versus Florida State". The cues: a player position or team role right
 * after the name or its possessive ({@code words/sport-roles.txt}), "plays for" / "signed for" … before it
 * ({@code words/play-for-verbs.txt}), a match word ("beat", "v", "versus"; {@code words/match-words.txt}) between two
 * names; a cue on an occurrence NER left untagged counts too; and places listed with a team are teams ("England and
 * Tonga have met", "at Fulham, Liverpool and England").
 */
final class SportsTeams implements Rule {
    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        List<Cand> cands = d.cands;
        d.sortCands();
        Set<String> teams = new HashSet<>();
        for (int k = 0; k < cands.size(); k++) {
            Cand c = cands.get(k);
            if (c.type != EntityType.PLACE || c.demonym || c.cb >= 0) continue;
            int e = c.e;
            if (t.isPossessive(e)) e++;
            if (e < t.size && t.sentence[e] == t.sentence[c.s] && !t.capitalized(e) && SPORT_ROLES.contains(t.word[e])) teams.add(c.name);
            if (c.s >= 2 && t.word[c.s - 1].equals("for") && PLAY_FOR.contains(t.word[c.s - 2])) teams.add(c.name);
            if (k + 1 < cands.size() && c.e < t.size && MATCH_WORDS.contains(t.lower(c.e))) {
                Cand n = cands.get(k + 1);
                if (n.s == c.e + 1 && n.type != null && n.type != EntityType.PERSON && !n.demonym && n.cb < 0) {
                    teams.add(c.name);
                    if (n.type == EntityType.PLACE) teams.add(n.name);
                }
            }
        }
        // the cue on an occurrence NER left untagged ("Enraged Ural striker …" after "Ural's …" was tagged)
        Map<String, String> placeWords = new HashMap<>();
        for (Cand c : cands) if (c.type == EntityType.PLACE && !c.demonym && c.cb < 0 && c.len() == 1) placeWords.put(c.surface, c.name);
        for (int j = 1; j < t.size; j++) {
            if (t.capitalized(j) || !SPORT_ROLES.contains(t.word[j])) continue;
            int k = t.isPossessive(j - 1) ? j - 2 : j - 1;
            if (k >= 0 && t.sentence[k] == t.sentence[j] && placeWords.containsKey(t.word[k])) teams.add(placeWords.get(t.word[k]));
        }
        // and the places listed with a team: "England and Tonga have met", "at Fulham, Liverpool and England"
        for (boolean grew = !teams.isEmpty(); grew; ) {
            grew = false;
            for (int k = 0; k + 1 < cands.size(); k++) {
                Cand c = cands.get(k), n = cands.get(k + 1);
                if (c.demonym || n.demonym || c.cb >= 0 || n.cb >= 0 || c.type != EntityType.PLACE || n.type != EntityType.PLACE
                        || n.s != c.e + 1 || !(t.word[c.e].equals(",") || t.word[c.e].equals("and"))
                        || teams.contains(c.name) == teams.contains(n.name)) continue;
                grew |= teams.add(c.name) | teams.add(n.name);
            }
        }
        for (Cand c : cands)
            if (c.type == EntityType.PLACE && !c.demonym && teams.contains(c.name)) {
                c.type = EntityType.ORGANIZATION;
                d.team.add(c.name);
            }
    }
}
