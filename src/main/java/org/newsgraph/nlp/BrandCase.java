package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.NAME_PREFIXES;

/**
 * Fixes brands CoreNLP types as people or places: a one-word name written in camel case — a capitalised word of three
 * or more letters, then another capital ("JustGiving", "SoundCloud", "PayPal", "BlackRock") — names a company or a
 * service, so its candidate becomes an organisation. Name prefixes that take a capital ("McDonald", "DeVos",
 * "MacArthur", "FitzGerald"; {@code words/name-prefixes.txt}) are no brands, nor are gazetteer places.
 */
final class BrandCase implements Rule {
    @Override
    public void apply(Doc d) {
        for (Cand c : d.cands) {
            if (c.type == null || c.type == EntityType.ORGANIZATION || c.demonym || c.cb >= 0 || c.len() != 1) continue;
            if (d.gazetteer.byName(c.surface).isEmpty() && isBrandCase(c.surface)) c.type = EntityType.ORGANIZATION;
        }
    }

    static boolean isBrandCase(String w) {
        if (w.length() < 5 || !Character.isUpperCase(w.charAt(0))) return false;
        int k = 1;
        while (k < w.length() && Character.isLowerCase(w.charAt(k))) k++;
        if (k < 3 || k >= w.length() - 1 || !Character.isUpperCase(w.charAt(k)) || !Character.isLowerCase(w.charAt(k + 1)))
            return false;
        return !NAME_PREFIXES.contains(w.substring(0, k));
    }
}
