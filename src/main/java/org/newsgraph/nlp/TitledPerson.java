package org.newsgraph.nlp;

import static org.newsgraph.nlp.Lexicon.ORG_HEADS;

import java.util.Set;

/**
 * NER runs a title into an organisation's span when it does not know the name after it: "armed forces chief General
 * Feisal Tanjung said" (organisation "General Feisal Tanjung"). An ORGANIZATION span that opens with a person's title
 * ({@code words/person-title-heads.txt}: General, Colonel, Senator, Governor …) followed by two or more capitalised
 * words, none an organisation's head noun or a company's legal form ("General Accounting Office", "General Motors
 * Corp", "Major League Baseball") nor a place of the gazetteer, is that person: the title stays outside the name
 * ({@link Titles} reads it). Switch {@code TitledPerson}.
 */
final class TitledPerson implements Rule {
    private static final Set<String> TITLES = WordList.load("person-title-heads");
    private static final Set<String> COMPANY_FORMS = CompanySuffix.SUFFIXES;

    @Override
    public void apply(Doc d) {
        if (!d.on("TitledPerson")) return;
        Tokens t = d.t;
        for (int n = 0; n < d.cands.size(); n++) {
            Cand c = d.cands.get(n);
            if (c.type != EntityType.ORGANIZATION || c.cb >= 0 || c.e - c.s < 3 || !TITLES.contains(t.word[c.s])) continue;
            boolean name = true;
            for (int k = c.s + 1; k < c.e && name; k++)
                name = t.capitalized(k) && t.word[k].chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'')
                        && !ORG_HEADS.contains(t.word[k]) && !COMPANY_FORMS.contains(t.word[k]) && !Doc.isCapsWord(t.word[k]);
            String surface = t.span(c.s + 1, c.e);
            if (!name || d.gazetteer.byName(surface).isPresent()) continue;
            d.cands.set(n, new Cand(c.s + 1, c.e, surface, EntityType.PERSON, surface, false));
        }
    }
}
