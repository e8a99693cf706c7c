package org.newsgraph.link;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.nlp.Gazetteer;

/**
 * Rule {@code nationalprefix}: news puts the country before an organisation's name ("the British Met Office", "the
 * Japanese Fair Trade Commission", "U.S. Forest Service"), and NER keeps the adjective in the name, a name Wikipedia
 * never writes. An ORGANIZATION whose name the WikiDict does not know, and whose first word is a demonym or a
 * country's name or short form in NLP's gazetteer ({@code places.tsv}), followed by a capitalised name, is also looked
 * up without that word, at full weight (a one-word rest only when the WikiDict's entry for it is an organisation:
 * "Kenyan Petroleum" is no company called Petroleum); a candidate whose title names the country (its name, a short form, or its
 * demonym: {@code Fair_Trade_Commission_(Japan)}) gets context 0.5. A name the WikiDict knows with the
 * adjective ("British Airways", "German Bundestag", "Saudi Aramco") is left as it is.
 *
 * <pre>
 *   NationalPrefix.split("British Met Office");   // Optional[[United Kingdom, Met Office]]
 * </pre>
 */
public final class NationalPrefix implements ArticleRule {
    static final NationalPrefix INSTANCE = new NationalPrefix();

    private NationalPrefix() {}

    @Override
    public String name() { return "nationalprefix"; }

    /** The country and the rest of a name that starts with the country's demonym or name, or empty. */
    static Optional<List<String>> split(String name) {
        int sp = name.indexOf(' ');
        if (sp <= 0 || sp + 1 >= name.length() || !Character.isUpperCase(name.charAt(sp + 1))) return Optional.empty();
        String first = name.substring(0, sp), rest = name.substring(sp + 1);
        Gazetteer g = Gazetteer.standard();
        Optional<Gazetteer.Place> p = g.byDemonym(first);
        if (p.isEmpty()) p = g.byName(first);
        return p.filter(Gazetteer.Place::isCountry).map(c -> List.of(c.name(), rest));
    }

    /** The title (may be null) is an organisation's, by its form or, failing that, by the index's cue type. */
    static boolean isOrganisation(WikiDictIndex index, String title) {
        if (title == null) return false;
        TitleType t = TitleTypes.fromTitle(title);
        int id = index.titleId(title);   // -1: a title the WikiDict does not know (an item only in the Wikidata dump)
        if (t == TitleType.UNKNOWN && id >= 0) t = index.type(id);
        return t == TitleType.ORGANIZATION;
    }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.ORGANIZATION || !index.candidates(name).isEmpty()) return Evidence.NONE;
        Optional<List<String>> split = split(name);
        if (split.isEmpty()) return Evidence.NONE;
        String country = split.get().get(0), rest = split.get().get(1), adjective = name.substring(0, name.indexOf(' '));
        // one word left is often a common noun ("Kenyan Petroleum"): only when the WikiDict's entry for it is an organisation
        if (rest.indexOf(' ') < 0 && !isOrganisation(index, index.exactTitle(rest))) return Evidence.NONE;
        List<String> countryWords = List.of(country.toLowerCase(Locale.ROOT), adjective.toLowerCase(Locale.ROOT).replace(".", ""));
        return Evidence.of(List.of(new Form(rest, 1.0)), title -> {
            String text = Surfaces.normalize(Surfaces.titleText(title)).replace(".", "");
            for (String w : countryWords) if (NameMatch.containsPhrase(text, Surfaces.normalize(w))) return 0.5;
            return 0;
        });
    }
}
