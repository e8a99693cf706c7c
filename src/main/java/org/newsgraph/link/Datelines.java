package org.newsgraph.link;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rule {@code datelines}: a dateline names a city. News opens a story, or signs a letter, with the city it was filed
 * from: "WASHINGTON (Reuters) —", "NAIROBI, Kenya, Aug. 11 (UPI) --", "Washington, June 19, 2013". A PLACE whose name
 * starts a line in such a dateline — followed by a date, by a news agency in parentheses, or by a dash, with a region
 * between them allowed — gives full context evidence to its city titles ({@code Washington,_D.C.} rather than the
 * state of Washington). Only the title's own type counts (the title's form or the shipped list: {@link TitleTypes#fromTitle}),
 * and the name's bare title when its form says nothing and its anchors call it a place: Wikipedia's primary topic for
 * a town's name is that town ("Stafford", which the form-typed {@code Stafford,_Connecticut} must not beat).
 * Where a city shares its name with its state or country, the dateline's short name is that city's: "NEW YORK, March
 * 12 -" is looked up as "New York City" too ("KUWAIT", "QUEBEC", "LUXEMBOURG" alike), when that name's title is a city.
 * A region in the dateline decides instead ("TAUNTON, England" is the English town, "CUPERTINO, Calif." is
 * {@code Cupertino,_California}: US and Canadian abbreviations from {@code state-abbreviations.tsv}): the name is looked
 * up with the region too ("Taunton, England"), and only titles of that region get the context.
 *
 * <pre>
 *   Datelines.isDateline("Washington", "…\nWashington, June 19, 2013\n");   // true
 * </pre>
 */
public final class Datelines implements ArticleRule {
    static final Datelines INSTANCE = new Datelines();

    /** The dateline's ending, as NLP reads it too ({@link org.newsgraph.nlp.DatelineEnding}). */
    private static final Pattern DATELINE_END = org.newsgraph.nlp.DatelineEnding.PATTERN;

    private Datelines() {}

    @Override
    public String name() { return "datelines"; }

    /** True when {@code name} (any case) opens a line of {@code text} as a dateline. */
    static boolean isDateline(String name, String text) { return dateline(name, text) != null; }

    /**
     * The dateline {@code name} opens in {@code text}: its region as written ("England", "Calif.", "" when it has
     * none), or null when the name opens no dateline.
     */
    static String dateline(String name, String text) {
        for (int line = 0; line < text.length(); ) {
            int i = line;   // the name, after blanks at the line's start, in any case
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
            if (text.regionMatches(true, i, name, 0, name.length())) {
                java.util.regex.Matcher m = DATELINE_END.matcher(text).region(i + name.length(), text.length());
                if (m.lookingAt()) return m.group(1) == null ? "" : m.group(1).strip();
            }
            int nl = text.indexOf('\n', i);
            if (nl < 0) break;
            line = nl + 1;
        }
        return null;
    }

    /**
     * True when every occurrence of {@code name} (any case, as a whole word) in {@code text} opens a dateline: the
     * story was filed there and says nothing more about the place.
     */
    static boolean onlyInDateline(String name, String text) {
        if (name.isEmpty() || dateline(name, text) == null) return false;
        String lower = text.toLowerCase(java.util.Locale.ROOT), n = name.toLowerCase(java.util.Locale.ROOT);
        for (int i : ArticleText.wholeWordStarts(lower, n)) {
            int lineStart = lower.lastIndexOf('\n', i - 1) + 1;
            if (!lower.substring(lineStart, i).isBlank() || dateline(name, text.substring(lineStart)) == null) return false;
        }
        return true;
    }

    /** True when the mention of {@code name} at {@code begin} opens a dateline ("NEW YORK 1996-09-16"). */
    static boolean opensDateline(String text, int begin, String name) {
        int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
        return text.substring(lineStart, begin).isBlank() && dateline(name, text.substring(lineStart)) != null;
    }

    /** True when {@code name}, in the case written, occurs as a whole word anywhere but at the start of a dateline. */
    static boolean writtenOutsideDateline(String name, String text) {
        for (int i : ArticleText.wholeWordStarts(text, name)) {
            int lineStart = text.lastIndexOf('\n', i - 1) + 1;
            if (!text.substring(lineStart, i).isBlank() || dateline(name, text.substring(lineStart)) == null) return true;
        }
        return false;
    }

    /** The region's name as Wikipedia writes it after a town's comma: "Calif." → "California", "England" stays. */
    static String regionName(String region) {
        String full = StateAbbreviations.expand(region);
        return full != null ? full : region;
    }

    /**
     * A dateline's region, which decides between places of one name: "TAUNTON, England" is not
     * {@code Taunton,_Massachusetts}. A title "Town,_Region…" fits when its part after the comma is the region; a bare
     * title fits when the region is a country or a region NLP's gazetteer knows (a town's own page is its primary
     * topic there), but not a US state or Canadian province: Wikipedia qualifies nearly every town there
     * ({@code Athens,_Georgia}), so the bare {@code Athens} is another place. {@code name} is as Wikipedia writes it ("California" for "Calif.").
     */
    record Region(String name, boolean known) {
        static Region of(String asWritten) {
            String full = regionName(asWritten);
            // Wikipedia names nearly every US and Canadian town "Town,_State": a bare title there is another place's
            return new Region(full, org.newsgraph.nlp.Gazetteer.standard().byName(full).isPresent()
                    && !StateAbbreviations.isState(full));
        }

        double fit(String title) {
            String want = name.replace(' ', '_');
            int comma = title.indexOf(",_");
            if (comma > 0) {
                String rest = title.substring(comma + 2);
                return rest.equals(want) || rest.startsWith(want + ",_") || rest.endsWith(",_" + want) ? 1.0 : 0;
            }
            if (title.endsWith("_(" + want + ")")) return 1.0;   // "Victoria_(Australia)", "Punjab_(India)"
            return title.indexOf("_(") < 0 && known ? 1.0 : 0;
        }

        /**
         * The fit of a candidate of the town {@code town} written with this region: a bare title only when it is the
         * town's own name ({@code Lake_Victoria} is no title of "Victoria, Australia"), and the title the WikiDict
         * gives the written "Town, Region" ({@code formTitle}, may be null) always.
         */
        double fit(String title, String town, String formTitle) {
            if (title.equals(formTitle)) return 1.0;
            if (title.indexOf(",_") < 0 && title.indexOf("_(") < 0
                    && !Surfaces.normalize(title.replace('_', ' ')).equals(Surfaces.normalize(town))) return 0;
            return fit(title);
        }

        /** Evidence for the candidates of {@code town} written with this region, restricting them to the region's. */
        ArticleRule.Evidence evidence(String town, WikiDictIndex index) {
            String form = town + ", " + name;
            String formTitle = index.exactTitle(form);
            return ArticleRule.Evidence.restricting(List.of(new Form(form, 1.0, true)), t -> fit(t, town, formTitle));
        }
    }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.PLACE || req.article() == null || name.isEmpty()) return Evidence.NONE;
        if (!req.article().hasWordStarting(name.toLowerCase(java.util.Locale.ROOT))) return Evidence.NONE;
        String region = dateline(name, req.article().text());
        if (region == null) return Evidence.NONE;
        if (!region.isEmpty()) {   // "TAUNTON, England (Reuters)", "CUPERTINO, Calif. (AP)": the region decides
            return Region.of(region).evidence(name, index);
        }
        // "NEW YORK, March 12 -": a dateline names the city where a state or country shares its name ("New York City",
        // "Kuwait City", "Quebec City", "Luxembourg City"), so that city's own name is looked up too, as a name. But a
        // country's name written in the story ("Kuwait's oil minister said") is the country: only the dateline is the city.
        String written = NameForms.isAllCaps(name) ? NameForms.titleCaseWords(name) : name;   // "KUWAIT" → "Kuwait"
        if (TitleTypes.isCountryName(written) && writtenOutsideDateline(name, req.article().text())) return Evidence.NONE;
        String city = written + " City";
        String cityTitle = index.exactTitle(city);
        // the title must be that city's own ("Kuwait_City", "Kansas_City,_Missouri"): an anchor "Charlotte City" of
        // Charlotte, Michigan does not make a bare "Charlotte" dateline that town
        List<Form> forms = cityTitle != null && TitleTypes.fromTitle(cityTitle) == TitleType.CITY && Surfaces.titleBase(cityTitle).equals(city)
                ? List.of(new Form(city, 1.0, true)) : List.of();
        // the town's bare title is Wikipedia's primary topic for its name ("Stafford", not Stafford,_Connecticut): a
        // city too when its anchors call it a place and its own form says nothing else (the state "Washington" does)
        String bare = written.replace(' ', '_');
        int bareId = index.titleId(bare);
        boolean bareTown = bareId >= 0 && TitleTypes.fromTitle(bare) == TitleType.UNKNOWN && index.type(bareId).isPlace();
        return Evidence.of(forms, title -> TitleTypes.fromTitle(title) == TitleType.CITY || bareTown && title.equals(bare) ? 1.0 : 0);
    }
}
