package org.newsgraph.nlp;

import static org.newsgraph.nlp.Doc.isEntityTag;
import static org.newsgraph.nlp.Doc.isPunct;
import static org.newsgraph.nlp.Lexicon.*;

import org.newsgraph.vocab.SDO;

/**
 * The spans CoreNLP's NER tags, cut to what news writing names. A run of one tag within a line ("Chief
 * Executive\nNuclear Energy Institute" is two) loses a leading "the", a trailing possessive and punctuation, and then:
 * <ul>
 *   <li>{@code LoneInitial}: a lone initial NER left out joins a person ("T Bone Burnett");</li>
 *   <li>{@code StateUniversity}: a state's name and an untagged "State" is its university ("the Ohio State
 *       recruiter", "Penn State"), except New York and Washington ({@code words/state-is-state.txt});</li>
 *   <li>{@code OrganisationRunOn}: an organisation's name runs on over the capitalised words NER left out ("Amazon
 *       Prime Video", "KIIS FM", "CBS This Morning"); a person or place cut short that way is dropped rather than
 *       mis-typed;</li>
 *   <li>{@code EventName}: a place, a year and a name is an event, no mention of the place ("the London 2012
 *       Olympics");</li>
 *   <li>{@code SlashSplit}: an organisation span across a slash is two ("a Comres/ITV poll");</li>
 *   <li>hyphenated places and demonyms are split ("Russian-Ukrainian", "Delhi - Noida"); a one-word MISC demonym is
 *       its country ({@link Doc#demonym}); a MISC party is an organisation ("Republicans");</li>
 *   <li>{@code OfPlaceNames}: "City of", "Isle of" … before a place make one place ("the City of London"), "Duchess
 *       of", "Prince of" … one person ("The Duchess of Cambridge"), "Bank of", "Reserve Bank of", "Church of" … one
 *       organisation ("The Bank of England" where NER tagged only "England").</li>
 * </ul>
 * The tokens an organisation's run-on or "State" takes are claimed, so the untagged-name rules do not see them.
 */
