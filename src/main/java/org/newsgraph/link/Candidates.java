package org.newsgraph.link;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates of one entity while {@link Linker#rank} gathers them: per title (the WikiDict title id, or
 * {@code -1 - item} for an item only the Wikidata dump knows) its best prior, popularity, type and how it was found.
 * Surfaces are looked up in the WikiDict index and, when there is one, the Wikidata index ({@link #gather}); redirect-like
 * variants of one title and an item found under its current title are joined afterwards
 * ({@link #mergeRedirectVariants}, {@link #attachItems}).
 */
final class Candidates {
    private final WikiDictIndex index;
    private final WikidataIndex wikidata;
    private final Map<Integer, Acc> cands = new HashMap<>();

    Candidates(WikiDictIndex index, WikidataIndex wikidata) {
        this.index = index;
        this.wikidata = wikidata;
    }

    boolean isEmpty() { return cands.isEmpty(); }

    Collection<Acc> values() { return cands.values(); }

    /**
     * Redirect-like variants of one title are one entity: a bare title ("Houston", "14th_Street") whose own name the
     * WikiDict sends to a qualified title of the same name ("Houston,_Texas", "14th_Street_(Manhattan)") that more
     * anchors point at is the same page under an older or shorter name (a redirect or a former title): its prior and
     * popularity join the qualified title's, so two articles never link the same place under two titles.
     */
    void mergeRedirectVariants() {
        for (Integer key : List.copyOf(cands.keySet())) {
            Acc a = cands.get(key);
            if (a == null || key < 0 || a.title.indexOf('(') >= 0 || a.title.indexOf(',') >= 0) continue;
            String text = Surfaces.titleText(a.title);
            String q = index.exactTitle(text);
            if (q == null || q.equals(a.title) || !Surfaces.titleBase(q).equals(text)) continue;
            int qid = index.titleId(q);
            if (qid < 0 || index.popularity(qid) <= a.popularity) continue;
            TitleType qt = TitleTypes.fromTitle(q);   // entities only: "1408" and "1408_(film)" may be two works
            if (!qt.isPlace() && qt != TitleType.ORGANIZATION && qt != TitleType.PERSON) continue;
            Acc t = cands.get(qid);
            if (t == null) {
                t = new Acc();
                t.title = q;
                t.type = index.type(qid);
                t.popularity = index.popularity(qid);
                cands.put(qid, t);
            }
            t.prior = Math.min(1, t.prior + a.prior);
            t.titleOnly &= a.titleOnly;
            t.compound |= a.compound;
            t.named |= a.named;
            if (t.item < 0) t.item = a.item;
            cands.remove(key);
        }
    }

    /**
     * Gives every WikiDict candidate its Wikidata item ({@link WikidataIndex#itemIdOfLinkTitle}: by its title, or, for
     * a title renamed since 2013, by the item named so), and joins an item the dump found by name under its current
     * title ("Kyiv") to the WikiDict's candidate of the same item under its old title ("Kiev"): one entity, whose
     * WikiDict statistics and Wikidata facts count together (the link keeps the WikiDict's title, so the entity's IRI
     * does not depend on whether a dump is present).
     */
    void attachItems() {
        Map<Integer, Integer> keyOfItem = new HashMap<>();
        for (Map.Entry<Integer, Acc> e : cands.entrySet()) {
            if (e.getKey() < 0) continue;
            Acc a = e.getValue();
            if (a.item < 0) a.item = wikidata.itemIdOfLinkTitle(a.title);
            if (a.item >= 0) keyOfItem.putIfAbsent(a.item, e.getKey());
        }
        for (Integer key : List.copyOf(cands.keySet())) {
            if (key >= 0) continue;
            Acc dup = cands.get(key);
            Integer into = keyOfItem.get(dup.item);
            if (into == null) continue;
            Acc t = cands.get(into);
            t.prior = Math.min(1, Math.max(t.prior, dup.prior));
            t.titleOnly &= dup.titleOnly;
            t.named |= dup.named;
            t.compound |= dup.compound;
            t.popularity = Math.max(t.popularity, dup.popularity);
            cands.remove(key);
        }
    }

    static final class Acc {
        int item = -1;
        /** The fullest name is a label or alias of the candidate's Wikidata item. */
        boolean named;
        String title;
        TitleType type;
        int popularity;
        double prior;
        boolean titleOnly = true;
        boolean compound;
        /** Some surface looked up points at the title as written, not only through another case variant. */
        boolean exact;
    }

    void gather(String surface, double weight, boolean compound) {
        gather(surface, weight, compound, false);
    }

    /** Which titles the lookup under way may add (null: any). */
    private java.util.function.Predicate<String> titleFilter;

    /**
     * Candidates of the organisation {@code name} qualified by a place ("U.S. CIA"), keeping only titles that name
     * the organisation ({@link NameMatch#namesOrganisation}) unless {@code anyTitle}.
     */
    void gatherCompound(String surface, String name, boolean anyTitle) {
        gatherWhere(surface, 1.0, true, anyTitle ? null : title -> NameMatch.namesOrganisation(title, name));
    }

    /** As {@link #gather(String, double, boolean, boolean)} for a form of the name, adding only titles {@code ok} accepts. */
    void gatherWhere(String surface, double weight, boolean compound, java.util.function.Predicate<String> ok) {
        titleFilter = ok;
        try {
            gather(surface, weight, compound, !compound);
        } finally {
            titleFilter = null;
        }
    }

    void gather(String surface, double weight, boolean compound, boolean form) {
        List<WikiDictIndex.Candidate> found = index.candidates(surface);
        // The WikiDict's entry for the surface as written ("Portland" → Portland,_Oregon) is the real statistic;
        // other case variants ("PORTLAND" → Portland,_Maine) are anchors written differently and count for less.
        boolean exactKnown = false;
        for (WikiDictIndex.Candidate c : found) exactKnown |= c.exactPrior() > 0;
        boolean asciiSurface = ascii(surface);
        for (WikiDictIndex.Candidate c : found) {
            if ((compound || form) && c.prior() == 0) continue;   // a qualified name must be a real WikiDict surface
            if (titleFilter != null && !titleFilter.test(c.title())) continue;
            Acc a = cands.computeIfAbsent(c.titleId(), k -> new Acc());
            a.title = c.title();
            a.type = c.type();
            a.popularity = c.popularity();
            if (c.prior() > 0) {
                double p = !exactKnown ? c.prior() : c.exactPrior() > 0 ? c.exactPrior() : Linker.CASE_VARIANT_DISCOUNT * c.prior();
                // A name without accents reaches an accented title's anchors only through the folded key ("Maria" →
                // an anchor "Marià"): that counts as a variant spelling, whatever else the key holds.
                if (asciiSurface && c.exactPrior() == 0 && !ascii(c.title())) p = Math.min(p, Linker.CASE_VARIANT_DISCOUNT * c.prior());
                a.titleOnly = false;
                a.prior = Math.max(a.prior, weight * p);
                if (compound) a.compound = true;
                if (c.exactPrior() > 0) a.exact = true;
            }
        }
        if (wikidata != null) gatherWikidata(surface, weight, compound, found.stream().anyMatch(c -> c.prior() > 0));
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /**
     * Items of the Wikidata index named so (label, alias, enwiki title). An item whose enwiki title the WikiDict knows
     * joins that title's candidate (the WikiDict's anchor prior stays the statistic; the item adds its P31 type and
     * dates); an item the WikiDict does not know (newer than 2013, or without a Wikipedia article: its title is then
     * the QID) is a candidate of its own. Its sitelink-based prior counts fully when the WikiDict has no entry for
     * the surface; otherwise at {@link Linker#DUMP_PRIOR_WEIGHT} (the WikiDict's anchors are the better statistic, the
     * dump's names the newer one: a 2023 "TASS" is the label of the Russian agency and only an alias of the Soviet one).
     */
    private void gatherWikidata(String surface, double weight, boolean compound, boolean wikiDictKnows) {
        List<WikidataIndex.Candidate> found = wikidata.candidates(surface);
        boolean exactKnown = false;
        for (WikidataIndex.Candidate c : found) exactKnown |= c.exactPrior() > 0;
        for (WikidataIndex.Candidate c : found) {
            String title = wikidata.linkTitle(c.item());
            int tid = title.matches("Q\\d+") ? -1 : index.titleId(title);
            int key = tid >= 0 ? tid : -1 - c.item();
            Acc a = cands.get(key);
            if (a == null) {
                a = new Acc();
                a.title = title;
                a.type = wikidata.type(c.item());
                a.popularity = Math.max(tid >= 0 ? index.popularity(tid) : 0, wikidata.sitelinks(c.item()));
                cands.put(key, a);
            }
            a.item = c.item();
            if (weight == 1.0 && !compound) a.named = true;
            double p = !exactKnown ? c.prior() : c.exactPrior() > 0 ? c.exactPrior() : Linker.CASE_VARIANT_DISCOUNT * c.prior();
            if (wikiDictKnows) p *= Linker.DUMP_PRIOR_WEIGHT;
            a.titleOnly = false;
            a.prior = Math.max(a.prior, weight * p);
            if (compound) a.compound = true;
        }
    }
}
