package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.*;

/**
 * Fixes organisations written in capitals that NER leaves untagged ("ITV", "G4S", "FSCS", "ANI"): an all-caps token
 * of 2–6 capitals or digits with at least two letters, in the body, used twice in the article or after "the" ("the
 * FA"; a one-off bare acronym — "her arrival at JFK" — may as well be a person or a place). Safeguards against the
 * all-caps words that are no names: not in an all-caps line or phrase ("QUESTION:", "AT THE PLATE"), not before a
 * colon, not next to a number or a hyphen ("BGN 100", "EA-18G"), not after a capitalised word inside the sentence
 * ("KIIS FM"), no Roman numeral, ISO currency code or common abbreviation ("TV", "CEO", "DNA";
 * {@code words/common-abbreviations.txt}).
 */
final class AllCapsName implements Rule {
    @Override
    public void apply(Doc d) {
        for (int i = 0; i < d.t.size; i++) if (d.freeCapitalised(i) && isName(d, i)) d.organisation(i);
    }

    static boolean isName(Doc d, int i) {
        Tokens t = d.t;
        String w = t.word[i];
        if (t.begin[i] < d.bodyOffset || !ACRONYM.matcher(w).matches() || w.chars().filter(Character::isLetter).count() < 2
                || ROMAN.matcher(w).matches() || COMMON_ABBREVIATIONS.contains(w) || CURRENCIES.contains(w))
            return false;
        int sent = t.sentence[i];
        if (i + 1 < t.size && t.sentence[i + 1] == sent) {
            String n = t.word[i + 1];
            if (n.equals(":") || n.startsWith("-") || Character.isDigit(n.charAt(0)) || Doc.isCapsWord(n)) return false;
        }
        if (i > t.sentenceStart[sent]) {
            String p = t.word[i - 1];
            if (Character.isDigit(p.charAt(p.length() - 1)) || p.endsWith("-") || Doc.isCapsWord(p)) return false;
            if (t.capitalized(i - 1) && i - 1 != t.sentenceStart[sent] && t.text.lastIndexOf('\n', t.begin[i]) < t.end[i - 1])
                return false;
        }
        int ls = t.text.lastIndexOf('\n', t.begin[i]) + 1, le = t.text.indexOf('\n', t.end[i]);
        String line = t.text.substring(ls, le < 0 ? t.text.length() : le);
        long letters = line.chars().filter(Character::isLetter).count();
        long upper = line.chars().filter(Character::isUpperCase).count();
        if (upper * 2 > letters) return false;
        if (i > 0 && t.lower(i - 1).equals("the")) return true;
        int n = 0;
        for (int k = 0; k < t.size && n < 2; k++) if (t.word[k].equals(w)) n++;
        return n >= 2;
    }
}
