package org.newsgraph.store.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the names of the store's people, organisations and places, for {@code ngf:entitiesNamed}: word →
 * entity ids, built once from the article index's names (one name per entity, the first seen). Words are compared in
 * lower case without accents ("Müller" = "muller"); a query matches an entity whose name has every word of the
 * query. Unlike the full-text index, which holds one entry per article graph naming an entity (so the most
 * mentioned namesake fills any page of hits), this answers with every entity once.
 */
final class EntityNames {
    private final Map<String, int[]> byWord;

    EntityNames(String[] names, int[] namedIn) {
        Map<String, List<Integer>> m = new HashMap<>();
        for (int id = 0; id < names.length; id++) {
            if (namedIn[id] == 0 || names[id] == null) continue;
            for (String w : words(names[id])) {
                List<Integer> l = m.computeIfAbsent(w, k -> new ArrayList<>(2));
                if (l.isEmpty() || l.get(l.size() - 1) != id) l.add(id);
            }
        }
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        m.forEach((w, l) -> out.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
        this.byWord = out;
    }

    /** Ids (ascending) of the entities whose name has every word of {@code query}; empty for a query without words. */
    int[] matching(String query) {
        List<String> ws = words(query);
        if (ws.isEmpty()) return new int[0];
        int[] hits = null;
        for (String w : ws) {
            int[] ids = byWord.getOrDefault(w, new int[0]);
            hits = hits == null ? ids : intersect(hits, ids);
            if (hits.length == 0) break;
        }
        return hits;
    }

    private static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else { out[n++] = a[i]; i++; j++; }
        }
        return Arrays.copyOf(out, n);
    }

    /** The words of a name: letters and digits, lower case, accents dropped. */
    static List<String> words(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : t.split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty() && !out.contains(w)) out.add(w);
        return out;
    }
}
