package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.ORG_HEADS;

/**
 * A body whose name lists its remits with commas — "the Department for Environment, Food and Rural Affairs", "the
 * Ministry of Housing, Communities and Local Government", "the Department of Health, Education and Welfare" — which NER
 * cuts at the first comma into two or three organisations ("Food and Rural Affairs"). A head noun of an organisation
 * ({@code words/organisation-heads.txt}) with "for" or "of", capitalised words, then one or more ", Words" and a final
 * "and Words", is one organisation when no word in it is tagged other than an organisation, and NER either ran the final "and"
 * into a name or tagged nothing after the first comma: "the Ministry of Defence, Nato and Downing Street" (NER tags
 * "Nato" and leaves the "and" between two names) stays three.
 */
final class CommaNamedOffice implements Rule {
    /** At most this many capitalised words between two commas. */
    private static final int ITEM = 3;

    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        for (int i = 0; i + 4 < t.size; i++) {
            if (!ORG_HEADS.contains(t.word[i]) || !(t.word[i + 1].equals("for") || t.word[i + 1].equals("of"))) continue;
            int end = end(t, i);
            if (end < 0) continue;
            int head = i;
            d.cands.removeIf(c -> c.cb < 0 && c.s < end && c.e > head);
            String surface = t.span(i, end);
            d.cands.add(new Cand(i, end, surface, EntityType.ORGANIZATION, surface, false));
            for (int k = i; k < end; k++) d.claimed[k] = true;
            i = end - 1;
        }
        d.sortCands();
    }

    /** The end of the listed name starting at the head {@code i}, or -1 when none starts there. */
    private static int end(Tokens t, int i) {
        int k = items(t, i + 2);
        if (k < 0) return -1;
        int commas = 0;
        while (k + 1 < t.size && t.word[k].equals(",") && t.capitalized(k + 1)) {
            int next = items(t, k + 1);
            if (next < 0) return -1;
            k = next;
            commas++;
        }
        if (k < t.size && t.word[k].equals(",")) k++;   // the serial comma: "Culture, Media, and Sport"
        if (commas == 0 && !t.word[k - 1].equals(",") || k >= t.size || !t.word[k].equals("and")) return -1;
        int and = k, last = items(t, k + 1);
        if (last < 0) return -1;
        boolean untaggedList = true;   // NER saw no names of their own after the first comma
        for (int m = i; m < last; m++)
            if (t.sentence[m] != t.sentence[i] || !(t.ner[m].equals("O") || t.ner[m].equals("ORGANIZATION"))) return -1;
        for (int m = firstComma(t, i); m < last; m++) if (!t.ner[m].equals("O")) untaggedList = false;
        return t.ner[and].equals("ORGANIZATION") || untaggedList ? last : -1;
    }

    private static int firstComma(Tokens t, int i) {
        int k = i;
        while (!t.word[k].equals(",")) k++;
        return k;
    }

    /** The end of one to {@link #ITEM} capitalised words from {@code s}, or -1. */
    private static int items(Tokens t, int s) {
        int k = s;
        while (k < t.size && k - s < ITEM && t.capitalized(k) && !t.word[k].equals(",")) k++;
        return k == s || k < t.size && t.capitalized(k) ? -1 : k;
    }
}
