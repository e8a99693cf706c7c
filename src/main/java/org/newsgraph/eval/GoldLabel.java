package org.newsgraph.eval;

import java.util.Set;
import org.newsgraph.nlp.EntityType;

/**
 * A gold label: a span of the document text and what gold says it is.
 *
 * @param types our types the label maps to (empty: another kind, e.g. a work, a date, a product)
 * @param scored whether it counts as a gold mention: not a coreference, not NIL, not optional, one of our types;
 *               a prediction on the span of an unscored label is neither right nor wrong
 * @param link the gold entity (Wikidata QID or DBpedia IRI), or null
 * @param name the gold entity's label (ELEVANT {@code name}), or null
 */
public record GoldLabel(int begin, int end, Set<EntityType> types, boolean scored, String link, String name) {
    public GoldLabel(int begin, int end, Set<EntityType> types, boolean scored, String link) {
        this(begin, end, types, scored, link, null);
    }
}
