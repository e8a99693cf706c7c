package org.newsgraph.link;

import java.util.List;
import java.util.Optional;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.vocab.SDO;

/**
 * Rule {@code countrydemonym}: a country that shares its name with a state or a town ("Georgia", "Jordan", "Lebanon")
 * is the country when the story also writes its demonym — "GEORGIA - SHEVARDNADZE SAYS …" over "Georgian President
 * Eduard Shevardnadze": the WikiDict's anchors "Georgia" point at the US state more often. For a PLACE the gazetteer
 * names a country ({@link Gazetteer#byName}, class {@code schema:Country}; in capitals too), when a word of the text is
 * that country's demonym ({@link ArticleText#demonymCountries}), the country's title ({@link TitleTypes#fromTitle}: a country,
 * "Georgia_(country)") of that name gets full context evidence.
 *
 * <pre>
 *   LinkRequest r = LinkRequest.of("Georgia", EntityType.PLACE).withArticle(new ArticleText("… Georgian President …"));
 *   // → Georgia_(country)
 * </pre>
 */
public final class CountryDemonym implements ArticleRule {
    static final CountryDemonym INSTANCE = new CountryDemonym();

    private CountryDemonym() {}

    @Override
    public String name() { return "countrydemonym"; }

    @Override
    public Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        if (req.type() != EntityType.PLACE || req.article() == null || name.isEmpty()) return Evidence.NONE;
        Gazetteer g = Gazetteer.standard();
        String n = name.chars().allMatch(c -> !Character.isLowerCase(c)) ? NameForms.titleCaseWords(name) : name;
        Optional<Gazetteer.Place> place = g.byName(n);
        if (place.isEmpty() || !SDO.Country.equals(place.get().schemaClass())) return Evidence.NONE;
        String country = place.get().name();
        if (!req.article().demonymCountries().contains(country)) return Evidence.NONE;
        return Evidence.of(List.of(new Form(country, 1.0)),
                title -> TitleTypes.fromTitle(title) == TitleType.COUNTRY && Surfaces.titleBase(title).equals(country) ? 1.0 : 0);
    }
}
