package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.PARTIES;

/**
 * Fixes political parties called by their members' name ("the ruling Conservatives", "Republicans said",
 * {@code words/parties-by-members.txt}): an organisation, whether NER leaves the word untagged (here) or tags it
 * MISC ({@link NerSpans}, under this rule's name).
 */
final class PartyByMembers implements Rule {
    @Override
    public void apply(Doc d) {
        for (int i = 0; i < d.t.size; i++) if (d.freeCapitalised(i) && PARTIES.contains(d.t.word[i])) d.organisation(i);
    }
}
