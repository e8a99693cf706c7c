package org.newsgraph.nlp;

import java.util.regex.Pattern;

/**
 * US news places a town by its state's abbreviation after a comma — "a hospital in Jackson, Miss.", "Columbia, Mo.",
 * "Wilmington, N.C." — and NER, not knowing the town, often makes it a person or an organisation while it tags the
 * abbreviation a place. A person or organisation right before a comma and such an abbreviation (a place NER tagged,
 * written as a capital and one to four letters with a period, or as two initials: "Miss.", "Ky.", "N.C.") is a place.
 * A full state name after the comma is not enough: "Jackson, Mississippi's governor" is a person.
 */
final class TownBeforeState implements Rule {
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}\\p{Ll}{1,4}\\.|\\p{Lu}\\.\\p{Lu}\\.?");

    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        d.sortCands();
        for (int k = 0; k + 1 < d.cands.size(); k++) {
            Cand a = d.cands.get(k), b = d.cands.get(k + 1);
            if ((a.type == EntityType.PERSON || a.type == EntityType.ORGANIZATION) && b.type == EntityType.PLACE
                    && b.e == b.s + 1 && d.commaPair(a, b) && ABBREVIATION.matcher(t.word[b.s]).matches())
                a.type = EntityType.PLACE;
        }
    }
}
