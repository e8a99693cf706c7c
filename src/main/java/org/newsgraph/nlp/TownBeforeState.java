package org.newsgraph.nlp;

import java.util.regex.Pattern;

/**
 * US news places a town by its state's abbreviation after a comma — "a hospital in Jackson, Miss.", "Columbia, Mo.",
 * "Wilmington, N.C." — and NER, not knowing the town, often makes it a person or an organisation while it tags the
 * abbreviation a place. A person or organisation right before a comma and such an abbreviation (a place NER tagged,
 * written as a capital and one to four letters with a period, or as two initials: "Miss.", "Ky.", "N.C.") is a place.
 * A one-word name before a state's full name (NLP's gazetteer: an administrative area) is a place too when the state
 * ends the phrase ("in Ferguson, Missouri, on Sunday"); not "Jackson, Mississippi's governor".
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
                    && d.commaPair(a, b) && (b.e == b.s + 1 && ABBREVIATION.matcher(t.word[b.s]).matches() || stateInFull(d, a, b)))
                a.type = EntityType.PLACE;
        }
    }

    /**
     * A one-word name before a state's full name that ends the phrase: "protests in Ferguson, Missouri, on Sunday",
     * "Ferguson, Missouri." — not "Jackson, Mississippi's governor" nor "Jackson, Mississippi Governor Phil Bryant".
     */
    private static boolean stateInFull(Doc d, Cand a, Cand b) {
        if (a.e != a.s + 1) return false;
        java.util.Optional<Gazetteer.Place> p = d.gazetteer.byName(d.t.span(b.s, b.e));
        if (p.isEmpty() || !org.newsgraph.vocab.SDO.AdministrativeArea.equals(p.get().schemaClass())) return false;
        if (b.e >= d.t.size) return true;
        String next = d.t.word[b.e];
        return !next.equals("'s") && !next.equals("’s") && !d.t.capitalized(b.e);
    }
}
