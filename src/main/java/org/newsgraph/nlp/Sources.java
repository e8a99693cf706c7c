package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.REPORT_VERBS;

/**
 * Finds the news organisations an article reports as its source: a known outlet or agency (or a name like "… News",
 * "… Times") that "reported" / "said" / is "cited" ({@code words/report-verbs.txt}), that something is "according
 * to", or that someone "told" or is "citing" — "Reuters reported Monday", "according to Reuters", "told Reuters".
 */
final class Sources implements Rule {
    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        for (Ent x : d.ents) {
            if (x.e.type() != EntityType.ORGANIZATION) continue;
            boolean outlet = false;
            for (String n : x.e.names()) outlet |= d.isNewsOutlet.test(n);
            if (!outlet) continue;
            for (Mention m : x.e.mentions()) {
                if (m.begin() < d.bodyOffset) continue;
                int s = t.tokenAt(m.begin());
                int e = t.firstFrom(m.end());
                boolean src = e < t.size && REPORT_VERBS.contains(t.lower(e))
                        || s >= 2 && t.lower(s - 2).equals("according") && t.lower(s - 1).equals("to")
                        || s >= 1 && (t.lower(s - 1).equals("told") || t.lower(s - 1).equals("citing"));
                if (src) {
                    d.sources.add(x.e);
                    break;
                }
            }
        }
    }
}
