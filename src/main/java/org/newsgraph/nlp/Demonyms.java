package org.newsgraph.nlp;

/**
 * Fixes countries named by their demonym, which NER leaves untagged or tags MISC: "Chinese", "Russian" is a mention
 * of the country ({@link Doc#demonym}) — except right before a title ("Chinese President", where
 * {@link Titles} makes it the nationality) or right after a capitalised word, inside a longer name ("African
 * American"). This rule covers the untagged words; {@link NerSpans} the MISC ones.
 */
final class Demonyms implements Rule {
    @Override
    public void apply(Doc d) {
        for (int i = 0; i < d.t.size; i++) if (d.freeCapitalised(i)) d.demonym(i);
    }
}
