package org.newsgraph.nlp;

/**
 * Fixes places and demonyms hidden in a hyphenated word NER leaves untagged: each capitalised part that is a known
 * place or demonym is a mention of its own ("Russian-Ukrainian" → Russia, Ukraine; "Delhi-Noida"), offsets inside
 * the token ({@link Doc#splitHyphenated}). The word is taken either way, so the other untagged-name rules skip it.
 */
final class HyphenatedNames implements Rule {
    @Override
    public void apply(Doc d) {
        for (int i = 0; i < d.t.size; i++) {
            if (!d.freeCapitalised(i) || d.t.word[i].indexOf('-') <= 0) continue;
            d.splitHyphenated(i, "O");
            d.claimed[i] = true;
        }
    }
}
