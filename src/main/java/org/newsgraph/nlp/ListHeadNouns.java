package org.newsgraph.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The plural head nouns news writes once after a list of places of one kind — "Los Angeles, Orange and Riverside
 * counties", "Kano and Kaduna states", "the Tigris and Euphrates rivers" — with the singular a place's name then
 * carries ({@code words/list-heads.txt}). Read by NLP ({@link ListHeadPlaces}: the listed names are places) and by the
 * linker (rule {@code listheads}: each is looked up as "name County").
 *
 * <pre>
 *   ListHeadNouns.singular("Counties");   // "County"
 * </pre>
 */
public final class ListHeadNouns {
    private static final Map<String, String> SINGULAR = new HashMap<>();
    static {
        for (String entry : WordList.load("list-heads")) {
            String[] f = entry.split(" ");
            SINGULAR.put(f[0], f[1]);
        }
    }

    private ListHeadNouns() {}

    /** The singular of a plural head noun, any case ("counties", "Counties" → "County"), or null. */
    public static String singular(String plural) { return SINGULAR.get(plural.toLowerCase(Locale.ROOT)); }

    /** The plural head nouns, lower case. */
    public static java.util.Set<String> plurals() { return java.util.Set.copyOf(SINGULAR.keySet()); }
}
