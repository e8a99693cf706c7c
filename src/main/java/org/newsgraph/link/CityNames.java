package org.newsgraph.link;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.vocab.SDO;

/**
 * Rule {@code citynames}: news names a city that shares its name with its state bare — "the Security Council met in
 * New York", "on the Comex in New York" — while the WikiDict's anchors "New York" point at the state a little more
 * often than at the city. A PLACE that NLP's gazetteer calls a city ({@code schema:City}), whose name as written is
 * most often a state's or country's title, and whose name with "City" after it is a city's title ("New York City"),
 * is also looked up under that name, as a name, and the city's title gets full context evidence — unless the article
 * writes the state: the name after "upstate", "western" …, before "state", near a state office ("Governor", "Sen.",
 * "attorney general": "Senator Daniel Patrick Moynihan of New York" is the state's senator), or after a town's or
 * state's name and a comma ("West Nyack, New York", "Massachusetts, New York and Bermuda"; "London, New York and
 * Tokyo" are cities).
 *
 * <pre>
 *   LinkRequest.of("New York", EntityType.PLACE).withSchemaClass(SDO.City.getURI()).withArticle(…);   // → New_York_City
 * </pre>
 */
public final class CityNames implements ArticleRule {
    static final CityNames INSTANCE = new CityNames();

    private static final String CITY_CLASS = "http://schema.org/City";
    /** A state's cue right before the name ("upstate New York", "Gov.") or right after it ("New York state"). */
    private static final Pattern STATE_BEFORE = Pattern.compile("(?i)(?:upstate|downstate|western|eastern|northern|southern|"
            + "central|rural|state of|statewide|state:)\\s+$");
    private static final Pattern STATE_AFTER = Pattern.compile("^(?:\\s+[Ss]tate\\b|'s\\s+(?:governor|legislature|attorney general))");
    /** A state office in the 60 characters before the name ("Senator Daniel Patrick Moynihan of New York"). */
    private static final Pattern STATE_OFFICE = Pattern.compile("(?i)\\b(?:(?:governor|senator|congressman|congresswoman|"
            + "assemblyman|assemblywoman|legislature|attorney general|state senate|state assembly)\\b|(?:gov|sen|rep)\\.)");

    /** A capitalised name and a comma right before the name. */
    private static final Pattern AFTER_A_NAME = Pattern.compile("((?:\\p{Lu}[\\p{L}.'-]*\\s)*\\p{Lu}[\\p{L}.'-]*),\\s+$");

    private CityNames() {}

    @Override
    public String name() { return "citynames"; }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.PLACE || req.article() == null || !CITY_CLASS.equals(req.schemaClass())
                || name.isEmpty() || NameForms.isAllCaps(name) || name.endsWith(" City")) return Evidence.NONE;
        // the name as written is most often the state's (or country's): "New York", not "Santiago" (Santiago_City is
        // in the Philippines)
        WikiDictIndex.Candidate own = index.candidates(name).stream()
                .max(java.util.Comparator.comparingDouble(WikiDictIndex.Candidate::exactPrior)).orElse(null);
        if (own == null || own.type() != TitleType.ADMIN_AREA && own.type() != TitleType.COUNTRY) return Evidence.NONE;
        String city = name + " City";
        String cityTitle = index.exactTitle(city);
        if (cityTitle == null || !cityTitle.equals(city.replace(' ', '_')) || TitleTypes.fromTitle(cityTitle) != TitleType.CITY
                || writesTheState(name, req.article().text())) return Evidence.NONE;
        return Evidence.of(List.of(new Form(city, 1.0, true)), title -> title.equals(cityTitle) ? 1.0 : 0);
    }

    /** True when some occurrence of {@code name} in {@code text} reads as the state. */
    static boolean writesTheState(String name, String text) {
        for (int i : ArticleText.wholeWordStarts(text, name)) {
            String before = text.substring(Math.max(0, i - 60), i), after = text.substring(i + name.length());
            before = before.substring(before.lastIndexOf('\n') + 1);   // the words before it on its line
            if (STATE_BEFORE.matcher(before).find() || STATE_AFTER.matcher(after).find()
                    || STATE_OFFICE.matcher(before.toLowerCase(Locale.ROOT)).find()) return true;
            // "West Nyack, New York", "Massachusetts, New York and Bermuda": after a town or a state, not after a city
            Matcher m = AFTER_A_NAME.matcher(before);
            if (m.find() && Gazetteer.standard().byName(m.group(1)).map(p -> !SDO.City.equals(p.schemaClass()) && !p.isCountry()).orElse(true))
                return true;
        }
        return false;
    }
}
