package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.vocab.SDO;

/**
 * Fixes sports metonymy: a place named with a sports cue is its team (an organisation, {@code schema:SportsTeam}),
 * and so is every other mention of that name in the article — "Ural striker Roman Pavlyuchenko", "England's
 * captain", "England beat Samoa", "Alabama versus Florida State". The cues: a player position or team role right
 * after the name or its possessive ({@code words/sport-roles.txt}), "plays for" / "signed for" … before it
 * ({@code words/play-for-verbs.txt}), a match word ("beat", "v", "versus"; {@code words/match-words.txt}) between two
 * names, or between a team NER took for an organisation and a place ("Bayern Munich beat Hamburg"); the opponent after a result or match word and "against" ({@code words/opponent-cues.txt}: "won 3:2 against
 * the Spurs", "a hat-trick against England", "Brighton's game against Bristol City"; switch {@code OpponentCue}); a cue
 * on an occurrence NER left untagged counts too; and places listed with a team are teams ("England and Tonga have
 * met", "at Fulham, Liverpool and England"). A team named in capitals ("ENGLAND V PAKISTAN") is that name in any case.
 * In a text with a word of sport, a country with a plural verb ("Uzbekistan are in the finals") is its side (switch
 * {@code PluralCountry}).
 */
final class SportsTeams implements Rule {
    /** A score between a result word and "against" or a possessive ("won 3:2 against", "England's 35-3 win"). */
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}(?:[-–:]\\d{1,3})?");

    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        List<Cand> cands = d.cands;
        d.sortCands();
        Set<String> teams = new HashSet<>();
        for (int k = 0; k < cands.size(); k++) {
            Cand c = cands.get(k);
            if (c.type == EntityType.ORGANIZATION && c.cb < 0 && k + 1 < cands.size() && c.e < t.size && MATCH_WORDS.contains(t.lower(c.e))) {
                Cand n = cands.get(k + 1);   // "Bayern Munich beat Hamburg": a team's opponent is a team
                if (n.s == c.e + 1 && n.type == EntityType.PLACE && !n.demonym && n.cb < 0) teams.add(n.name);
            }
            if (c.type != EntityType.PLACE || c.demonym || c.cb >= 0) continue;
            int e = c.e;
            if (t.isPossessive(e)) e++;
            if (e < t.size && t.sentence[e] == t.sentence[c.s] && !t.capitalized(e) && isRole(t, e)) teams.add(c.name);
            if (c.s >= 2 && t.word[c.s - 1].equals("for") && PLAY_FOR.contains(t.word[c.s - 2])) teams.add(c.name);
            if (k + 1 < cands.size() && c.e < t.size && MATCH_WORDS.contains(t.lower(c.e))) {
                Cand n = cands.get(k + 1);
                if (n.s == c.e + 1 && n.type != null && n.type != EntityType.PERSON && !n.demonym && n.cb < 0) {
                    teams.add(c.name);
                    if (n.type == EntityType.PLACE) teams.add(n.name);
                }
            }
        }
        // switch PluralCountry: British sports writing gives a country's side a plural verb ("Uzbekistan are in the finals
        // as outsiders", "Tonga are a stronger side", "England have failed"); a country does not take one ("Britain has")
        // — not after "and" ("Israel and Egypt have agreed" is plural for the pair), and only in a text with two words of sport
        if (d.on("PluralCountry") && sportCues(t) >= 2)
            for (Cand c : cands)
                if (c.type == EntityType.PLACE && !c.demonym && c.cb < 0 && c.e < t.size && PLURAL_VERBS.contains(t.word[c.e])
                        && !(c.s > 0 && (t.lower(c.s - 1).equals("and") || t.lower(c.s - 1).equals("or") || t.word[c.s - 1].equals("&")))
                        && !c.name.endsWith("s") && d.gazetteer.byName(c.name).map(p -> SDO.Country.equals(p.schemaClass())).orElse(false))
                    teams.add(c.name);
        if (d.on("OpponentCue")) opponents(t, cands, teams);
        if (d.on("ResultLine")) resultLines(t, cands, teams);
        if (d.on("ResultPhrase")) resultPhrases(t, cands, teams);
        // the cue on an occurrence NER left untagged ("Enraged Ural striker …" after "Ural's …" was tagged)
        Map<String, String> placeWords = new HashMap<>();
        for (Cand c : cands) if (c.type == EntityType.PLACE && !c.demonym && c.cb < 0 && c.len() == 1) placeWords.put(c.surface, c.name);
        for (int j = 1; j < t.size; j++) {
            if (t.capitalized(j) || !isRole(t, j)) continue;
            int k = t.isPossessive(j - 1) ? j - 2 : j - 1;
            if (k >= 0 && t.sentence[k] == t.sentence[j] && placeWords.containsKey(t.word[k])) teams.add(placeWords.get(t.word[k]));
        }
        // and the places listed with a team: "England and Tonga have met", "at Fulham, Liverpool and England"
        for (boolean grew = !teams.isEmpty(); grew; ) {
            grew = false;
            for (int k = 0; k + 1 < cands.size(); k++) {
                Cand c = cands.get(k), n = cands.get(k + 1);
                if (c.demonym || n.demonym || c.cb >= 0 || n.cb >= 0 || c.type != EntityType.PLACE || n.type != EntityType.PLACE
                        || n.s != c.e + 1 || !(t.word[c.e].equals(",") && inList(t, c, n) || t.word[c.e].equals("and"))
                        || teams.contains(c.name) == teams.contains(n.name)) continue;
                grew |= teams.add(c.name) | teams.add(n.name);
            }
        }
        // a team named in capitals (a headline's "ENGLAND V PAKISTAN") is the team the body writes "England"
        Set<String> capsTeams = new HashSet<>();
        for (String n : teams) if (n.chars().noneMatch(Character::isLowerCase)) capsTeams.add(n);
        for (Cand c : cands)
            if (c.type == EntityType.PLACE && !c.demonym && (teams.contains(c.name)
                    || !capsTeams.isEmpty() && capsTeams.contains(c.name.toUpperCase(java.util.Locale.ROOT)))) {
                c.type = EntityType.ORGANIZATION;
                d.team.add(c.name);
            }
    }

    /**
     * The opponent cue: a result or match word right before "against" makes the places after it teams, each of a list
     * ("matches against Western Sydney and Newcastle", whatever NER made of the first), and the side named by a
     * possessive before the word ("Brighton's game against Bristol City") too.
     */
    private static void opponents(Tokens t, List<Cand> cands, Set<String> teams) {
        Map<Integer, Cand> at = new HashMap<>();
        for (Cand c : cands) if (c.cb < 0) at.putIfAbsent(c.s, c);
        for (int i = 1; i + 1 < t.size; i++) {
            if (!t.lower(i).equals("against")) continue;
            int j = cueStart(t, skipScores(t, i - 1, i));
            if (j < 0) continue;
            int k = skipScores(t, j - 1, i);
            if (k > 0 && t.isPossessive(k)) for (Cand c : cands) if (c.e == k && c.cb < 0) team(c, teams);
            int p = t.lower(i + 1).equals("the") ? i + 2 : i + 1;
            for (Cand c = at.get(p); c != null && t.sentence[c.s] == t.sentence[i]; c = at.get(p)) {
                team(c, teams);
                p = c.e;
                if (p < t.size && t.word[p].equals(",")) p++;
                if (t.lower(p).equals("and")) p++;
                if (p == c.e) break;
            }
        }
    }

    /**
     * Two names joined by a comma are in a list when another comma or "and"/"or" goes on from the second or comes
     * before the first: "at Fulham, Liverpool and England" is a list, "In Spain, Barcelona thrashed Espanyol" is not.
     */
    private static boolean inList(Tokens t, Cand c, Cand n) {
        String after = n.e < t.size ? t.lower(n.e) : "";
        return after.equals(",") || after.equals("and") || after.equals("or") || c.s > 0 && t.word[c.s - 1].equals(",");
    }

    /** The words of a result between two sides ("Watford drew with Burnley", "Feyenoord were held 1-1 by Vitesse"). */
    private static final Set<String> RESULT_PHRASES = Set.of("drew with", "drew against", "lost to", "lost at", "won at",
            "were held by", "was held by", "held", "were beaten by", "was beaten by", "won against", "lost against");

    /**
     * Switch {@code ResultPhrase}: in a text that reports sport ({@code words/sport-cues.txt}), two names joined by the
     * words of a result, scores aside ("Watford drew with Burnley", "Feyenoord were held 1-1 by Vitesse Arnhem", "lost
     * 1-0 at Bordeaux"), are two sides: each place of them is a team. People are no sides here.
     */
    private static void resultPhrases(Tokens t, List<Cand> cands, Set<String> teams) {
        if (!sportText(t)) return;
        for (int k = 0; k + 1 < cands.size(); k++) {
            Cand c = cands.get(k), n = cands.get(k + 1);
            if (c.cb >= 0 || n.cb >= 0 || c.demonym || n.demonym || c.type == null || n.type == null
                    || c.type == EntityType.PERSON || n.type == EntityType.PERSON || t.sentence[c.s] != t.sentence[n.s]) continue;
            StringBuilder between = new StringBuilder();
            for (int i = c.e; i < n.s; i++) {
                if (SCORE.matcher(t.word[i]).matches() || t.word[i].equals("-") || t.word[i].equals("–")) continue;
                between.append(between.length() > 0 ? " " : "").append(t.lower(i));
            }
            if (!RESULT_PHRASES.contains(between.toString())) continue;
            if (c.type == EntityType.PLACE) teams.add(c.name);
            if (n.type == EntityType.PLACE) teams.add(n.name);
        }
    }

    /** Whether the text has a word of sport ({@code words/sport-cues.txt}). */
    private static final Set<String> PLURAL_VERBS = Set.of("are", "were", "have");

    /** How many different words of sport ({@code words/sport-cues.txt}) the text holds. */
    private static int sportCues(Tokens t) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < t.size; i++) if (SPORT_CUES.contains(t.lower(i))) seen.add(t.lower(i));
        return seen.size();
    }

    /** Whether the text has a word of sport ({@code words/sport-cues.txt}). */
    static boolean sportText(Tokens t) {
        for (int i = 0; i < t.size; i++) if (SPORT_CUES.contains(t.lower(i))) return true;
        return false;
    }

    /** A line of results or a table: names, each followed by one or more numbers, and nothing else. */
    private static final Pattern RESULT_LINE = Pattern.compile("(?:\\s*(?:\\p{Lu}[\\p{L}.'&-]*|and|de|of)(?:\\s+(?:\\p{Lu}[\\p{L}.'&-]*|and|de|of))*"
            + "(?:\\s+\\d{1,3}){1,12})+\\s*");

    /**
     * Switch {@code ResultLine}: a line of results ("Leeds 0 Sheffield Wednesday 2") or of a league table ("Newcastle 3
     * 2 1 0 6 2 7") names teams: each place on a line made only of names followed by numbers is a team — when the line
     * holds two names and scores, or one name and three numbers, and the text reports sport ({@code words/sport-cues.txt};
     * a table of temperatures is no such line's text).
     */
    private static void resultLines(Tokens t, List<Cand> cands, Set<String> teams) {
        if (!sportText(t)) return;
        for (Cand c : cands) {
            if (c.type != EntityType.PLACE || c.demonym || c.cb >= 0) continue;
            int from = t.text.lastIndexOf('\n', t.begin[c.s]) + 1, to = t.text.indexOf('\n', t.end[c.e - 1]);
            String line = t.text.substring(from, to < 0 ? t.text.length() : to);
            if (line.length() > 200 || !RESULT_LINE.matcher(line).matches()) continue;
            int pairs = 0, numbers = 0;   // name runs each followed by numbers; the numbers after the last name
            boolean inNumbers = false;
            for (String w : line.trim().split("\\s+")) {
                boolean number = Character.isDigit(w.charAt(0));
                if (number && !inNumbers) { pairs++; numbers = 0; }
                if (number) numbers++;
                inNumbers = number;
            }
            if (pairs >= 2 || pairs == 1 && numbers >= 3) teams.add(c.name);
        }
    }

    /** The token before {@code i} in its sentence that is no part of a score ("2 - 1"), from {@code j} back; or -1. */
    private static int skipScores(Tokens t, int j, int i) {
        while (j >= 0 && t.sentence[j] == t.sentence[i] && (SCORE.matcher(t.word[j]).matches()
                || j > 0 && (t.word[j].equals("-") || t.word[j].equals("–")) && SCORE.matcher(t.word[j - 1]).matches())) j--;
        return j >= 0 && t.sentence[j] == t.sentence[i] ? j : -1;
    }

    /** The first token of an opponent cue ending at {@code j} (a hyphenated one is three tokens: "hat - trick"), or -1. */
    private static int cueStart(Tokens t, int j) {
        if (j < 0) return -1;
        if (OPPONENT_CUES.contains(t.lower(j))) return j;
        return j >= 2 && t.word[j - 1].equals("-") && OPPONENT_CUES.contains(t.lower(j - 2) + "-" + t.lower(j)) ? j - 2 : -1;
    }

    /** A sport role at {@code i}: "striker", or "full-back" written as one word (three tokens). */
    private static boolean isRole(Tokens t, int i) { return SPORT_ROLES.contains(t.word[i]) || SPORT_ROLES.contains(t.hyphenated(i)); }

    private static void team(Cand c, Set<String> teams) {
        if (c.type == EntityType.PLACE && !c.demonym) teams.add(c.name);
    }
}
