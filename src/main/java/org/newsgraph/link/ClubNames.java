package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Rule {@code clubnames}: football writing names a club by its town alone — "Arsenal 2 Leicester 0", "Newcastle beat
 * Wimbledon", "Ajax beat Groningen" — and a story that never writes the club's full name leaves nothing to find it
 * under: the WikiDict's "Leicester" is the city and the county, never {@code Leicester_City_F.C.}. In a football report
 * ({@link SportsFrame}), an ORGANIZATION of one or two words whose most likely title is a place or a club (not a
 * nickname such as "Eagles" or "Power") is also looked up with each club word after it ({@code club-words.tsv}:
 * "Leicester City", "Newcastle United", "Derby County"), with "F.C." or "A.F.C." after it and "FC" before it ("FC
 * Groningen"); the name's own best title counts too ("Sunderland"). A club title ({@link TitleTypes#isSportsTeam})
 * found so whose name starts or ends with the town gets full context evidence — when it is the only one, or more than
 * twice as popular as every other ("Manchester City" and "Manchester United": neither).
 *
 * <pre>
 *   LinkRequest r = LinkRequest.of("Leicester", EntityType.ORGANIZATION).withArticle(new ArticleText(resultsReport));
 *   // → Leicester_City_F.C.
 * </pre>
 */
public final class ClubNames implements ArticleRule {
    static final ClubNames INSTANCE = new ClubNames();

    /** Words that end a club's name after its town ("City", "United", "Rovers" …). */
    static final List<String> CLUB_WORDS = TsvTable.rows("club-words.tsv").stream().map(f -> f[0].strip()).toList();
    private static final Set<String> CLUB_WORD_SET = Set.copyOf(CLUB_WORDS);

    private ClubNames() {}

    @Override
    public String name() { return "clubnames"; }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.ORGANIZATION || req.article() == null || !"football".equals(req.article().sports().sport()))
            return Evidence.NONE;
        String[] words = name.split(" ");
        if (words.length > 2 || name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || NameMatch.acronym(name)
                || CLUB_WORD_SET.contains(words[words.length - 1])) return Evidence.NONE;
        List<WikiDictIndex.Candidate> own = index.candidates(name);   // a town's name ("Leicester"), not "Eagles" or "Power"
        // the title the name, as written, most often links to
        WikiDictIndex.Candidate first = own.stream().max(java.util.Comparator.comparingDouble(WikiDictIndex.Candidate::exactPrior)).orElse(null);
        // a town, or a name whose anchors say nothing surer but that a town bears ("Freiburg" → Freiburg_im_Breisgau,
        // typed by nothing, and Freiburg,_Lower_Saxony); not "Eagles", "Power", "Atletico"
        if (first == null || !TitleTypes.isSportsTeam(first.title()) && !first.type().isPlace()
                && !(first.type() == TitleType.OTHER || first.type() == TitleType.UNKNOWN) || !townName(own, name)) return Evidence.NONE;
        List<String> surfaces = new ArrayList<>();
        for (String w : CLUB_WORDS) surfaces.add(name + " " + w);
        surfaces.addAll(List.of(name + " F.C.", name + " A.F.C.", "FC " + name, name));   // and the name's own clubs
        surfaces.addAll(ClubAffixes.forms(name));   // "SC Freiburg", "AJ Auxerre", "Vicenza Calcio", "Hamburger SV"
        String[] town = NameMatch.fold(name).split(" ");
        Map<String, WikiDictIndex.Candidate> clubs = new LinkedHashMap<>();
        Map<String, String> forms = new HashMap<>();
        for (String s : surfaces) {
            List<WikiDictIndex.Candidate> cs = index.candidates(s);
            if (cs.isEmpty()) continue;
            WikiDictIndex.Candidate top = cs.get(0);
            for (WikiDictIndex.Candidate c : cs) if (c.exactPrior() > top.exactPrior()) top = c;
            if (!TitleTypes.isSportsTeam(top.title()) || !namesTown(top, town) || clubs.containsKey(top.title())) continue;
            clubs.put(top.title(), top);
            forms.put(top.title(), s);
        }
        String club = choose(clubs.values(), town);
        if (club == null) return Evidence.NONE;
        return Evidence.of(List.of(new Form(forms.get(club), 1.0)), title -> title.equals(club) ? 1.0 : 0);
    }

    /**
     * The club a bare town stands for: the one named by the town and a club's abbreviation alone ("VfB Stuttgart", "SC
     * Freiburg", "Hamburger SV") unless a club with a word of its own ("Stuttgarter Kickers", "Dundee United") is more
     * than twice as well known; else the club more than twice as well known (by its count of anchor texts) as every
     * other ("Leicester City"); else none ("Manchester City" and "Manchester United", "Sheffield Wednesday" and
     * "Sheffield United").
     */
    static String choose(java.util.Collection<WikiDictIndex.Candidate> clubs, String[] town) {
        WikiDictIndex.Candidate pure = null, pureOther = null, named = null;
        for (WikiDictIndex.Candidate c : clubs) {
            if (plain(c.title(), town)) {
                if (pure == null || c.popularity() > pure.popularity()) { pureOther = pure; pure = c; }
                else if (pureOther == null || c.popularity() > pureOther.popularity()) pureOther = c;
            } else if (named == null || c.popularity() > named.popularity()) named = c;
        }
        if (pure != null && (pureOther == null || pure.popularity() > 2 * pureOther.popularity())
                && (named == null || 2 * pure.popularity() >= named.popularity())) return pure.title();
        WikiDictIndex.Candidate best = null;
        int other = 0;
        for (WikiDictIndex.Candidate c : clubs)
            if (best == null || c.popularity() > best.popularity()) { if (best != null) other = Math.max(other, best.popularity()); best = c; }
            else other = Math.max(other, c.popularity());
        return best != null && best.popularity() > 2 * other ? best.title() : null;
    }

    /** Whether the name's own best title is a town, or one of its titles is a town of that name ("Freiburg,_Lower_Saxony"). */
    private static boolean townName(List<WikiDictIndex.Candidate> own, String name) {
        WikiDictIndex.Candidate first = own.stream().max(java.util.Comparator.comparingDouble(WikiDictIndex.Candidate::exactPrior)).orElseThrow();
        if (first.type().isPlace() || TitleTypes.isSportsTeam(first.title())) return true;
        for (WikiDictIndex.Candidate c : own)
            if (c.type().isPlace() && Surfaces.titleBase(c.title()).equals(name)) return true;
        return false;
    }

    /** Whether the club's title is its town and abbreviations only: "VfB_Stuttgart", "Dundee_F.C.", "Bologna_F.C._1909". */
    private static boolean plain(String title, String[] town) {
        for (String w : Surfaces.titleText(title).split(" ")) {
            String f = NameMatch.fold(w);
            boolean townWord = false;
            for (String t : town) townWord |= f.startsWith(t);
            if (townWord) continue;
            boolean abbreviation = w.length() <= 5 && w.chars().skip(1).anyMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch) || ch == '.')
                    || w.chars().allMatch(Character::isDigit);
            if (!abbreviation) return false;
        }
        return true;
    }

    /**
     * Whether a club title names the town: a word of it starts with the town's name, accents aside ("Hamburger SV",
     * "Deportivo de La Coruña"), or the club's form is, as written, an anchor of that club only ("FC Cologne" →
     * {@code 1._FC_Köln}).
     */
    private static boolean namesTown(WikiDictIndex.Candidate club, String[] town) {
        if (club.exactPrior() >= 0.95f) return true;
        String[] words = NameMatch.fold(Surfaces.titleText(club.title())).split(" ");
        for (String t : town) {
            boolean found = false;
            for (String w : words) found |= w.startsWith(t);
            if (!found) return false;
        }
        return true;
    }

    /** The club words, for the other team rules ({@link LinkingResolver}). */
    static Set<String> clubWords() { return CLUB_WORD_SET; }
}
