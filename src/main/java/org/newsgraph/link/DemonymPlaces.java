package org.newsgraph.link;

import java.util.List;
import java.util.Optional;
import org.newsgraph.nlp.Gazetteer;

/**
 * Rule {@code demonyms}: news names a country by its demonym ("Italian officials", "Turkish troops", "the Iraqis"),
 * and a PLACE mentioned so is the country. A PLACE whose name is a demonym of the gazetteer NLP uses
 * ({@link Gazetteer#byDemonym}, {@code places.tsv}), or its plural ("Iraqis", "Italians"), is also looked up under the
 * country's name at full weight, and the title the WikiDict gives that name as written gets full context evidence.
 * NLP's own pipeline already hands the linker the country's name for such mentions; this rule is for requests that
 * carry the word itself (another NER, the API, the given-spans benchmark). People and organisations are left alone
 * ("Italian" typed PERSON is not Italy), and so is a demonym not in the gazetteer.
 *
 * <pre>
 *   DemonymPlaces.country("Iraqis");   // Optional[Iraq]
 * </pre>
 */
public final class DemonymPlaces implements ArticleRule {
    static final DemonymPlaces INSTANCE = new DemonymPlaces();

    private DemonymPlaces() {}

    @Override
    public String name() { return "demonyms"; }

    /** The country or region a demonym or its plural names ("Chinese" → China, "Iraqis" → Iraq). */
    public static Optional<String> country(String word) {
        Gazetteer g = Gazetteer.standard();
        Optional<Gazetteer.Place> p = g.byDemonym(word);
        if (p.isEmpty() && word.length() > 3 && word.endsWith("s")) p = g.byDemonym(word.substring(0, word.length() - 1));
        return p.map(Gazetteer.Place::name);
    }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.PLACE) return Evidence.NONE;
        Optional<String> country = country(name);
        if (country.isEmpty()) return Evidence.NONE;
        List<Form> forms = List.of(new Form(country.get(), 1.0));
        String title = index.exactTitle(country.get());
        return Evidence.of(forms, t -> t.equals(title) ? 1.0 : 0);
    }


}
