package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.ORG_HEADS;

/**
 * NER runs two organisations joined by "and" into one: "Credit Suisse and Swiss Bank Corp", "Amnesty International and
 * Human Rights Watch". An organisation span "A and B" is split in two when each side has two words or more, and no
 * comma, "of", "for" or "&amp;" is inside — "Procter and Gamble Co", "the Ministry of Trade and Industry", "Department
 * for Business, Innovation and Skills" stay one — unless B ends in an organisation's head noun that is not a legal form,
 * which governs both sides: "the House Energy and Commerce Committee" is one committee ({@code
 * words/organisation-heads.txt}, {@code words/company-suffixes.txt}).
 */
final class AndSplit implements Rule {
    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        for (int n = 0; n < d.cands.size(); n++) {
            Cand c = d.cands.get(n);
            if (c.type != EntityType.ORGANIZATION || c.cb >= 0) continue;
            int and = -1;
            boolean blocked = false;
            for (int k = c.s; k < c.e; k++) {
                String w = t.word[k];
                if (w.equals("and")) {
                    if (and >= 0) blocked = true;
                    and = k;
                } else if (w.equals(",") || w.equals("of") || w.equals("for") || w.equals("&") || w.equals("the")) blocked = true;
            }
            if (blocked || and - c.s < 2 || c.e - and - 1 < 2) continue;
            String last = t.word[c.e - 1];
            if (ORG_HEADS.contains(last) && !CompanySuffix.SUFFIXES.contains(last)) continue;
            d.cands.set(n, new Cand(c.s, and, t.span(c.s, and), c.type, t.span(c.s, and), false));
            d.cands.add(n + 1, new Cand(and + 1, c.e, t.span(and + 1, c.e), c.type, t.span(and + 1, c.e), false));
            n++;
        }
    }
}
