package org.newsgraph.link;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.ListHeadNouns;

/**
 * Rule {@code listheads}: news names several places of one kind with the kind written once, in the plural, after the
 * list — "in Los Angeles, Orange, Riverside and San Bernardino Counties", "Kano and Kaduna states", "the Tigris and
 * Euphrates rivers" — so each name is "name County", "name State", "name River". A PLACE whose name is in such a list
 * (names joined by commas and "and"/"or", then a plural head noun of NLP's {@code words/list-heads.txt}, {@link ListHeadNouns}) is also looked up as
 * "name Singular" at full weight, and a title carrying that phrase gets full context evidence — unless another entity
 * of the article is named so already (NLP's switch {@code ListHeadNames}: the list's "Kano State" beside the city
 * "Kano").
 *
 * <pre>
 *   ListHeads.head("Orange", "… in Los Angeles, Orange and Riverside counties …");   // "County"
 * </pre>
 */
public final class ListHeads implements ArticleRule {
    static final ListHeads INSTANCE = new ListHeads();

    /** A capitalised word that is not itself a head noun ("San Bernardino Counties": "Counties" ends the list). */
    private static final String WORD = "(?!(?i:" + String.join("|", ListHeadNouns.plurals()) + ")\\b)\\p{Lu}[\\p{L}.'-]*";
    private static final String NAME = WORD + "(?: " + WORD + ")*+";
    /** More list items (", Riverside", " and San Bernardino", ", and Kaduna"), then the head; possessive: no backtracking. */
    private static final Pattern ITEMS_THEN_HEAD = Pattern.compile("((?:(?:, (?:and |or |& )?| and | or | & )" + NAME + ")*+) (\\p{L}+)\\b");
    private static final Pattern ENDS_WITH_ITEM = Pattern.compile(NAME + "(?:,|,? and|,? or|,? &) $");

    private ListHeads() {}

    @Override
    public String name() { return "listheads"; }

    /** The singular head noun of the list {@code name} is in ("County"), or null when it is in none. */
    static String head(String name, String text) {
        for (int i : ArticleText.wholeWordStarts(text, name)) {
            int end = i + name.length();
            Matcher m = ITEMS_THEN_HEAD.matcher(text).region(end, text.length());
            if (!m.lookingAt()) continue;
            String singular = ListHeadNouns.singular(m.group(2));
            if (singular == null) continue;
            boolean itemsAfter = !m.group(1).isEmpty();
            boolean itemBefore = ENDS_WITH_ITEM.matcher(text.substring(Math.max(0, i - 80), i)).find();
            if (itemsAfter || itemBefore) return singular;   // a list of at least two names
        }
        return null;
    }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.PLACE || req.article() == null || name.isEmpty()
                || !req.article().hasWordStarting(name.toLowerCase(Locale.ROOT))) return Evidence.NONE;
        String singular = head(name, req.article().text());
        if (singular == null) return Evidence.NONE;
        String phrase = name + " " + singular;
        // NLP named the list's member so already ("Kano State"): this entity of the bare name is the story's other one
        // ("Kano, the largest city in the north")
        for (LinkRequest.ContextEntity c : req.context()) if (c.name().equals(phrase)) return Evidence.NONE;
        String norm = Surfaces.normalize(phrase);
        return Evidence.of(List.of(new Form(phrase, 1.0)),
                title -> NameMatch.containsPhrase(Surfaces.normalize(Surfaces.titleText(title)), norm) ? 1.0 : 0);
    }
}
