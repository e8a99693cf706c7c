package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.GOVERNMENT_SEATS;
import static org.newsgraph.nlp.Lexicon.ORG_HEADS;
import static org.newsgraph.nlp.Lexicon.isTitleWord;

/**
 * An organisation's name cut before the title words NER ran it on into: "IMF Managing Director Christine Lagarde"
 * (NER: organisation "IMF Managing"), "Apple Chief Executive Tim Cook". The capitalised title words
 * ({@code words/title-heads.txt}, {@code words/title-modifiers.txt}) at the end of an organisation span go back to the
 * title when they, and the capitalised title words after the span, stand right before a person and the title has a
 * head noun — as in "Fed Chairman Ben Bernanke", where NER leaves "Chairman" out and {@link Titles} reads the title
 * "Chairman" of the Fed. Kept in the name: an organisation's head noun ("NSW Police Commissioner …",
 * {@code words/organisation-heads.txt}), a seat of government ("White House Press Secretary …": "Press" goes, "House"
 * stays), and the words of a name that would end in "of", "and", "&", "for" or "the" ("Ministry of Finance Spokesman
 * …"). A lower-case title after the name ("NSW Police commissioner") is no title-case title: NER's span stays.
 * A country left alone by the cut is the place that qualifies the title ("U.S. Trade Representative Clayton Yeutter").
 */
final class TitleTail implements Rule {
    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        for (int n = 0; n < d.cands.size(); n++) {
            Cand c = d.cands.get(n);
            if (c.type != EntityType.ORGANIZATION || c.cb >= 0) continue;
            int k = c.e;
            while (k - 1 > c.s && t.capitalized(k - 1) && isTitleWord(t.lower(k - 1)) && !ORG_HEADS.contains(t.word[k - 1]))
                k--;
            while (k < c.e && splitsSeat(t, c, k)) k++;
            if (k == c.e || CONNECTORS.contains(t.lower(k - 1))) continue;
            int m = c.e;
            while (m < t.size && t.sentence[m] == t.sentence[c.s] && t.ner[m].equals("O") && t.capitalized(m)
                    && isTitleWord(t.lower(m))) m++;
            if (m >= t.size || t.sentence[m] != t.sentence[c.s] || !t.ner[m].equals("PERSON")
                    || !Titles.hasHead(t, k, m)) continue;
            int cut = k;
            while (k - 1 > c.s && Doc.isPunct(t.word[k - 1])) k--;   // "(Reuters) - House Speaker …": no ") -" left over
            String surface = t.span(c.s, k);
            // what is left may be a country that qualifies the title ("U.S. Trade Representative Clayton Yeutter")
            java.util.Optional<Gazetteer.Place> country = d.gazetteer.byName(surface).filter(Gazetteer.Place::isCountry);
            d.cands.set(n, new Cand(c.s, k, surface, country.isPresent() ? EntityType.PLACE : c.type,
                    country.map(Gazetteer.Place::name).orElse(c.name.equals(c.surface) ? surface : c.name), false));
            for (int i = cut; i < c.e; i++) d.claimed[i] = true;
        }
    }

    /** Whether a cut before token {@code k} splits a seat of government ("White | House Press Secretary"). */
    private static boolean splitsSeat(Tokens t, Cand c, int k) {
        for (int j = c.s; j < k; j++)
            for (int m = k + 1; m <= c.e; m++) if (GOVERNMENT_SEATS.contains(t.span(j, m))) return true;
        return false;
    }

    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("of", "and", "&", "for", "the");
}
