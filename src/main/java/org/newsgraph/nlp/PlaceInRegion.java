package org.newsgraph.nlp;

import org.newsgraph.vocab.SDO;

/**
 * Reads "Place, Region" ("Denver, Colorado", "South Bend, Indiana"): both are places and the first lies in the second
 * ({@code schema:containedInPlace}), when the second is a gazetteer region or country that is no city and the first
 * is no country.
 */
final class PlaceInRegion implements Rule {
    @Override
    public void apply(Doc d) {
        d.sortCands();
        for (int k = 0; k + 1 < d.cands.size(); k++) {
            Cand a = d.cands.get(k), b = d.cands.get(k + 1);
            if (a.type == EntityType.PLACE && !a.demonym && b.type == EntityType.PLACE && !b.demonym && d.commaPair(a, b)
                    && d.gazetteer.byName(b.name).map(pl -> !SDO.City.equals(pl.schemaClass())).orElse(false)
                    && d.gazetteer.byName(a.name).map(pl -> !pl.isCountry()).orElse(true))
                d.within.add(new int[] {a.s, b.s});
        }
    }
}
