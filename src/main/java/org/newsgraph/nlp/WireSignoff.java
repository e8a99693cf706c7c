package org.newsgraph.nlp;

/**
 * Reuters' wire copy of the 1980s signs off every story with a line "Reuter" (the agency's name then), which NER tags
 * an organisation and the linker, knowing no such organisation, sends to the surname page {@code Reuter}. A "Reuter"
 * that ends the text, alone on its line or right after the last sentence's full stop, is the agency: its name is Reuters;
 * so is an organisation "Reuter" anywhere in the text ("a Reuter survey showed", "told Reuter").
 */
final class WireSignoff implements Rule {
    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        for (int n = 0; n < d.cands.size(); n++) {
            Cand c = d.cands.get(n);
            if (c.cb >= 0 || c.e != c.s + 1 || !t.word[c.s].equals("Reuter")) continue;
            // the text's last word, on a line of its own or right after the last sentence's full stop ("… Ford Motor Co.
            // Reuter", as archives that fold lines give it)
            // anywhere else, an organisation "Reuter" is the agency too ("a Reuter survey", "told Reuter"): a person of
            // that name NER would call a person
            boolean signoff = t.text.substring(t.end[c.s]).isBlank() && (c.s == 0 || d.lineBreakBefore(c.s) || t.word[c.s - 1].equals("."));
            if (!signoff && c.type != EntityType.ORGANIZATION) continue;
            d.cands.set(n, new Cand(c.s, c.e, c.surface, EntityType.ORGANIZATION, "Reuters", false));
        }
    }
}
