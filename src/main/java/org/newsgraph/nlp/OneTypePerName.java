package org.newsgraph.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * Fixes a name NER types differently in one article ("Jordan" a person here, a place there): each name takes the
 * type most of its candidates have (ties keep the candidate's own), so the article's mentions of one name are of one
 * entity. Demonyms and MISC candidates do not vote. A one-word name typed both a person and an organisation that no
 * fuller person's name of the article holds is the organisation (switch {@code LoneNameOrganisation}: "Tesla").
 */
final class OneTypePerName implements Rule {
    @Override
    public void apply(Doc d) {
        Map<String, int[]> votes = new HashMap<>();
        for (Cand c : d.cands) {
            if (c.type == null || c.demonym) continue;
            votes.computeIfAbsent(c.name, k -> new int[3])[c.type.ordinal()]++;
        }
        // switch LoneNameOrganisation: a one-word name NER calls both a person and an organisation, that no person's
        // fuller name of the article holds, is the organisation ("Tesla recalled 2 million vehicles … shares of Tesla"):
        // news names a person by the surname alone only after the full name
        java.util.Set<String> inPersonNames = new java.util.HashSet<>();
        for (Cand c : d.cands)
            if (c.type == EntityType.PERSON && c.len() > 1) inPersonNames.addAll(java.util.Arrays.asList(c.name.split(" ")));
        for (Cand c : d.cands) {
            if (c.type == null || c.demonym) continue;
            int[] v = votes.get(c.name);
            if (d.on("LoneNameOrganisation") && v[EntityType.PERSON.ordinal()] > 0 && v[EntityType.ORGANIZATION.ordinal()] > 0
                    && c.name.indexOf(' ') < 0 && !inPersonNames.contains(c.name)) {
                c.type = EntityType.ORGANIZATION;
                continue;
            }
            int best = c.type.ordinal();
            for (int k = 0; k < 3; k++) if (v[k] > v[best]) best = k;
            c.type = EntityType.values()[best];
        }
    }
}
