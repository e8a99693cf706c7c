package org.newsgraph.query.fn;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.graph.Node;
import org.newsgraph.store.index.ArticleIndex;

/**
 * {@code (?first ?firstName ?second ?secondName ?articles) ngf:pairCounts (class since until)}: pairs of entities of
 * a class named together in articles of the day range, the first's IRI sorting before the second's; by number of
 * articles, most first, then by the two IRIs.
 */
final class PairCounts extends IndexFunction {
    PairCounts() { super(5, 3); }

    @Override
    Iterator<Node[]> rows(ArticleIndex index, List<Node> args, int outputs, ExecutionContext cxt) {
        int mask = typeMask(args, 0, "ngf:pairCounts");
        return map(index.pairCounts(mask, since(args, 1), until(args, 2)), p -> new Node[] {
                p.first(), string(p.firstName()), p.second(), string(p.secondName()), integer(p.articles())});
    }
}
