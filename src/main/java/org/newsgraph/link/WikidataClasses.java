package org.newsgraph.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Wikidata instance-of (P31) classes mean to the linker, from the shipped table {@code wikidata-classes.tsv}
 * ({@code QID<TAB>TYPE}): the coarse {@link TitleType} of an item (human → PERSON, city → CITY, company →
 * ORGANIZATION, film → OTHER, family name → NAME_PAGE, disambiguation page → NON_ENTITY …) and the classes whose
 * items the dump index leaves out ({@code SKIP}: scholarly articles, categories, templates, genes, stars…, which
 * news never links to and which are a third of the dump). Only direct P31 values are read.
 *
 * <pre>
 *   TitleType t = WikidataClasses.type(List.of(5));   // PERSON (Q5, human)
 * </pre>
 */
public final class WikidataClasses {
    private WikidataClasses() {}

    private static final Map<Integer, TitleType> TYPES = new HashMap<>();
    private static final Set<Integer> SKIP = new HashSet<>();
    static {
        for (String[] f : TsvTable.rows("wikidata-classes.tsv")) {
            int q = Integer.parseInt(f[0].strip().substring(1));
            String t = f[1].strip();
            if (t.equals("SKIP")) SKIP.add(q);
            else TYPES.put(q, TitleType.valueOf(t));
        }
    }

    /** The coarse type of an item with these P31 classes (numeric QIDs): the first class the table knows. */
    public static TitleType type(List<Integer> p31) {
        for (int q : p31) {
            TitleType t = TYPES.get(q);
            if (t != null) return t;
        }
        return TitleType.UNKNOWN;
    }

    /** True when an item of these classes is left out of the index. */
    public static boolean skip(List<Integer> p31) {
        for (int q : p31) if (SKIP.contains(q)) return true;
        return false;
    }
}
