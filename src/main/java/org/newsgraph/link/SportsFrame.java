package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an article is about sport, and which sport, from cue words in its text (table {@code sports.tsv}: per sport
 * the title form of its national teams and its cue words; the {@code generic} row holds words of any sport — match,
 * coach, season, "won against" — and a score such as "2-0" or "30-25" counts as one). Sports writing names teams by
 * their place ("England beat Samoa", "Newcastle won at Cardiff"), so in a sports frame an organisation named like a
 * place is likely its team ({@link SportsTeams}).
 *
 * <p>The frame is on when the cues are dense enough: a sport's own cue counts 2, a generic cue 1, and the article needs
 * one point per 300 characters of text, at least 2 and at most 4 points. Its sport is the one with the most own cues,
 * association football when only generic cues were seen.
 *
 * <pre>
 *   SportsFrame f = SportsFrame.of(text);
 *   if (f.on()) f.nationalTeam("England");   // "England national rugby union team" in a rugby article
 * </pre>
 */
public final class SportsFrame {
    private record Sport(String name, String teamForm, Pattern cues) {}

    private static final List<Sport> SPORTS = load();
    private static final Pattern SCORE = Pattern.compile("(?<![\\d./:-])\\d{1,2}\\s?[-–]\\s?\\d{1,2}(?![\\d./:%-])");
    private static final SportsFrame OFF = new SportsFrame(null, 0);

    private final Sport sport;
    private final int points;

    private SportsFrame(Sport sport, int points) {
        this.sport = sport;
        this.points = points;
    }

    /** The frame of a text (off for a text without enough sports cues). */
    public static SportsFrame of(String text) {
        if (text == null || text.isEmpty()) return OFF;
        String lower = text.toLowerCase(Locale.ROOT);
        int generic = count(SCORE.matcher(text)), bestOwn = 0, own = 0;
        Sport best = null;
        for (Sport s : SPORTS) {
            int n = count(s.cues.matcher(lower));
            if (s.name.equals("generic")) { generic += n; continue; }
            own += n;
            if (n > bestOwn) { bestOwn = n; best = s; }
        }
        int points = 2 * own + generic;
        int needed = Math.max(2, Math.min(4, (text.length() + 299) / 300));
        if (points < needed) return OFF;
        if (best == null) for (Sport s : SPORTS) if (s.name.equals("football")) best = s;
        return new SportsFrame(best, points);
    }

    /** True when the text is about sport. */
    public boolean on() { return sport != null; }

    /** The sport ("football", "rugby union" …), or null when the frame is off. */
    public String sport() { return sport == null ? null : sport.name; }

    /** The title form of the frame's national team for a country name ("England national rugby union team"), or null. */
    public String nationalTeam(String country) {
        List<String> all = nationalTeams(country);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * Every title form of the frame's national team for a country name, the usual first: Wikipedia names some without
     * "national" ("England cricket team" beside "Australia national cricket team"). Empty when there is none.
     */
    public List<String> nationalTeams(String country) {
        if (sport == null || sport.teamForm == null) return List.of();
        List<String> out = new java.util.ArrayList<>();
        for (String form : sport.teamForm.split("\\|")) out.add(form.replace("{}", country));
        return out;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static List<Sport> load() {
        List<Sport> out = new ArrayList<>();
        for (String[] f : TsvTable.rows("sports.tsv")) {
            StringBuilder alt = new StringBuilder();
            for (String cue : f[2].split("\\|")) {
                if (cue.isBlank()) continue;
                if (alt.length() > 0) alt.append('|');
                String[] not = cue.strip().split(" -", 2);   // "rugby -league": "rugby" not followed by "league"
                alt.append(Pattern.quote(not[0]).replace(" ", "\\E\\s+\\Q"));
                if (not.length > 1) alt.append("(?!\\s+").append(Pattern.quote(not[1])).append(')');
            }
            out.add(new Sport(f[0].strip(), f[1].strip().equals("-") ? null : f[1].strip(),
                    Pattern.compile("(?<![\\p{L}\\d])(?:" + alt + ")(?![\\p{L}\\d])")));
        }
        return List.copyOf(out);
    }
}
