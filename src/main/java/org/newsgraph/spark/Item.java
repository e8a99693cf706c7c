package org.newsgraph.spark;

import java.io.Serializable;
import org.newsgraph.model.Article;
import org.newsgraph.read.Problem;

/** What the reading stage hands to the mapping stage: an article, or a problem found while reading. */
record Item(Article article, Problem problem) implements Serializable {
    static Item of(Article a) { return new Item(a, null); }

    static Item of(Problem p) { return new Item(null, p); }
}
