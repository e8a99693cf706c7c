package org.newsgraph.link;

import java.util.Objects;

/**
 * The text of the article an entity comes from, shared by all requests of one article ({@link LinkRequest#article}),
 * for the rules that read the article rather than its entities: the sports frame ({@link SportsFrame}, computed once
 * per article) and the fuller names of an organisation written in the text ({@link TextForms}).
 *
 * <pre>
 *   ArticleText a = new ArticleText("Tonga beat Samoa 19-15 at the Rugby World Cup ...");
 *   a.sports().on();   // true
 * </pre>
 */
public final class ArticleText {
    private final String text;
    private volatile SportsFrame sports;
    private volatile String lower;
    private final java.util.Map<String, java.util.List<String>> longer = new java.util.concurrent.ConcurrentHashMap<>();

    public ArticleText(String text) { this.text = Objects.requireNonNull(text, "text"); }

    public String text() { return text; }

    /** Whether the article writes a word of college sport ({@link LeagueTeams#college}; computed on first use). */
    public boolean college() {
        Boolean c = college;
        if (c == null) college = c = LeagueTeams.college(text);
        return c;
    }

    private volatile Boolean college;

    /** The article's sports frame (computed on first use). */
    public SportsFrame sports() {
        SportsFrame s = sports;
        if (s == null) sports = s = SportsFrame.of(text);
        return s;
    }

    /** Whether a word of the text starts with {@code prefix} (lower case): "football" finds "footballer", "footballing". */
    public boolean hasWordStarting(String prefix) {
        String l = lower;
        if (l == null) lower = l = text.toLowerCase(java.util.Locale.ROOT);
        for (int i = l.indexOf(prefix); i >= 0; i = l.indexOf(prefix, i + 1))
            if (i == 0 || !Character.isLetterOrDigit(l.charAt(i - 1))) return true;
        return false;
    }

    /**
     * Where {@code name} stands in {@code text} as a whole word — no letter or digit right before or after it — in
     * text order: the start offsets. Rules that read what is written next to a name look there.
     */
    public static java.util.List<Integer> wholeWordStarts(String text, String name) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        if (name.isEmpty()) return out;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            int end = i + name.length();
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) || end < text.length() && Character.isLetterOrDigit(text.charAt(end)))
                continue;
            out.add(i);
        }
        return out;
    }

    /**
     * Whether a name in capitals ("VOLVO") stands only in lines written in capitals (a wire slug or headline: "GOLF -
     * LEADING SCORES AT VOLVO MASTERS."), while the text also writes it as a word ("the Volvo Masters"): there its
     * capitals are the headline's typography, not the way the name is spelt.
     */
    public boolean capitalsOnlyInHeadlines(String caps, String word) {
        java.util.List<Integer> at = wholeWordStarts(text, caps);
        if (at.isEmpty() || wholeWordStarts(text, word).isEmpty()) return false;
        for (int i : at) {
            int from = text.lastIndexOf('\n', i) + 1, to = text.indexOf('\n', i);
            String line = text.substring(from, to < 0 ? text.length() : to);
            if (!line.chars().noneMatch(Character::isLowerCase)) return false;
        }
        return true;
    }

    private static final java.util.regex.Pattern BUSINESS = java.util.regex.Pattern.compile("\\b(?:"
            + String.join("|", TsvTable.rows("business-cues.tsv").stream().map(r -> java.util.regex.Pattern.quote(r[0].strip())).toList())
            + ")\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private volatile Boolean business;

    /** Whether the text reports on companies: it holds a word of business writing ({@code business-cues.tsv}: shares, profit …). */
    public boolean business() {
        Boolean b = business;
        if (b == null) business = b = BUSINESS.matcher(text).find();
        return b;
    }

    private volatile java.util.Set<String> demonymCountries;

    /**
     * The countries whose demonym the text writes ("Georgian President" → Georgia), as the gazetteer names them
     * ({@link DemonymPlaces#country}); computed once per article.
     */
    public java.util.Set<String> demonymCountries() {
        java.util.Set<String> d = demonymCountries;
        if (d == null) {
            java.util.Set<String> found = new java.util.HashSet<>();
            java.util.regex.Matcher m = CAPITALISED_WORD.matcher(text);
            while (m.find()) DemonymPlaces.country(m.group()).ifPresent(found::add);
            demonymCountries = d = java.util.Set.copyOf(found);
        }
        return d;
    }

    private static final java.util.regex.Pattern SURNAME_AFTER_HONORIFIC = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:" + NameForms.SURNAME_HONORIFICS + ")\\.?\\s+(\\p{Lu}[\\p{L}'-]*)(?![\\p{L}\\p{N}])");
    private volatile java.util.Set<String> honorificSurnames;

    /**
     * The one-word names the text writes after an honorific that takes a surname ("Mr Blair", "Dr. Bose", "Mrs Cook"):
     * surnames, for the linker's rule {@code honorificsurname}; computed once per article.
     */
    public java.util.Set<String> honorificSurnames() {
        java.util.Set<String> h = honorificSurnames;
        if (h == null) {
            java.util.Set<String> found = new java.util.HashSet<>();
            java.util.regex.Matcher m = SURNAME_AFTER_HONORIFIC.matcher(text);
            while (m.find()) found.add(m.group(1));
            honorificSurnames = h = java.util.Set.copyOf(found);
        }
        return h;
    }

    private volatile java.util.Set<String> titledNames;

    /** The one-word names the text writes right after a title ("Governor George"; {@link TitledNames#of}), once per article. */
    public java.util.Set<String> titledNames() {
        java.util.Set<String> t = titledNames;
        if (t == null) titledNames = t = java.util.Set.copyOf(TitledNames.of(text));
        return t;
    }

    private static final java.util.regex.Pattern CAPITALISED_WORD = java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\b");

    private final java.util.Map<String, Boolean> datelineOnly = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether {@code name} is written only in the article's dateline ({@link Datelines#onlyInDateline}), once per name. */
    public boolean onlyInDateline(String name) { return datelineOnly.computeIfAbsent(name, n -> Datelines.onlyInDateline(n, text)); }

    /** The longer names written around {@code name} in the text ({@link TextForms#longerNames}), computed once per name. */
    public java.util.List<String> longerNames(String name) { return longer.computeIfAbsent(name, n -> TextForms.longerNames(n, text)); }
}
