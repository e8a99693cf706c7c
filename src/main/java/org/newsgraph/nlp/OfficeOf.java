package org.newsgraph.nlp;

import java.util.Set;

/**
 * News writes an office with "of" and then its holder: "Secretary of State Hillary Clinton", "Minister of Finance
 * Pranab Mukherjee", "the Archbishop of Canterbury Rowan Williams", "the Bishop of Durham Justin Welby". NER reads
 * the words after "of" as a name of their own — the portfolio as an organisation ("State", "Homeland Security",
 * "Navy"), the see or city run into the holder's name (the person "Canterbury Rowan Williams"). After a title's head
 * noun ({@code words/title-heads.txt}) and "of" (or "of the"):
 * <ul>
 *   <li>an ORGANIZATION that is a portfolio of {@code words/portfolios.txt}, after Secretary, Minister, Undersecretary
 *       or Chancellor, is part of the office's name, no entity, and its words are claimed so that {@link Repeats}
 *       does not make them a mention of the article's "Navy" again (switch {@code OfficePortfolio});</li>
 *   <li>a PERSON of three or more words is the holder without the place it opens with: the longest opening place of
 *       the gazetteer, else its first word, as long as two words are left (switch {@code OfficePlace}); so is an
 *       ORGANIZATION of such words after the title of a see or place's holder (Archbishop, Bishop, Mayor, Governor,
 *       Duke …) when none is an organisation's head noun or legal form ("the Archbishop of Canterbury Rowan Williams",
 *       typed an organisation; "Chief Technology Officer of Valley Radiotherapy Associates" stays).</li>
 * </ul>
 */
final class OfficeOf implements Rule {
    private static final Set<String> PORTFOLIO_OFFICES = Set.of("secretary", "minister", "undersecretary", "under-secretary", "chancellor");

    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        boolean portfolios = d.on("OfficePortfolio"), places = d.on("OfficePlace");
        for (int n = d.cands.size() - 1; n >= 0; n--) {
            Cand c = d.cands.get(n);
            if (c.cb >= 0) continue;
            int of = c.s - 1;
            if (of >= 0 && t.word[of].equalsIgnoreCase("the")) of--;
            if (of < 1 || !t.word[of].equals("of") || !t.capitalized(of - 1) || !TitleWords.isHead(t.word[of - 1])) continue;
            if (portfolios && c.type == EntityType.ORGANIZATION && PORTFOLIO_OFFICES.contains(t.lower(of - 1))
                    && (TitleWords.isPortfolio(c.surface) || TitleWords.isPortfolio(t.span(of + 1, c.e)))) {
                d.cands.remove(n);
                for (int k = c.s; k < c.e; k++) d.claimed[k] = true;   // nor a later mention (Repeats) of "Navy" there
            } else if (places && c.len() >= 3 && (c.type == EntityType.PERSON
                    || c.type == EntityType.ORGANIZATION && SEE_TITLES.contains(t.word[of - 1]) && nameWords(t, c))) {
                int cut = c.s + 1;
                for (int k = c.e - 2; k > c.s; k--)
                    if (d.gazetteer.byName(t.span(c.s, k)).isPresent()) { cut = k; break; }
                String surface = t.span(cut, c.e);
                d.cands.set(n, new Cand(cut, c.e, surface, EntityType.PERSON, surface, false));
            }
        }
    }

    /** No word of the span is an organisation's head noun or legal form: "Canterbury Rowan Williams", not "Harvard University". */
    private static boolean nameWords(Tokens t, Cand c) {
        for (int k = c.s; k < c.e; k++)
            if (!t.capitalized(k) || Lexicon.ORG_HEADS.contains(t.word[k]) || COMPANY_FORMS.contains(t.word[k])) return false;
        return true;
    }

    private static final Set<String> COMPANY_FORMS = CompanySuffix.SUFFIXES;
    /** Titles "of" a see or a place whose holder is named after it: an organisation-typed span after them may be the holder. */
    private static final Set<String> SEE_TITLES = Set.of("Archbishop", "Bishop", "Mayor", "Lord Mayor", "Governor", "Duke",
            "Duchess", "Earl", "Countess", "Marquess", "Prince", "Princess", "Dean", "Provost");
}
