package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Company names with a possessive form: "Moody's", "McDonald's", "Sainsbury's", "Ben & Jerry's"
 * ({@code words/possessive-names.txt}). CoreNLP's tokenizer splits off the "'s" and NER leaves it out ("Moody"), so
 * the mention is cut short and links nowhere. A listed name followed by its "'s" becomes one organisation mention
 * over both, whether NER tagged the name as an organisation or not at all, and keeps the "'s" in its name, which
 * the linker looks up as written ({@link #isName}). Any other name's "'s" stays a possessive ("Apple's"). A one-word
 * name NER tagged as a person ("Kohl's" may be Helmut Kohl's), a place, or a longer name around the listed one ("Chris
 * Christie's") is left alone; a listed name of several words is specific enough to take persons' tags ("Trader
 * Joe's", "Ben & Jerry's": NER reads Joe, Ben and Jerry as people).
 */
public final class PossessiveNames implements Rule {
    private static final Set<String> NAMES = Lexicon.POSSESSIVE_NAMES;
    /** The listed names as lower-case words before the "'s", longest first. */
    private static final List<String[]> WORDS = NAMES.stream().map(PossessiveNames::wordsBefore)
            .sorted(java.util.Comparator.comparingInt((String[] w) -> w.length).reversed()).toList();

    private static String[] wordsBefore(String name) {
        String n = normal(name);
        if (!n.endsWith("'s") || n.length() < 3)
            throw new IllegalStateException("words/possessive-names.txt: \"" + name + "\" does not end in 's");
        return n.substring(0, n.length() - 2).split(" ");
    }

    /** Whether {@code name} is a listed name whose "'s" belongs to it ("Moody's", "Moody’s"; not "Apple's"). */
    public static boolean isName(String name) { return name != null && NAMES_LOWER.contains(normal(name)); }

    private static final Set<String> NAMES_LOWER = Set.copyOf(NAMES.stream().map(PossessiveNames::normal).toList());

    private static String normal(String s) { return s.strip().replace('\u2019', '\'').toLowerCase(Locale.ROOT); }

    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        boolean changed = false;
        for (int i = 1; i < t.size; i++) {
            if (!(t.word[i].equals("'s") || t.word[i].equals("\u2019s")) || t.begin[i] != t.end[i - 1]) continue;
            int s = listedBefore(t, i);
            if (s < 0 || !t.capitalized(s) || d.claimed[i]) continue;
            List<Cand> inside = new ArrayList<>();
            boolean ok = true;
            for (Cand c : d.cands) {
                if (c.e <= s || c.s > i) continue;
                if (c.s < s || c.e > i || c.cb >= 0 || !(c.type == null || c.type == EntityType.ORGANIZATION
                        || c.type == EntityType.PERSON && i - s > 1)) ok = false;
                inside.add(c);
            }
            for (int k = s; k < i && ok; k++)
                if (t.ner[k].equals("LOCATION") || t.ner[k].equals("PERSON") && i - s == 1 || d.claimed[k]
                        && inside.isEmpty()) ok = false;
            if (!ok) continue;
            d.cands.removeAll(inside);
            String surface = t.span(s, i + 1);
            d.cands.add(new Cand(s, i + 1, surface, EntityType.ORGANIZATION, surface.replace('\u2019', '\''), false));
            for (int k = s; k <= i; k++) d.claimed[k] = true;
            changed = true;
        }
        if (changed) d.sortCands();
    }

    /** The first token of a listed name that ends right before the "'s" at {@code i}, in its sentence, or -1. */
    private static int listedBefore(Tokens t, int i) {
        for (String[] w : WORDS) {
            int s = i - w.length;
            if (s < 0 || t.sentence[s] != t.sentence[i]) continue;
            boolean eq = true;
            for (int k = 0; k < w.length && eq; k++) eq = t.lower(s + k).equals(w[k]);
            if (eq) return s;
        }
        return -1;
    }
}
