package org.newsgraph.nlp;

/**
 * Fixes broadcasters named by "Channel" and a number, which NER leaves untagged ("Channel 4", "Channel 9"): an
 * organisation, in the body.
 */
final class ChannelNumber implements Rule {
    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        for (int i = 0; i + 1 < t.size; i++) {
            if (!d.freeCapitalised(i) || !t.word[i].equals("Channel") || t.sentence[i + 1] != t.sentence[i]
                    || !t.word[i + 1].matches("\\d{1,2}") || t.begin[i] < d.bodyOffset) continue;
            d.addCand(i, i + 2, "ORGANIZATION");
            d.claimed[i] = d.claimed[i + 1] = true;
        }
    }
}
