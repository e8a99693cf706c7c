package org.newsgraph.nlp;

/**
 * An organisation named "X of the Y" where NER tagged both halves and not the "of" between them: "The International
 * Committee | of the | Red Cross", "the Council | of | Europe", "the Federation | of | Korean Industries" — two names,
 * neither the body meant. An organisation whose name ends in an organisation's head noun
 * ({@code words/organisation-heads.txt}: Committee, Council, Federation, Bank …), followed by "of" or "of the" and
 * another organisation in the same sentence, is one organisation with it.
 */
final class OfJoinedName implements Rule {
    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        d.sortCands();
        for (int k = 0; k + 1 < d.cands.size(); k++) {
            Cand c = d.cands.get(k), n = d.cands.get(k + 1);
            if (c.type != EntityType.ORGANIZATION || n.type != EntityType.ORGANIZATION || c.cb >= 0 || n.cb >= 0 || c.demonym
                    || !Lexicon.ORG_HEADS.contains(t.word[c.e - 1]) || c.e >= t.size || !t.word[c.e].equals("of")
                    || t.sentence[n.s] != t.sentence[c.s]) continue;
            int gap = t.lower(c.e + 1).equals("the") ? 2 : 1;
            if (n.s != c.e + gap) continue;
            String surface = t.span(c.s, n.e);
            d.cands.set(k, new Cand(c.s, n.e, surface, EntityType.ORGANIZATION, surface, false));
            d.cands.remove(k + 1);
            for (int i = c.e; i < n.s; i++) d.claimed[i] = true;
        }
    }
}
