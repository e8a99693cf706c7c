package org.newsgraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * A place named as where someone studied or teaches is its university: "educated at Eton and Oxford", "a graduate of
 * Cambridge", "studied at Durham". NER makes "Oxford" a place. A place right after an education cue
 * ({@code words/education-cues.txt}), or listed with "and" after a name that is ("Eton and Oxford"; not "Richard Huish
 * College, Taunton", a college and its town), is an organisation of class
 * {@code schema:CollegeOrUniversity}, which the linker looks up as "University of Oxford" and "Oxford University".
 */
final class EducationPlace implements Rule {
    private static final Set<String> CUES = WordList.load("education-cues");

    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        d.sortCands();
        for (int n = 0; n < d.cands.size(); n++) {
            Cand c = d.cands.get(n);
            if (c.type != EntityType.PLACE || c.demonym || c.cb >= 0) continue;
            // back over a list to its first name: "Eton and Oxford", "Eton, Harrow and Cambridge"
            // … joined to the name before it by "and" ("Richard Huish College, Taunton" is a college and its town)
            int first = n;
            if (n > 0 && listed(t, d.cands.get(n - 1), c) && t.word[c.s - 1].equals("and"))
                while (first > 0 && listed(t, d.cands.get(first - 1), d.cands.get(first))) first--;
            if (!cueBefore(t, d.cands.get(first).s)) continue;
            c.type = EntityType.ORGANIZATION;
            d.universities.add(c.name);
        }
    }

    private static boolean listed(Tokens t, Cand a, Cand b) {
        if (a.cb >= 0 || t.sentence[a.s] != t.sentence[b.s]) return false;
        int gap = b.s - a.e;
        return gap == 1 && (t.word[a.e].equals(",") || t.word[a.e].equals("and"))
                || gap == 2 && t.word[a.e].equals(",") && t.word[a.e + 1].equals("and");
    }

    private static boolean cueBefore(Tokens t, int s) {
        if (s < 2 || t.sentence[s - 2] != t.sentence[s]) return false;
        return CUES.contains((t.word[s - 2] + " " + t.word[s - 1]).toLowerCase(Locale.ROOT));
    }
}
