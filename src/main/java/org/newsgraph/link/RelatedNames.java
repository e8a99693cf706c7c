package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short names the article's other entities explain (part of rule {@code coherence}, with a Wikidata index): news
 * names a club, a party or a company in full once or never, and then by a short form the reader resolves from the
 * people around it — "United" in a report on a Manchester United player, "Labor" next to an Australian Labor
 * politician, "the Ministry" … The labels of the items that a Wikidata statement relates to an entity's confident
 * link (its team, party, employer, country …: {@code wikidata-relations.tsv}) become candidate names of every other
 * entity whose name is a whole-word part of such a label ("United" of "Manchester United F.C."); the linker scores
 * them as any other form of the name ({@link #WEIGHT}), and {@link Coherence} then weighs the relation itself.
 */
final class RelatedNames {
    /** Weight of a related item's label as a form of a shorter name. */
    static final double WEIGHT = 0.5;

    /** Normalised label → labels as written, grouped by the label's words (for the look-up by a name's first word). */
    private final Map<String, List<String>> byWord = new HashMap<>();
    private final Map<String, Integer> source = new HashMap<>();

    private RelatedNames() {}

    /**
     * The related labels of the article: of each entity's best candidate that reaches {@code confident}, the labels of
     * the items its statements name.
     */
    static RelatedNames of(List<List<Linker.Scored>> ranked, WikidataIndex wd, double confident) {
        RelatedNames out = new RelatedNames();
        for (int j = 0; j < ranked.size(); j++) {
            List<Linker.Scored> r = ranked.get(j);
            if (r.isEmpty() || r.get(0).score() < confident) continue;
            Linker.Scored best = r.get(0);
            int item = best.item() >= 0 ? best.item() : wd.itemIdOfLinkTitle(best.title());
            if (item < 0) continue;
            for (int q : wd.related(item)) {
                int id = wd.idOfQid(q);
                if (id < 0) continue;
                String label = wd.label(id);
                if (label == null || label.isBlank()) continue;
                String norm = Surfaces.normalize(label);
                if (out.source.putIfAbsent(norm, j) != null) continue;
                for (String w : new LinkedHashSet<>(List.of(norm.split(" "))))
                    out.byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(label);
            }
        }
        return out;
    }

    /**
     * The related labels that name entity {@code i} more fully: its name is a whole-word part of them (never the
     * label itself: that name's candidates are already there), and they do not come from entity {@code i}'s own link.
     */
    List<String> forms(int i, String name) {
        String norm = Surfaces.normalize(Linker.clean(name));
        if (norm.isEmpty()) return List.of();
        List<String> labels = byWord.get(norm.split(" ")[0]);
        if (labels == null) return List.of();
        Set<String> out = new LinkedHashSet<>();
        for (String l : labels) {
            String nl = Surfaces.normalize(l);
            if (!nl.equals(norm) && source.get(nl) != i && NameMatch.containsPhrase(nl, norm)) out.add(l);
        }
        return List.copyOf(out);
    }

    boolean isEmpty() { return byWord.isEmpty(); }
}
