package org.newsgraph.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * Fixes a name NER types differently in one article ("Jordan" a person here, a place there): each name takes the
 * type most of its candidates have (ties keep the candidate's own), so the article's mentions of one name are of one
 * entity. Demonyms and MISC candidates do not vote.
 */
final class OneTypePerName implements Rule {
    @Override
    public void apply(Doc d) {
        Map<String, int[]> votes = new HashMap<>();
        for (Cand c : d.cands) {
            if (c.type == null || c.demonym) continue;
            votes.computeIfAbsent(c.name, k -> new int[3])[c.type.ordinal()]++;
        }
        for (Cand c : d.cands) {
            if (c.type == null || c.demonym) continue;
            int[] v = votes.get(c.name);
            int best = c.type.ordinal();
            for (int k = 0; k < 3; k++) if (v[k] > v[best]) best = k;
            c.type = EntityType.values()[best];
        }
    }
}
