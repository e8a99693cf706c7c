package org.newsgraph.link;

import java.util.ArrayList;
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
        if (first == null || !first.type().isPlace() && !TitleTypes.isSportsTeam(first.title())) return Evidence.NONE;
        List<String> surfaces = new ArrayList<>();
        for (String w : CLUB_WORDS) surfaces.add(name + " " + w);
        surfaces.addAll(List.of(name + " F.C.", name + " A.F.C.", "FC " + name, name));   // and the name's own clubs
        String best = null, form = null;
        int bestPop = 0, otherPop = 0;
        for (String s : surfaces) {
            List<WikiDictIndex.Candidate> cs = index.candidates(s);
            if (cs.isEmpty()) continue;
            WikiDictIndex.Candidate top = cs.get(0);
            for (WikiDictIndex.Candidate c : cs) if (c.exactPrior() > top.exactPrior()) top = c;
            String text = Surfaces.titleText(top.title());
            if (!TitleTypes.isSportsTeam(top.title()) || !(text.startsWith(name + " ") || text.endsWith(" " + name))) continue;
            if (top.title().equals(best)) continue;
            if (top.popularity() > bestPop) {
                otherPop = Math.max(otherPop, bestPop);
                best = top.title();
                bestPop = top.popularity();
                form = s;
            } else otherPop = Math.max(otherPop, top.popularity());
        }
        if (best == null || bestPop <= 2 * otherPop) return Evidence.NONE;
        String club = best;
        return Evidence.of(List.of(new Form(form, 1.0)), title -> title.equals(club) ? 1.0 : 0);
    }

    /** The club words, for the other team rules ({@link LinkingResolver}). */
    static Set<String> clubWords() { return CLUB_WORD_SET; }
}
