package org.newsgraph.link;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.vocab.SDO;

/**
 * Rule {@code townregion}: news places a town by writing its state, province or country after a comma — "storms hit
 * Columbia, Mo., on Tuesday", "a plant in Springfield, Illinois", "born in Perth, Scotland" — anywhere in the text, as
 * a dateline does at its start ({@link Datelines}). A PLACE written so is looked up with the region too ("Columbia,
 * Missouri", as Wikipedia names towns) and only titles of that region get the context ({@link Datelines.Region}). The
 * region is an abbreviation of {@code state-abbreviations.tsv} ("Mo.", "Calif.") or a name NLP's gazetteer knows as a
 * country or region, not as a city: "Paris, London and Berlin" is a list. The town itself must not be a country or
 * region ("Germany, France and Italy"). The region may also follow "in", after the town or after it and one more town
 * ("Cordoba and Rosario in Argentina").
 *
 * <pre>
 *   TownRegion.region("Columbia", "… tore through Columbia, Mo., on Tuesday …");   // "Mo."
 * </pre>
 */
public final class TownRegion implements ArticleRule {
    static final TownRegion INSTANCE = new TownRegion();

    /** ", Region" after the town: one to three capitalised words (an abbreviation keeps its periods), then no letter. */
    private static final Pattern REGION = Pattern.compile(",\\s((?:\\p{Lu}[\\p{L}.]*)(?:\\s\\p{Lu}[\\p{L}.]*){0,2})(?![\\p{L}])");

    /**
     * " in Region" after the town, or after the town and one more ("Cordoba and Rosario in Argentina", "Bonn or
     * Cologne in Germany"): the region one to three capitalised words, then no letter.
     */
    private static final Pattern IN_REGION = Pattern.compile("(?:\\s(?:and|or)\\s\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2})?"
            + "\\sin\\s(?:the\\s)?((?:\\p{Lu}[\\p{L}.]*)(?:\\s\\p{Lu}[\\p{L}.]*){0,2})(?![\\p{L}])");

    private TownRegion() {}

    @Override
    public String name() { return "townregion"; }

    /** The region written after {@code name} in {@code text} ("Mo.", "Illinois"), or null when there is none. */
    static String region(String name, String text) {
        for (int i : ArticleText.wholeWordStarts(text, name)) {
            int end = i + name.length();
            Matcher m = REGION.matcher(text).region(end, text.length());
            if (m.lookingAt()) {
                String r = regionOf(m.group(1));
                if (r != null) return r;
            }
            m = IN_REGION.matcher(text).region(end, text.length());   // "Cordoba and Rosario in Argentina"
            if (m.lookingAt()) {
                String r = regionOf(m.group(1));
                if (r != null) return r;
            }
        }
        return null;
    }

    /** The longest leading words of {@code words} that are a region ("Mo.", "South Carolina"), or null. */
    private static String regionOf(String words) {
        String[] w = words.split(" ");
        for (int n = w.length; n >= 1; n--) {
            String r = String.join(" ", java.util.Arrays.copyOf(w, n));
            if (StateAbbreviations.expand(r) != null && (r.endsWith(".") || r.length() > 2)) return r;
            String bare = r.endsWith(".") ? r.substring(0, r.length() - 1) : r;
            if (StateAbbreviations.isState(bare) || isRegion(bare)) return bare;   // "Washington" is a state here
        }
        return null;
    }

    /** A gazetteer country or region (not a city). */
    private static boolean isRegion(String name) {
        Optional<Gazetteer.Place> p = Gazetteer.standard().byName(name);
        return p.isPresent() && !SDO.City.equals(p.get().schemaClass());
    }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.PLACE || req.article() == null || name.isEmpty() || isRegion(name)
                || StateAbbreviations.expand(name) != null) return Evidence.NONE;
        if (!req.article().hasWordStarting(name.toLowerCase(Locale.ROOT))) return Evidence.NONE;
        String region = region(name, req.article().text());
        if (region == null) return Evidence.NONE;
        return Datelines.Region.of(region).evidence(name, index);
    }
}
