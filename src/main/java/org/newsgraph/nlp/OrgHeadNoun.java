package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.ORG_HEADS;

/**
 * Fixes organisations NER misses whose name ends in an organisation's head noun: an untagged run of capitalised
 * words ("of", "and", "for" allowed inside) ending in Project, Trust, Council, Ltd, Inc, Corp, Bank …
 * ({@code words/organisation-heads.txt}) is an organisation — "the Second Look Project", "Ventura County Fire
 * Department". At least two words; in the body; not in an all-caps or title-case line; not before another
 * capitalised word.
 */
final class OrgHeadNoun implements Rule {
    @Override
    public void apply(Doc d) {
        for (int i = 0; i < d.t.size; i++) {
            if (!d.freeCapitalised(i)) continue;
            int h = end(d, i);
            if (h > i) {
                d.addCand(i, h, "ORGANIZATION");
                for (int k = i; k < h; k++) d.claimed[k] = true;
                i = h - 1;
            }
        }
    }

    /** The end of such a name starting at {@code i}, or {@code i} when there is none. */
    static int end(Doc d, int i) {
        Tokens t = d.t;
        if (t.begin[i] < d.bodyOffset) return i;
        int sent = t.sentence[i], j = i, last = i;
        while (j < t.size && t.sentence[j] == sent && t.ner[j].equals("O") && (j == i || d.sameLine(j))) {
            if (t.capitalized(j) && !Doc.isCapsWord(t.word[j]) && !t.word[j].equals("I")) last = ++j;
            else if (j > i && (t.word[j].equals("of") || t.word[j].equals("and") || t.word[j].equals("for"))
                    && j + 1 < t.size && t.capitalized(j + 1)) j++;
            else break;
        }
        if (last - i < 2 || !ORG_HEADS.contains(t.word[last - 1])) return i;
        if (last < t.size && t.sentence[last] == sent && t.capitalized(last)) return i;
        return d.mostlyLowerCase(sent) ? last : i;
    }
}
