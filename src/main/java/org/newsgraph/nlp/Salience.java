package org.newsgraph.nlp;

/**
 * How central each entity is to the article, in [0, 1]: 0.4 if the headline names it (0.2 if only as a possessive
 * modifier, "China's Xi"), 0.25 if the lead paragraph does, and 0.35 × its mentions / the most mentions of any
 * entity. A government standing for a place that speaks has no mentions of its own and salience 0.
 */
final class Salience implements Rule {
    @Override
    public void apply(Doc d) {
        int max = 1;
        for (Ent x : d.ents) max = Math.max(max, x.e.mentions().size());
        for (Ent x : d.ents) {
            double s = (x.headlineNonPossessive ? 0.4 : x.headlinePossessive ? 0.2 : 0)
                    + (x.lead ? 0.25 : 0) + 0.35 * x.e.mentions().size() / max;
            x.e.salience(Math.round(s * 1000) / 1000.0);
        }
    }
}
