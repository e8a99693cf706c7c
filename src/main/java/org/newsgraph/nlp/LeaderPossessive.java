package org.newsgraph.nlp;

import java.util.Set;

/**
 * Political news names a party or militia with its leader in the possessive — "Morgan Tsvangirai's Movement for
 * Democratic Change", "Moqtada al-Sadr's Mahdi Army", "Angela Merkel's Christian Democrats" — and NER often runs both
 * into one organisation, which then names neither. An ORGANIZATION span with an inner possessive, two or three
 * capitalised words before it (two to four words, particles such as "al-" allowed; no organisation head noun or legal form, not "St"), and a political body's head noun
 * after it ({@code words/political-heads.txt}: Party, Movement, Army, Front …) is a person and the body.
 * "Lloyd's of London" (one word before) and "Morgan Stanley's wealth unit" (no political head) stay.
 */
final class LeaderPossessive implements Rule {
    private static final Set<String> HEADS = WordList.load("political-heads");
    private static final Set<String> COMPANY_FORMS = CompanySuffix.SUFFIXES;
    /** Lower-case parts of names: "al-Sadr", "bin Laden", "de Gaulle", "van Rompuy". */
    private static final java.util.regex.Pattern PARTICLES = java.util.regex.Pattern.compile("(?:al|el|ad|as|bin|ibn|de|del|van|von|der|le|la|du|-)|(?:al|el|ad|as)-\\p{Lu}[\\p{L}-]*");

    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        for (int n = d.cands.size() - 1; n >= 0; n--) {
            Cand c = d.cands.get(n);
            if (c.type != EntityType.ORGANIZATION || c.cb >= 0) continue;
            int p = -1;
            for (int k = c.s + 2; k < c.e - 1 && p < 0; k++) if (t.isPossessive(k)) p = k;
            if (p < 0 || p - c.s > 4 || t.word[c.s].equals("St") || t.word[c.s].equals("St.")) continue;
            boolean person = true, body = false;
            for (int k = c.s; k < p; k++)
                person &= (t.capitalized(k) || PARTICLES.matcher(t.word[k]).matches()) && !Lexicon.ORG_HEADS.contains(t.word[k])
                        && !COMPANY_FORMS.contains(t.word[k]);
            for (int k = p + 1; k < c.e; k++) body |= HEADS.contains(t.word[k]);
            if (!person || !body || !t.capitalized(p + 1)) continue;
            String who = t.span(c.s, p), what = t.span(p + 1, c.e);
            d.cands.set(n, new Cand(p + 1, c.e, what, EntityType.ORGANIZATION, what, false));
            d.cands.add(n, new Cand(c.s, p, who, EntityType.PERSON, who, false));
        }
    }
}
