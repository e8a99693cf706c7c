package org.newsgraph.nlp;

/**
 * A wire headline or slug in capitals names the country that speaks or acts — "SAUDI ARABIA SAYS OPEC MUST DEFEND
 * PRICES", "RUSSIA WARNS NATO" — and NER, without the case of the words to go on, often makes it an organisation; the
 * linker never links an organisation to a country, so the country was lost (or went to a stray title such as
 * {@code Saudi_Arabia_(Riyadh)}). A name written all in capitals that NER typed ORGANIZATION and that is, in title
 * case, a country of the gazetteer is that country (a place), unless the text is about sport, where a country is its
 * team ({@link SportsTeams}).
 */
final class CapsCountry implements Rule {
    @Override
    public void apply(Doc d) {
        if (!d.on("CapsCountry") || SportsTeams.sportText(d.t)) return;
        for (Cand c : d.cands) {
            if (c.type != EntityType.ORGANIZATION || c.cb >= 0 || !d.allCaps(c.s, c.e)) continue;
            String name = Doc.titleCase(c.surface);
            d.gazetteer.byName(name).filter(Gazetteer.Place::isCountry).ifPresent(p -> {
                c.type = EntityType.PLACE;
                c.name = p.name();
            });
        }
    }
}
