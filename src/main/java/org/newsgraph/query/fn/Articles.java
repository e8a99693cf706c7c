package org.newsgraph.query.fn;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;
import org.newsgraph.store.index.ArticleIndex;

/**
 * {@code (?article ?day ?relation) ngf:articles (entity publisher since until order)}: the articles of the day range
 * that are about or mention {@code entity} (one row per relation, {@code "about"} before {@code "mentions"}) and/or
 * are published by {@code publisher} — all articles when both are unbound — {@code "newest"} (default) or
 * {@code "oldest"} first (by day, then time of day where the date has one). Without the third output ({@code ?relation}) each article is one
 * row. Rows are made as they are read: a page costs a page.
 */
final class Articles extends IndexFunction {
    Articles() { super(3, 5); }

    @Override
    Iterator<Node[]> rows(ArticleIndex index, List<Node> args, int outputs, ExecutionContext cxt) {
        Node order = args.get(4);
        String o = order == null ? "newest" : order.isLiteral() ? order.getLiteralLexicalForm() : "";
        if (!o.equals("newest") && !o.equals("oldest"))
            throw new QueryExecException("ngf:articles: order is \"newest\" or \"oldest\", not " + order);
        Node entity = iri(args, 0, "entity");
        Iterator<ArticleIndex.ArticleRow> rows = index.articles(entity, iri(args, 1, "publisher"),
                since(args, 2), until(args, 3), o.equals("newest"), outputs >= 3);
        return Iter.iter(rows).map(r -> new Node[] {r.article(), date(r.day()),
                r.relation() == ArticleIndex.ABOUT ? string("about") : r.relation() == ArticleIndex.MENTIONS ? string("mentions") : null});
    }
}
