package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.PARTIES;

/**
 * Fixes political parties called by their members' name ("the ruling Conservatives", "Republicans said", "the
 * Liberal Democrats" — the longest listed name, not "Democrats" alone;
 * {@code words/parties-by-members.txt}): an organisation, whether NER leaves the word untagged (here) or tags it
 * MISC ({@link NerSpans}, under this rule's name).
 */
final class PartyByMembers implements Rule {
    @Override
    public void apply(Doc d) {
        for (int i = 0; i < d.t.size; i++) {
            if (!d.freeCapitalised(i)) continue;
            // the longest listed name from here: "Liberal Democrats", not "Democrats" alone
            int end = -1;
            for (int k = i; k < Math.min(d.t.size, i + 3) && d.freeCapitalised(k); k++)
                if (PARTIES.contains(d.t.span(i, k + 1))) end = k + 1;
            if (end < 0) continue;
            d.addCand(i, end, "ORGANIZATION");
            for (int k = i; k < end; k++) d.claimed[k] = true;
            i = end - 1;
        }
    }
}
