package org.newsgraph.nlp;

import java.util.Set;

/**
 * Weather news names a storm by a given name after its kind — "Hurricane Florence", "Storm Otto", "Typhoon Haiyan" —
 * and NER takes the name for a person or a town: "Florence" went to the Italian city, "Otto" was a person. A person or
 * place right after a capitalised storm word ("Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical Storm") is a
 * storm, which is none of the kinds newsgraph extracts: it is dropped, and its words are taken. An organisation stays
 * ("National Hurricane Center").
 */
final class StormName implements Rule {
    private static final Set<String> STORM_WORDS = Set.of("Hurricane", "Typhoon", "Cyclone", "Storm", "Superstorm");

    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        d.cands.removeIf(c -> {
            boolean storm = c.cb < 0 && c.s > 0 && (c.type == EntityType.PERSON || c.type == EntityType.PLACE)
                    && STORM_WORDS.contains(t.word[c.s - 1]) && t.sentence[c.s - 1] == t.sentence[c.s];
            if (storm) for (int k = c.s; k < c.e; k++) d.claimed[k] = true;
            return storm;
        });
    }
}
