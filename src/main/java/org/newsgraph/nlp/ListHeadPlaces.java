package org.newsgraph.nlp;

/**
 * News writes the kind of several places once, in the plural, after their list: "in Los Angeles, Orange, Riverside,
 * Imperial Valley and San Bernardino Counties", "Kano and Kaduna states". NER, reading each name alone, makes some of
 * them organisations ("Orange") or people. Names joined by commas, "and", "or" or "&amp;" right before a plural head
 * noun of {@code words/list-heads.txt} ({@link ListHeadNouns}) are places — at least two of them. NER may run the last name on into the noun ("San Bernardino Counties"); that name is the list's last, as NER has it.
 * Switch {@code ListHeadNames}: before the head of an administrative unit (counties, provinces, states …) each is named
 * with it ("Los Angeles County"), an entity apart from a city of the same name elsewhere in the story.
 */
final class ListHeadPlaces implements Rule {
    /** Heads of administrative units, whose members Wikipedia names with the head ("Kano State", "Orange County"). */
    private static final java.util.Set<String> ADMINISTRATIVE = java.util.Set.of("County", "Province", "District", "State",
            "Parish", "Prefecture", "Oblast", "Governorate");

    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        d.sortCands();
        for (int n = 0; n < d.cands.size(); n++) {
            Cand last = d.cands.get(n);
            if (last.cb >= 0) continue;
            // NER may run the last name on into the noun: "San Bernardino Counties"
            boolean headInside = last.len() > 1 && ListHeadNouns.singular(t.word[last.e - 1]) != null;
            if (!headInside && (last.e >= t.size || ListHeadNouns.singular(t.word[last.e]) == null)) continue;
            int first = n;
            while (first > 0) {
                Cand prev = d.cands.get(first - 1), cur = d.cands.get(first);
                if (prev.cb >= 0 || !joined(t, prev.e, cur.s)) break;
                first--;
            }
            if (first == n) continue;
            for (int k = first; k <= n; k++) d.cands.get(k).type = EntityType.PLACE;
            // switch ListHeadNames: an administrative unit's list names each unit in full ("Los Angeles County"), apart
            // from the city the story may name alike ("the cities of Santa Monica and Los Angeles")
            String head = ListHeadNouns.singular(headInside ? t.word[last.e - 1] : t.word[last.e]);
            if (d.on("ListHeadNames") && ADMINISTRATIVE.contains(head))
                for (int k = first; k <= n; k++) {
                    Cand c = d.cands.get(k);
                    String base = k == n && headInside ? t.span(c.s, c.e - 1) : c.surface;
                    c.name = base + " " + head;
                    c.listNamed = true;
                }
        }
    }

    /** Whether the tokens {@code [from, to)} join two list items: ",", "and", "or", "&amp;", ", and". */
    private static boolean joined(Tokens t, int from, int to) {
        if (to - from == 1) return t.word[from].equals(",") || isConjunction(t.word[from]);
        return to - from == 2 && t.word[from].equals(",") && isConjunction(t.word[from + 1]);
    }

    private static boolean isConjunction(String w) { return w.equals("and") || w.equals("or") || w.equals("&"); }
}
