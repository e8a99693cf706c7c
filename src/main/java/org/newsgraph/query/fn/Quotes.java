package org.newsgraph.query.fn;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;
import org.newsgraph.store.index.ArticleIndex;

/**
 * {@code (?quote ?article ?day) ngf:quotes (speaker since until order)}: the quotations an article graph attributes to
 * {@code speaker} ({@code schema:spokenByCharacter} or {@code schema:creator}), {@code "newest"} (default) or
 * {@code "oldest"} article first. Rows are made as they are read.
 */
final class Quotes extends IndexFunction {
    Quotes() { super(3, 4); }

    @Override
    Iterator<Node[]> rows(ArticleIndex index, List<Node> args, int outputs, ExecutionContext cxt) {
        Node speaker = iri(args, 0, "speaker");
        if (speaker == null) throw new QueryExecException("ngf:quotes: the speaker must be given");
        Node order = args.get(3);
        String o = order == null ? "newest" : order.isLiteral() ? order.getLiteralLexicalForm() : "";
        if (!o.equals("newest") && !o.equals("oldest"))
            throw new QueryExecException("ngf:quotes: order is \"newest\" or \"oldest\", not " + order);
        return Iter.iter(index.quotes(speaker, since(args, 1), until(args, 2), o.equals("newest")))
                .map(r -> new Node[] {r.quote(), r.article(), date(r.day())});
    }
}
