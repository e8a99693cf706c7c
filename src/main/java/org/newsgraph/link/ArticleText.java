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
    private final java.util.Map<String, java.util.List<String>> longer = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A value of the text computed on first use. The text never changes, so two threads that race compute the same
     * value and either may be kept.
     */
    private static final class Once<T> {
        private final java.util.function.Function<String, T> compute;
        private volatile T value;

        Once(java.util.function.Function<String, T> compute) { this.compute = compute; }

        T get(String text) {
            T v = value;
            if (v == null) value = v = compute.apply(text);
            return v;
        }
    }

    private final Once<SportsFrame> sports = new Once<>(SportsFrame::of);
    private final Once<Boolean> college = new Once<>(LeagueTeams::college);
    private final Once<String> lower = new Once<>(t -> t.toLowerCase(java.util.Locale.ROOT));
    private final Once<Boolean> business = new Once<>(t -> BUSINESS.matcher(t).find());
    private final Once<java.util.Set<String>> demonymCountries = new Once<>(t -> {
        java.util.Set<String> found = new java.util.HashSet<>();
        java.util.regex.Matcher m = CAPITALISED_WORD.matcher(t);
        while (m.find()) DemonymPlaces.country(m.group()).ifPresent(found::add);
        return java.util.Set.copyOf(found);
    });
    private final Once<java.util.Set<String>> honorificSurnames = new Once<>(t -> {
        java.util.Set<String> found = new java.util.HashSet<>();
        java.util.regex.Matcher m = SURNAME_AFTER_HONORIFIC.matcher(t);
        while (m.find()) found.add(m.group(1));
        return java.util.Set.copyOf(found);
    });
    private final Once<java.util.Set<String>> titledNames = new Once<>(t -> java.util.Set.copyOf(TitledNames.of(t)));

    public ArticleText(String text) { this.text = Objects.requireNonNull(text, "text"); }

    public String text() { return text; }

    /** Whether the article writes a word of college sport ({@link LeagueTeams#college}; computed on first use). */
    public boolean college() { return college.get(text); }

    /** The article's sports frame (computed on first use). */
    public SportsFrame sports() { return sports.get(text); }

    /** Whether a word of the text starts with {@code prefix} (lower case): "football" finds "footballer", "footballing". */
    public boolean hasWordStarting(String prefix) {
        String l = lower.get(text);
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

    /** Whether the text reports on companies: it holds a word of business writing ({@code business-cues.tsv}: shares, profit …). */
    public boolean business() { return business.get(text); }

    /**
     * The countries whose demonym the text writes ("Georgian President" → Georgia), as the gazetteer names them
     * ({@link DemonymPlaces#country}); computed once per article.
     */
    public java.util.Set<String> demonymCountries() { return demonymCountries.get(text); }

    private static final java.util.regex.Pattern SURNAME_AFTER_HONORIFIC = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:" + NameForms.SURNAME_HONORIFICS + ")\\.?\\s+(\\p{Lu}[\\p{L}'-]*)(?![\\p{L}\\p{N}])");

    /**
     * The one-word names the text writes after an honorific that takes a surname ("Mr Blair", "Dr. Bose", "Mrs Cook"):
     * surnames, for the linker's rule {@code honorificsurname}; computed once per article.
     */
    public java.util.Set<String> honorificSurnames() { return honorificSurnames.get(text); }

    /** The one-word names the text writes right after a title ("Governor George"; {@link TitledNames#of}), once per article. */
    public java.util.Set<String> titledNames() { return titledNames.get(text); }

    private static final java.util.regex.Pattern CAPITALISED_WORD = java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\b");

    private final java.util.Map<String, Boolean> datelineOnly = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether {@code name} is written only in the article's dateline ({@link Datelines#onlyInDateline}), once per name. */
    public boolean onlyInDateline(String name) { return datelineOnly.computeIfAbsent(name, n -> Datelines.onlyInDateline(n, text)); }

    /** The longer names written around {@code name} in the text ({@link TextForms#longerNames}), computed once per name. */
    public java.util.List<String> longerNames(String name) { return longer.computeIfAbsent(name, n -> TextForms.longerNames(n, text)); }
}
