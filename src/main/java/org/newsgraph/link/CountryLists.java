package org.newsgraph.link;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Gazetteer;

/**
 * Rule {@code countrylists}: a place listed with countries is a country — "the foreign ministers of Georgia, Armenia
 * and Azerbaijan", "Chad, Niger and Mali". Where a name is shared by a country and a state or town (Georgia, Jordan,
 * Lebanon), the linker's prior alone picks the more-linked one ({@code Georgia_(U.S._state)}). A PLACE written next to
 * a country of NLP's gazetteer, joined by "and", "or" or "&amp;", or by a comma in a list that goes on ("Georgia, USA"
 * is a place and its country), gives full context evidence to its candidates typed as countries.
 *
 * <pre>
 *   CountryLists.listedWithCountry("Georgia", "… of Georgia, Armenia and Azerbaijan met …");   // true
 * </pre>
 */
public final class CountryLists implements ArticleRule {
    static final CountryLists INSTANCE = new CountryLists();

    /** The name next in the list: joiner, then one to three capitalised words. */
    private static final Pattern NEXT = Pattern.compile("(?:,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+|\\s+&\\s+)"
            + "(\\p{Lu}[\\p{L}'-]*(?:\\s\\p{Lu}[\\p{L}'-]*){0,2})");
    /** The name before in the list: one to three capitalised words, then a joiner, at the end of the text before. */
    private static final Pattern PREVIOUS = Pattern.compile("(\\p{Lu}[\\p{L}'-]*(?:\\s\\p{Lu}[\\p{L}'-]*){0,2})"
            + "(?:,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+|\\s+&\\s+)$");

    /** A joiner and the next list item's capital at the start of a region: ", Azerbaijan", " and Turkey". */
    private static final Pattern JOINER = Pattern.compile("(?:,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+|\\s+&\\s+)\\p{Lu}");

    private CountryLists() {}

    @Override
    public String name() { return "countrylists"; }

    /** Whether {@code name} is written next to a country of the gazetteer, in a list. */
    static boolean listedWithCountry(String name, String text) {
        for (int i : ArticleText.wholeWordStarts(text, name)) {
            int end = i + name.length();
            // a comma alone joins a list only when the list goes on: "Georgia, USA" is a place and its country
            boolean goesOn = JOINER.matcher(text).region(end, text.length()).lookingAt();
            Matcher next = NEXT.matcher(text).region(end, text.length());
            if (next.lookingAt() && isCountry(next.group(1), name)
                    && (!text.substring(end, next.start(1)).strip().equals(",") || JOINER.matcher(text).region(next.end(), text.length()).lookingAt()))
                return true;
            String before = text.substring(Math.max(0, i - 60), i);
            Matcher prev = PREVIOUS.matcher(before);
            if (prev.find() && isCountry(prev.group(1), name) && (!before.substring(prev.end(1)).strip().equals(",") || goesOn))
                return true;
        }
        return false;
    }

    /** The longest leading words of {@code words} that are a gazetteer country other than {@code self}. */
    private static boolean isCountry(String words, String self) {
        String[] w = words.split("\\s");
        for (int n = w.length; n >= 1; n--) {
            String c = String.join(" ", java.util.Arrays.copyOf(w, n));
            if (c.equals(self)) continue;
            if (Gazetteer.standard().byName(c).map(Gazetteer.Place::isCountry).orElse(false)) return true;
        }
        return false;
    }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.PLACE || req.article() == null || name.isEmpty()) return Evidence.NONE;
        if (!req.article().hasWordStarting(name.toLowerCase(Locale.ROOT)) || !listedWithCountry(name, req.article().text()))
            return Evidence.NONE;
        return Evidence.of(List.of(), title -> {
            int id = index.titleId(title);
            return TitleTypes.fromTitle(title) == TitleType.COUNTRY || id >= 0 && index.type(id) == TitleType.COUNTRY ? 1.0 : 0;
        });
    }
}
