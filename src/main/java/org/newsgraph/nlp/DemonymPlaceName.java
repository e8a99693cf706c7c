package org.newsgraph.nlp;

import java.util.Optional;

/**
 * Some places are named with a demonym — "British Columbia", "French Guiana", "French Polynesia" — and NER, reading the
 * demonym as a nationality (MISC), tags only the rest ("Columbia"), which is then another place. A place whose span
 * follows a demonym of the gazetteer in its sentence is that longer place when the gazetteer knows the joined name.
 */
final class DemonymPlaceName implements Rule {
    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        for (int n = 0; n < d.cands.size(); n++) {
            Cand c = d.cands.get(n);
            int k = c.s - 1;
            if (c.type != EntityType.PLACE || c.cb >= 0 || k < 0 || t.sentence[k] != t.sentence[c.s] || !t.capitalized(k)
                    || d.gazetteer.byDemonym(t.word[k]).isEmpty()) continue;
            String joined = t.span(k, c.e);
            Optional<Gazetteer.Place> p = d.gazetteer.byName(joined);
            if (p.isEmpty()) continue;
            Cand longer = new Cand(k, c.e, joined, EntityType.PLACE, p.get().name(), false);
            d.cands.removeIf(o -> o != c && o.cb < 0 && o.s <= k && o.e > k);   // the demonym's own MISC span
            d.cands.set(d.cands.indexOf(c), longer);
            d.claimed[k] = true;
        }
        d.sortCands();
    }
}
