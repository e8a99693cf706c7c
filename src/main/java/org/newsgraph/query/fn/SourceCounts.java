package org.newsgraph.query.fn;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.graph.Node;
import org.newsgraph.store.index.ArticleIndex;

/**
 * {@code (?source ?articles ?name ?lastDay) ngf:sourceCounts (since until publisher)}: what the articles of the day
 * range (of one publisher, when given) cite as {@code schema:isBasedOn}, by number of articles, most first, then IRI.
 */
final class SourceCounts extends IndexFunction {
    SourceCounts() { super(4, 3); }

    @Override
    Iterator<Node[]> rows(ArticleIndex index, List<Node> args, int outputs, ExecutionContext cxt) {
        return map(index.sourceCounts(since(args, 0), until(args, 1), iri(args, 2, "publisher")), c -> new Node[] {
                c.node(), integer(c.articles()), string(c.name()), date(c.lastDay())});
    }
}
