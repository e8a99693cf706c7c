package org.newsgraph.nlp;

/**
 * Finds the body's names in a headline written in capitals, which NER often leaves untagged ("SOCCER - JAPAN GET
 * LUCKY WIN, CHINA IN SURPRISE DEFEAT." over a body that names Japan and China): a run of capitalised headline words
 * that is, in any case, a name the body gave an entity is a mention of that entity — the longest such run first. Words
 * of fewer than three letters are left alone ("US" may be the pronoun of a headline). Only in a headline (a given one,
 * or a first line in capitals, {@link CapsHeadline}).
 */
final class HeadlineNames implements Rule {
    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        if (d.bodyOffset == 0) return;
        java.util.List<Ent> named = d.ents.stream().filter(x -> inBody(d, x)).toList();   // the body's entities, once
        for (int i = 0; i < t.size && t.begin[i] < d.bodyOffset; i++) {
            if (d.owner[i] >= 0 || !Doc.isCapsWord(t.word[i])) continue;
            Ent best = null;
            int bestLen = 0;
            for (Ent x : named) {
                for (String[] f : x.forms) {
                    if (f.length <= bestLen || i + f.length > t.size || t.begin[i + f.length - 1] >= d.bodyOffset) continue;
                    if (f.length == 1 && f[0].codePoints().filter(Character::isLetter).count() < 3) continue;
                    boolean match = true;
                    for (int k = 0; k < f.length && match; k++) {
                        String w = t.word[i + k];
                        match = d.owner[i + k] < 0 && Doc.isCapsWord(w) && w.equalsIgnoreCase(f[k]) && !w.equals(f[k]);
                    }
                    if (match) {
                        best = x;
                        bestLen = f.length;
                    }
                }
            }
            if (best != null) {
                d.mention(best, i, i + bestLen, "headline");
                i += bestLen - 1;
            }
        }
    }

    /** Whether the entity has a mention in the body. */
    private static boolean inBody(Doc d, Ent x) {
        for (Mention m : x.e.mentions()) if (m.begin() >= d.bodyOffset) return true;
        return false;
    }
}
