package org.newsgraph.nlp;

/**
 * A wire story opens with the city it was filed from, in capitals, then a date, the agency or a dash: "SAO PAULO, Aug 3
 * -", "BUENOS AIRES (Reuters) -", "NEW DELHI — ". NER, seeing two capitalised words it does not know, often makes the
 * city a person or an organisation. A name that starts a line, is written all in capitals, and is followed by such a
 * dateline ending (optionally after a region: "JACKSON, Miss., May 2 -") is a place — unless NER made it an
 * organisation whose name ends in an organisation's head noun ("UNITED NATIONS (Reuters) -" files from the UN). The
 * story's lone "person" of a one-word dateline's name is that town too ("FERGUSON, Missouri (Reuters) - Police in
 * Ferguson …"), unless someone of that surname is named in full.
 */
final class DatelinePlace implements Rule {
    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        java.util.Set<String> towns = new java.util.HashSet<>();
        for (Cand c : d.cands) {
            if (c.cb >= 0 || c.s > 0 && !d.lineBreakBefore(c.s)) continue;
            if (!allCaps(t, c.s, c.e) || c.type == EntityType.ORGANIZATION && organisationHead(t.word[c.e - 1])) continue;
            if (!DatelineEnding.PATTERN.matcher(t.text).region(t.end[c.e - 1], t.text.length()).lookingAt()) continue;
            c.type = EntityType.PLACE;
            if (c.e == c.s + 1) towns.add(t.word[c.s].toLowerCase(java.util.Locale.ROOT));
        }
        // "FERGUSON, Missouri (Reuters) - Police in Ferguson shot …": the story's lone "person" of the dateline's one-word
        // name is the town, unless someone of that surname is named in full
        for (Cand c : d.cands) {
            if (c.type != EntityType.PERSON || c.cb >= 0 || c.e != c.s + 1 || !towns.contains(t.lower(c.s))) continue;
            boolean named = false;
            for (Cand o : d.cands) named |= o.type == EntityType.PERSON && o.e - o.s > 1 && t.word[o.e - 1].equals(t.word[c.s]);
            if (!named) c.type = EntityType.PLACE;
        }
    }

    /** "UNITED NATIONS (Reuters) -" files from an organisation's seat: a head noun of organisations ends its name. */
    private static boolean organisationHead(String word) {
        String w = word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
        return Lexicon.ORG_HEADS.contains(w) || w.equals("Nations");
    }

    private static boolean allCaps(Tokens t, int s, int e) {
        for (int k = s; k < e; k++) {
            String w = t.word[k];
            if (!w.equals(w.toUpperCase(java.util.Locale.ROOT)) || w.chars().noneMatch(Character::isLetter)) return false;
        }
        return true;
    }
}
