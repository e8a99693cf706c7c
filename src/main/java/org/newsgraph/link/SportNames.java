package org.newsgraph.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule {@code sportnames}: US sports writing names a school's or city's team by the school and the sport — "Alabama
 * football", "the Alabama versus Florida State football game", "Duke basketball coach" — and Wikipedia titles such a
 * team the same way ({@code Alabama_Crimson_Tide_football}). A name the text writes right before a sport word of
 * {@code team-sports.tsv}, or in "X versus/vs./v. Y" right before one, is also looked up as "name sport" at full
 * weight, and a team title of that sport starting with the name gets full context evidence. Such a title is a sports
 * team ({@link TitleTypes#isSportsTeam}), so a school NER took for a place becomes the team ({@code teamsasplaces}).
 *
 * <pre>
 *   SportNames.sportAfter("Florida State", "… the Alabama versus Florida State football game …");   // "football"
 * </pre>
 */
public final class SportNames implements ArticleRule {
    static final SportNames INSTANCE = new SportNames();

    private static final Map<String, String> SPORTS = new LinkedHashMap<>();
    static {
        for (String[] f : TsvTable.rows("team-sports.tsv")) SPORTS.put(f[0].strip(), f[1].strip());
    }
    private static final Pattern SPORT = Pattern.compile("(" + String.join("|", SPORTS.keySet()) + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSUS_NAME = Pattern.compile(" (?:versus|vs\\.?|v\\.?) \\p{Lu}[\\p{L}.'&-]*(?: \\p{Lu}[\\p{L}.'&-]*)*+ ");

    private SportNames() {}

    @Override
    public String name() { return "sportnames"; }

    /** The sport word the text writes right after {@code name}, or after "name versus Other", or null. */
    static String sportAfter(String name, String text) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            int end = i + name.length();
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) continue;
            Matcher v = VERSUS_NAME.matcher(text).region(end, text.length());
            int at = v.lookingAt() ? v.end() : end + 1;
            if (at > end + 1 || end < text.length() && text.charAt(end) == ' ') {
                Matcher s = SPORT.matcher(text).region(Math.min(at, text.length()), text.length());
                if (s.lookingAt()) return s.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() == EntityType.PERSON || req.article() == null || name.isEmpty()
                || !req.article().hasWordStarting(name.toLowerCase(Locale.ROOT))) return Evidence.NONE;
        String sport = sportAfter(name, req.article().text());
        if (sport == null) return Evidence.NONE;
        String ending = "_" + SPORTS.get(sport), start = name.replace(' ', '_') + "_";
        return Evidence.of(List.of(new Form(name + " " + sport, 1.0)),
                title -> title.startsWith(start) && title.endsWith(ending) && TitleTypes.isSportsTeam(title) ? 1.0 : 0);
    }
}
