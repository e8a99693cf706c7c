package org.newsgraph.query.fn;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.graph.Node;
import org.newsgraph.store.index.ArticleIndex;

/**
 * {@code (?entity ?articles ?name ?type ?lastDay) ngf:entityCounts (class since until with)}: the entities of a
 * schema.org class (Person, Organization, Place — with Country, City and AdministrativeArea — or one of those) by
 * the number of articles of the day range that are about or mention them (and, when {@code with} is given, also
 * name that entity), most first, then by IRI. {@code ?type} is the class name ("Person", or the most specific place
 * class); {@code ?lastDay} the latest such article's day.
 */
final class EntityCounts extends IndexFunction {
    EntityCounts() { super(5, 4); }

    @Override
    Iterator<Node[]> rows(ArticleIndex index, List<Node> args, int outputs, ExecutionContext cxt) {
        int mask = typeMask(args, 0, "ngf:entityCounts");
        return map(index.entityCounts(mask, since(args, 1), until(args, 2), iri(args, 3, "with")), c -> new Node[] {
                c.node(), integer(c.articles()), string(c.name()), string(label(mask, c.types())), date(c.lastDay())});
    }

    private static String label(int mask, int types) {
        if (mask == ArticleIndex.PERSON) return "Person";
        if (mask == ArticleIndex.ORGANIZATION) return "Organization";
        return ArticleIndex.placeLabel(types & mask);
    }
}
