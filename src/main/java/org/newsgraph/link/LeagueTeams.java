package org.newsgraph.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule {@code leagueteams}: league sports writing names a team by its city, state or suburb — "CLEVELAND 5 Boston 3",
 * "Chicago won their 10th straight game", "Green Bay beat Philadelphia", "Port were beaten" — or by its nickname ("the
 * Orioles beat Oakland"), and neither is the team's name in the WikiDict: "Houston" is the city (or a college team),
 * "Orioles" a band. In a report on a sport of {@code league-teams.tsv} ({@link SportsFrame}: the MLB, NBA, NHL and NFL,
 * Australian football and rugby league), an ORGANIZATION named like a team of that sport is looked up under the team's name, and the
 * team's title restricts the candidates (full context evidence). Not in a report that writes a word of college sport
 * ({@code college-sports.tsv}: "NCAA", "college", "Final Four"): there "Miami" and "Houston" are universities' teams.
 *
 * <p>A city with two teams in one sport (New York's Yankees and Mets) is decided by the article: the team whose
 * nickname it writes, and else, for baseball, the league of the section the city is written in ("American League" /
 * "National League" header lines of a results list). Where neither decides, the rule says nothing. A team that moved or
 * was renamed is read for the article's date ("Houston" of 1996 football is the Oilers, of 2010 the Texans); without a
 * date the current team, or the former one when no current team bears the name ("Hartford": the Whalers).
 *
 * <pre>
 *   LinkRequest r = LinkRequest.of("Cleveland", EntityType.ORGANIZATION).withArticle(new ArticleText(baseballResults));
 *   // → Cleveland_Indians
 * </pre>
 */
public final class LeagueTeams implements ArticleRule {
    static final LeagueTeams INSTANCE = new LeagueTeams();

    record Team(String sport, String league, List<String> places, List<String> nicknames, String title, int from, int to) {
        boolean heldIn(int year) { return year < 0 ? to == Integer.MAX_VALUE : from <= year && year <= to; }
    }

    private static final List<Team> TEAMS = load();
    private static final Set<String> TITLES = new java.util.HashSet<>();
    private static final Set<String> SPORTS = new java.util.HashSet<>();
    static {
        for (Team t : TEAMS) {
            TITLES.add(t.title);
            SPORTS.add(t.sport);
        }
    }
    /** A header line of baseball's two leagues ("American League", "NATIONAL LEAGUE EASTERN DIVISION"). */
    private static final Pattern LEAGUE_HEADER = Pattern.compile("(?im)^[ \\t]*(american|national) league\\b[^\\n.]{0,40}$");

    /** Words of college sport ({@code college-sports.tsv}), as one pattern of whole words. */
    private static final Pattern COLLEGE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|",
            TsvTable.rows("college-sports.tsv").stream().map(r -> Pattern.quote(r[0].strip())).toList()) + ")(?![\\p{L}\\p{N}])");

    private LeagueTeams() {}

    private static List<Team> load() {
        List<Team> out = new ArrayList<>();
        for (String[] f : TsvTable.rows("league-teams.tsv")) {
            if (f.length < 5) throw new IllegalStateException("league-teams.tsv: five columns or six expected: " + String.join("\t", f));
            int from = Integer.MIN_VALUE, to = Integer.MAX_VALUE;
            if (f.length > 5 && !f[5].isBlank()) {
                String[] y = f[5].strip().split("-", -1);
                if (!y[0].isEmpty()) from = Integer.parseInt(y[0]);
                if (y.length > 1 && !y[1].isEmpty()) to = Integer.parseInt(y[1]);
            }
            out.add(new Team(f[0].strip(), f[1].strip(), keys(f[2]), keys(f[3]), f[4].strip(), from, to));
        }
        return List.copyOf(out);
    }

    private static List<String> keys(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split("\\|")) if (!s.isBlank()) out.add(key(s));
        return out;
    }

    /** A name as the table compares it: lower case, without dots ("ST LOUIS", "St. Louis" → "st louis"). */
    private static String key(String name) { return name.strip().replace(".", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT); }

    /** True when the text writes a word of college sport ("NCAA", "college", "Final Four"). */
    static boolean college(String text) { return COLLEGE.matcher(text.toLowerCase(Locale.ROOT)).find(); }

    /** True when the title is a team of the table (an organisation, a sports team). */
    static boolean isTeamTitle(String title) { return TITLES.contains(title); }

    @Override
    public String name() { return "leagueteams"; }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.ORGANIZATION || req.article() == null || name.isEmpty() || !Character.isUpperCase(name.charAt(0)))
            return Evidence.NONE;
        String sport = req.article().sports().sport();
        if (sport == null || !SPORTS.contains(sport) || req.article().college()) return Evidence.NONE;
        String title = team(sport, name, req.article().text(), req.date() == null ? -1 : req.date().getYear());
        if (title == null) return Evidence.NONE;
        return Evidence.restricting(List.of(new Form(Surfaces.titleText(title), 1.0)), t -> t.equals(title) ? 1.0 : 0);
    }

    /** The title of the team of {@code sport} the text means by {@code name}, or null when none or no single one. */
    static String team(String sport, String name, String text, int year) {
        String k = key(name);
        List<Team> found = new ArrayList<>();
        for (Team t : TEAMS)
            if (t.sport.equals(sport) && (t.places.contains(k) || t.nicknames.contains(k)) && t.heldIn(year)) found.add(t);
        // without a date, a name no current team bears is a former one's ("HARTFORD" of an ice hockey table: the Whalers)
        if (found.isEmpty() && year < 0)
            for (Team t : TEAMS) if (t.sport.equals(sport) && (t.places.contains(k) || t.nicknames.contains(k))) found.add(t);
        if (distinct(found).size() > 1) narrow(found, t -> nicknameWritten(t, text));
        if (distinct(found).size() > 1 && sport.equals("baseball")) {
            Set<String> leagues = sectionLeagues(name, text);
            if (leagues.size() == 1) narrow(found, t -> leagues.contains(t.league));
        }
        Set<String> titles = distinct(found);
        return titles.size() == 1 ? titles.iterator().next() : null;
    }

    /** Keeps the teams that pass, when any does. */
    private static void narrow(List<Team> teams, java.util.function.Predicate<Team> keep) {
        if (teams.stream().anyMatch(keep)) teams.removeIf(keep.negate());
    }

    /**
     * The title of the one team of {@code sport} the place {@code name} may stand for, when the text writes that team's
     * nickname ("Sydney" in a story on the Swans), or null ({@link LeaguePlaces}).
     */
    static String teamByNickname(String sport, String name, String text, int year) {
        String k = key(name);
        List<Team> found = new ArrayList<>();
        for (Team t : TEAMS)
            if (t.sport.equals(sport) && t.places.contains(k) && (year < 0 || t.heldIn(year)) && nicknameWritten(t, text)) found.add(t);
        Set<String> titles = distinct(found);
        return titles.size() == 1 ? titles.iterator().next() : null;
    }

    private static Set<String> distinct(List<Team> teams) {
        Set<String> out = new LinkedHashSet<>();
        for (Team t : teams) out.add(t.title);
        return out;
    }

    /** Whether the text writes one of the team's nicknames as a name ("Yankees", "YANKEES"). */
    private static boolean nicknameWritten(Team t, String text) {
        for (String n : t.nicknames) {
            String written = NameForms.titleCase(n);
            if (!ArticleText.wholeWordStarts(text, written).isEmpty() || !ArticleText.wholeWordStarts(text, n.toUpperCase(Locale.ROOT)).isEmpty())
                return true;
        }
        return false;
    }

    /**
     * The baseball leagues ("AL", "NL") of the sections the name is written in: for each place the text writes it
     * (in any case), the league of the last header line before it. Places before the first header (a dateline) count
     * for none.
     */
    private static Set<String> sectionLeagues(String name, String text) {
        List<int[]> headers = new ArrayList<>();   // offset, 0 = AL, 1 = NL
        Matcher m = LEAGUE_HEADER.matcher(text);
        while (m.find()) headers.add(new int[] {m.start(), m.group(1).equalsIgnoreCase("american") ? 0 : 1});
        Set<String> out = new LinkedHashSet<>();
        if (headers.isEmpty()) return out;
        Matcher w = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        while (w.find()) {
            int league = -1;
            for (int[] h : headers) if (h[0] < w.start()) league = h[1];
            if (league >= 0) out.add(league == 0 ? "AL" : "NL");
        }
        return out;
    }
}