final class NerSpans implements Rule {
    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        int i = 0;
        while (i < t.size) {
            String tag = t.ner[i];
            if (!isEntityTag(tag)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.size && t.ner[j].equals(tag) && t.sentence[j] == t.sentence[i] && !d.lineBreakBefore(j)) j++;
            i = span(d, i, j, tag);
        }
    }

    /**
     * Switch {@code DemonymCompany}: the end of an organisation NER tagged from token {@code e} on that ends in a legal
     * form ("Petroleum Co Plc" after "British"), or -1: a demonym right before it opens the company's name, not a
     * mention of the country ("British Petroleum Co Plc", "American Express Co").
     */
    private static int companyRunEnd(Doc d, int e) {
        Tokens t = d.t;
        int k = e;
        while (k < t.size && t.ner[k].equals("ORGANIZATION") && t.sentence[k] == t.sentence[e] && !d.lineBreakBefore(k)) k++;
        return k > e + 1 && CompanySuffix.SUFFIXES.contains(t.word[k - 1]) && d.gazetteer.byDemonym(t.word[e - 1]).isPresent() ? k : -1;
    }

    /** Handles the NER run {@code [i, j)}; returns the token to go on from. */
    private static int span(Doc d, int i, int j, String tag) {
        Tokens t = d.t;
        int s = i, e = j;
        while (s < e && (t.lower(s).equals("the") || isPunct(t.word[s]))) s++;
        while (e > s && (t.isPossessive(e - 1) || isPunct(t.word[e - 1]))) e--;
        // switch DemonymCompany: an untagged demonym right before a company NER tagged with its legal form opens its
        // name ("British | Petroleum Co Plc")
        if (tag.equals("ORGANIZATION") && s == i && s > 0 && t.ner[s - 1].equals("O") && t.sentence[s - 1] == t.sentence[s]
                && d.on("DemonymCompany") && t.capitalized(s - 1) && companyRunEnd(d, s) == j) s--;
        // a title NER took for a first name: "Taoiseach Enda Kenny" is Enda Kenny
        if (tag.equals("PERSON") && e - s >= 3 && t.capitalized(s) && TITLE_HEADS.contains(t.lower(s))) s++;
        if (d.on("LoneInitial") && tag.equals("PERSON") && s == i && i > 0 && t.ner[i - 1].equals("O")
                && t.sentence[i - 1] == t.sentence[i] && INITIAL.matcher(t.word[i - 1]).matches()
                && !t.word[i - 1].startsWith("A") && !t.word[i - 1].equals("I") && t.end[i - 1] < t.begin[i]) s--;
        if (e < t.size && d.partOfLongerName(e)) {
            if (d.on("StateUniversity") && tag.equals("LOCATION") && e == j && t.word[e].equals("State")
                    && !STATE_IS_STATE.contains(t.span(s, e))
                    && d.gazetteer.byName(t.span(s, e)).map(p -> SDO.AdministrativeArea.equals(p.schemaClass())).orElse(false)) {
                d.addCand(s, e + 1, "ORGANIZATION");
                d.claimed[e] = true;
                return e + 1;
            }
            if (d.on("OrganisationRunOn") && tag.equals("ORGANIZATION") && e == j) {
                int k = e;
                while (k < t.size && d.partOfLongerName(k) && !HONORIFICS.contains(t.word[k])) k++;
                // a title's modifier before its head is no part of the name: "United Nations | High Commissioner …"
                while (k > e && k < t.size && TITLE_MODIFIERS.contains(t.lower(k - 1)) && TITLE_HEADS.contains(t.lower(k))) k--;
                d.addCand(s, k, tag);
                for (int m = e; m < k; m++) d.claimed[m] = true;
                return k;
            }
            if (d.on("OrganisationRunOn") || !tag.equals("ORGANIZATION")) return j;
        }
        if (d.on("EventName") && tag.equals("LOCATION") && e == j && d.yearAndNameAt(e)) return j;
        if (d.on("DatelineDash") && !tag.equals("LOCATION")) {   // "MUMBAI - Tata Motors": a dateline, then the name
            int dash = datelineDash(d, s, e);
            if (dash > 0) {
                d.addCand(s, dash, "LOCATION");
                if (dash + 1 < e) d.addCand(dash + 1, e, tag);
                return j;
            }
        }
        int sl = s;
        while (sl < e && !t.word[sl].equals("/")) sl++;
        if (d.on("SlashSplit") && sl > s && sl < e - 1 && tag.equals("ORGANIZATION")) {
            for (int p = s, q; p < e; p = q + 1) {
                q = p;
                while (q < e && !t.word[q].equals("/")) q++;
                if (q > p) d.addCand(p, q, tag);
            }
            return j;
        }
        int h = s;
        while (h < e && !t.word[h].equals("-")) h++;
        if (h < e && h > s && (tag.equals("LOCATION") || tag.equals("MISC")) && !oneHyphenatedName(d, s, e)) {   // "Delhi - Noida": split at the hyphen
            for (int p = s, q; p < e; p = q + 1) {
                q = p;
                while (q < e && !t.word[q].equals("-")) q++;
                if (q == p + 1 && (tag.equals("MISC") || d.gazetteer.byDemonym(t.word[p]).isPresent())) d.demonym(p);
                else if (q > p) d.addCand(p, q, tag);
            }
        } else if (s + 1 == e && t.word[s].indexOf('-') > 0 && !tag.equals("PERSON") && !tag.equals("ORGANIZATION")
                && !(tag.equals("LOCATION") && oneHyphenatedName(d, java.util.List.of(t.word[s].split("-")))))
            d.splitHyphenated(s, tag);
        else if (tag.equals("MISC") && PARTIES.contains(t.span(s, e)) && d.on("PartyByMembers"))
            d.addCand(s, e, "ORGANIZATION");
        else if (s + 1 == e && e == j && tag.equals("MISC") && d.on("DemonymCompany") && companyRunEnd(d, e) > 0) {
            int k = companyRunEnd(d, e);   // "British | Petroleum Co Plc": the demonym opens the company's name
            d.addCand(s, k, "ORGANIZATION");
            for (int m = e; m < k; m++) d.claimed[m] = true;
            return k;
        }
        else if (s + 1 == e && tag.equals("MISC")) d.demonym(s);
        else if (s < e && tag.equals("LOCATION") && d.on("OfPlaceNames") && ofOrganisationStart(d, s) >= 0) {
            int b = ofOrganisationStart(d, s);   // "The Bank of England": NER tagged only "England"
            d.addCand(b, e, "ORGANIZATION");
            for (int k = b; k < s; k++) d.claimed[k] = true;
        }
        else if (s < e && tag.equals("LOCATION") && d.on("OfPlaceNames") && ofPlaceStart(d, s) >= 0) {
            int b = ofPlaceStart(d, s);
            boolean noble = NOBLE_TITLES.contains(t.word[b]);
            if (noble && b > 0 && t.word[b - 1].equals("The") && b - 1 != t.sentenceStart[t.sentence[b]]) b--;
            String surface = t.span(b, e);
            d.cands.add(new Cand(b, e, surface, noble ? EntityType.PERSON : EntityType.PLACE, surface, false));
        }
        else if (s < e) d.addCand(s, e, tag);
        return j;
    }

    /**
     * The start of "City of" / "Duchess of" right before the place at {@code s} (an untagged capitalised place head
     * or noble title, then "of"), or -1.
     */
    static int ofPlaceStart(Doc d, int s) {
        Tokens t = d.t;
        if (s < 2 || !t.word[s - 1].equals("of") || !t.ner[s - 2].equals("O") || t.sentence[s - 2] != t.sentence[s]) return -1;
        String w = t.word[s - 2];
        return PLACE_HEADS.contains(w) || NOBLE_TITLES.contains(w) ? s - 2 : -1;
    }
    /**
     * The start of "Bank of", "Reserve Bank of", "Church of" right before the place at {@code s}: an untagged
     * organisation head ({@code words/organisation-heads.txt}) and "of", with the untagged capitalised words before it
     * ("Reserve"), but not a sentence's first word nor "The"; -1 when there is none.
     */
    static int ofOrganisationStart(Doc d, int s) {
        Tokens t = d.t;
        if (s < 2 || !t.word[s - 1].equals("of") || !t.ner[s - 2].equals("O") || t.sentence[s - 2] != t.sentence[s]
                || !ORG_HEADS.contains(t.word[s - 2])) return -1;
        int b = s - 2;
        while (b - 1 > t.sentenceStart[t.sentence[b]] && t.ner[b - 1].equals("O") && t.capitalized(b - 1)
                && !t.word[b - 1].equals("The") && !d.lineBreakBefore(b)) b--;
        return b;
    }

    /**
     * True when the place at {@code [s, e)} is one name written with hyphens, not places joined by them: every hyphen is
     * unspaced ("AL-AIN", "Spa-Francorchamps", "Winston-Salem", "Aix-en-Provence") and no part is a place or people
     * the gazetteer knows on its own ("Delhi-Noida", "US-Mexico", "Baku-Tbilisi" are two places). Switched off with
     * rule {@code HyphenatedPlaceName}.
     */
    static boolean oneHyphenatedName(Doc d, int s, int e) {
        Tokens t = d.t;
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (int k = s, p = s; k <= e; k++) {
            if (k < e && !t.word[k].equals("-")) continue;
            if (k < e && (k == s || k + 1 >= e || t.end[k - 1] != t.begin[k] || t.end[k] != t.begin[k + 1])) return false;
            parts.add(t.span(p, k));
            p = k + 1;
        }
        return oneHyphenatedName(d, parts);
    }

    /** The same for the parts of one hyphenated token ("Spa-Francorchamps" kept whole by the tokenizer). */
    static boolean oneHyphenatedName(Doc d, java.util.List<String> parts) {
        if (!d.on("HyphenatedPlaceName") || parts.size() < 2) return false;
        for (String part : parts) {
            String title = part.isEmpty() ? part : part.charAt(0) + part.substring(1).toLowerCase(java.util.Locale.ROOT);
            if (d.gazetteer.byName(part).isPresent() || d.gazetteer.byName(title).isPresent()
                    || d.gazetteer.byDemonym(part).isPresent() || d.gazetteer.byDemonym(title).isPresent()) return false;
        }
        return true;
    }

    /**
     * The dash of a wire dateline NER ran into a name ("MUMBAI - Tata Motors said"): the span starts a line, its words
     * before a dash token are all in capitals; -1 when it is none.
     */
    static int datelineDash(Doc d, int s, int e) {
        Tokens t = d.t;
        if (s > 0 && !d.lineBreakBefore(s)) return -1;
        int k = s;
        while (k < e && !(isDash(t.word[k]) && k > s && t.end[k - 1] < t.begin[k])) {   // a spaced dash: "AL-AIN" is a name
            String w = t.word[k];
            if (!w.equals(w.toUpperCase(java.util.Locale.ROOT)) || w.chars().noneMatch(Character::isLetter)) return -1;
            k++;
        }
        return k > s && k < e ? k : -1;
    }

    private static boolean isDash(String w) { return w.equals("-") || w.equals("--") || w.equals("\u2014") || w.equals("\u2013"); }

}
