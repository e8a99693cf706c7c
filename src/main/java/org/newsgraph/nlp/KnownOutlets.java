package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fixes news outlets NER leaves untagged or tags MISC ("told The Independent", "for the Guardian"): a known outlet of
 * {@code publishers.tsv} is an organisation. A one-word form without its "The" ("Guardian", "Times") only right
 * after "the"; a form with "The" only inside a sentence ("The Independent candidate lost." is no outlet); never the
 * start of a longer name ("The Times Literary Supplement").
 */
final class KnownOutlets implements Rule {
    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        d.sortCands();
        boolean[] used = new boolean[t.size];
        for (Cand c : d.cands) if (c.type != null || c.demonym) for (int k = c.s; k < c.e; k++) used[k] = true;
        List<Cand> found = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (used[i] || !(t.ner[i].equals("O") || t.ner[i].equals("MISC")) || !t.capitalized(i)) continue;
            for (String[] f : d.outletNames) {
                int e = i + f.length;
                if (e > t.size || !Arrays.equals(f, Arrays.copyOfRange(t.word, i, e))) continue;
                boolean free = true;
                for (int k = i; k < e; k++) free &= !used[k] && t.sentence[k] == t.sentence[i] && !t.ner[k].equals("PERSON");
                if (!free || f[0].equals("The") && f.length == 1) continue;
                int start = t.sentenceStart[t.sentence[i]];
                if (f.length == 1 && !(i - 1 > start && t.lower(i - 1).equals("the"))) continue;
                if (f[0].equals("The") && i == start) continue;
                if (e < t.size && t.sentence[e] == t.sentence[i] && t.capitalized(e) && !t.isPossessive(e)
                        && t.text.lastIndexOf('\n', t.begin[e]) < t.end[e - 1]) continue;
                int s = f[0].equals("The") ? i + 1 : i;
                found.add(new Cand(s, e, t.span(s, e), EntityType.ORGANIZATION, t.span(s, e), false));
                for (int k = i; k < e; k++) used[k] = true;
                i = e - 1;
                break;
            }
        }
        if (found.isEmpty()) return;
        d.cands.removeIf(c -> c.type == null && found.stream().anyMatch(f -> f.s < c.e && c.s < f.e));   // MISC "Independent"
        d.cands.addAll(found);
        d.sortCands();
    }
}
