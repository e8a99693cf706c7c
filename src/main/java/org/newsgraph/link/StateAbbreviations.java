package org.newsgraph.link;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rule {@code stateabbrev}: US news writes a state after its town in AP style — "Columbia, Mo.", "Lexington, Ky.",
 * "CUPERTINO, Calif. (AP)" — and NER makes "Mo." a place of its own. Such an abbreviation (table
 * {@code state-abbreviations.tsv}, US states and Canadian provinces; the final period may be cut off at a sentence's
 * end: "Fayetteville, Ark.") stands for the state: the {@link Linker} looks it up by the state's name ("Ky." →
 * {@code Kentucky}), and {@link Datelines} reads a dateline's region through it. Not as context of the article's
 * other places: a story naming six states would send every "Springfield" to one of them at random; only the town
 * right before the abbreviation is in that state, which the linker does not see.
 *
 * <pre>
 *   StateAbbreviations.expand("Calif.");   // "California"
 *   StateAbbreviations.expand("Ark");      // "Arkansas"
 * </pre>
 */
public final class StateAbbreviations {
    private static final java.util.List<String[]> ROWS = TsvTable.rows("state-abbreviations.tsv");
    private static final Map<String, String> STATES = ROWS.stream()
            .collect(Collectors.toUnmodifiableMap(f -> f[0].strip(), f -> f[1].strip()));

    private StateAbbreviations() {}

    private static final java.util.Set<String> NAMES = java.util.Set.copyOf(STATES.values());
    /** State or province name → its country ("Virginia" → "United States", "Ontario" → "Canada"). */
    private static final Map<String, String> COUNTRIES = ROWS.stream()
            .filter(f -> f.length > 2).collect(Collectors.toUnmodifiableMap(f -> f[1].strip(), f -> f[2].strip(), (a, b) -> a));

    /**
     * The country a state or province lies in, by its name or abbreviation ("Va." or "Virginia" → "United States"), or
     * null. Names that news uses as often for a city or a country are no evidence: "New York", "Washington", "Georgia".
     */
    public static String countryOf(String name) {
        String full = NAMES.contains(name) ? name : expand(name);
        if (full == null) return null;
        if (NAMES.contains(name) && org.newsgraph.nlp.Gazetteer.standard().byName(name)
                .map(p -> !p.schemaClass().equals(org.newsgraph.vocab.SDO.AdministrativeArea)).orElse(false)) return null;
        return COUNTRIES.get(full);
    }

    /** True for the name of a US state or Canadian province ("Missouri", "Ontario"). */
    public static boolean isState(String name) { return NAMES.contains(name) && !name.equals("D.C."); }

    /** The state or province an abbreviation stands for ("Mo." or "Mo" → "Missouri"), or null. */
    public static String expand(String name) {
        String full = STATES.get(name);
        if (full == null && !name.endsWith(".")) full = STATES.get(name + ".");
        return full == null || full.equals("D.C.") ? null : full;
    }

    /**
     * Whether the text names {@code name} as a state: "Washington state", "the state of Washington", "STATE: Washington"
     * or after a town and a comma ("Seattle, Washington" — not "Washington, D.C.").
     */
    public static boolean namedAsState(String name, String text) {
        String n = java.util.regex.Pattern.quote(name);
        return java.util.regex.Pattern.compile("(?i:\\bstate(?: of|:)\\s+)" + n + "\\b|\\b" + n + "\\s+(?i:state)\\b|\\p{Lu}\\p{Ll}+, "
                + n + "\\b(?!,? ?D\\.? ?C)").matcher(text).find();
    }
}
