package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.*;

/**
 * Fixes employers NER leaves untagged in the common apposition "Name, Employer's title": an untagged capitalised
 * word inside a sentence whose possessive is followed by a job title in lower case names an organisation ("Karen
 * Jennings, Unison's assistant general secretary"). Not a demonym, honorific, title word or day/month name.
 */
final class EmployerPossessive implements Rule {
    @Override
    public void apply(Doc d) {
        for (int i = 0; i < d.t.size; i++) if (d.freeCapitalised(i) && employsTitle(d, i)) d.organisation(i);
    }

    static boolean employsTitle(Doc d, int i) {
        Tokens t = d.t;
        int sent = t.sentence[i];
        return t.begin[i] >= d.bodyOffset && i > t.sentenceStart[sent] && !t.capitalized(i - 1) && i + 2 < t.size
                && t.sentence[i + 2] == sent && t.isPossessive(i + 1) && !t.capitalized(i + 2)
                && isTitleWord(t.lower(i + 2)) && d.gazetteer.byDemonym(t.word[i]).isEmpty()
                && !HONORIFICS.contains(t.word[i]) && !isTitleWord(t.lower(i)) && !CALENDAR_WORDS.contains(t.word[i]);
    }
}
