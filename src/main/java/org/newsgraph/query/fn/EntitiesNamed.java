package org.newsgraph.query.fn;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;
import org.newsgraph.store.index.ArticleIndex;

/**
 * {@code (?entity ?articles ?name ?type) ngf:entitiesNamed (text)}: the people, organisations and places whose name
 * has every word of {@code text} (case and accents ignored), each once, most articles first, then IRI; {@code ?type}
 * is the class IRI as {@code ngf:entity} gives it.
 */
final class EntitiesNamed extends IndexFunction {
    EntitiesNamed() { super(4, 1); }

    @Override
    Iterator<Node[]> rows(ArticleIndex index, List<Node> args, int outputs, ExecutionContext cxt) {
        Node text = args.get(0);
        if (text == null || !text.isLiteral()) throw new QueryExecException("ngf:entitiesNamed: a name (a string) was expected, not " + text);
        return map(index.entitiesNamed(text.getLiteralLexicalForm()), e -> new Node[] {
                e.node(), integer(e.articles()), string(e.name()), EntityFacts.classOf(e.types())});
    }
}
