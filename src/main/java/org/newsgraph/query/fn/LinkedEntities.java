package org.newsgraph.query.fn;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecException;
import org.newsgraph.store.index.ArticleIndex;
import org.newsgraph.vocab.SDO;

/**
 * {@code (?entity ?name ?type ?wikidata ?dbpedia ?wikipedia ?confidence) ngf:linkedEntities (class minConfidence)}:
 * the people, organisations and places (Person, Organization, Place, Country, City) that carry an {@code owl:sameAs}
 * link in some article graph, by IRI; {@code class} keeps one of those classes, {@code minConfidence} drops
 * entities whose best {@code ng:linkConfidence} is lower (an entity linked somewhere without a confidence stays,
 * with no {@code ?confidence}). {@code ?type} is the class IRI.
 */
final class LinkedEntities extends IndexFunction {
    private static final Node[] CLASSES = {SDO.Person, SDO.Organization, SDO.Place, SDO.Country, SDO.City};
    private static final int[] BITS = {ArticleIndex.PERSON, ArticleIndex.ORGANIZATION, ArticleIndex.PLACE,
            ArticleIndex.COUNTRY, ArticleIndex.CITY};

    LinkedEntities() { super(7, 2); }

    @Override
    Iterator<Node[]> rows(ArticleIndex index, List<Node> args, int outputs, ExecutionContext cxt) {
        Node cls = iri(args, 0, "class");
        int wanted = -1;
        if (cls != null) {
            for (int i = 0; i < CLASSES.length; i++) if (CLASSES[i].equals(cls)) wanted = i;
            if (wanted < 0) return Iter.nullIterator();
        }
        double min = Double.NEGATIVE_INFINITY;
        if (args.get(1) != null) {
            if (!(args.get(1).isLiteral() && args.get(1).getLiteralValue() instanceof Number n))
                throw new QueryExecException("ngf:linkedEntities: minConfidence must be a number, not " + args.get(1));
            min = n.doubleValue();
        }
        int w = wanted;
        double m = min;
        return Iter.iter(index.linkedEntities().iterator())
                .filter(e -> w < 0 || (e.types() & BITS[w]) != 0)
                .filter(e -> e.maxConfidence() >= m || e.someUnscored())
                .map(e -> new Node[] {e.entity(), string(e.name()), w >= 0 ? CLASSES[w] : firstClass(e.types()),
                        e.wikidata(), e.dbpedia(), e.wikipedia(),
                        e.maxConfidence() >= m && e.maxConfidence() > Double.NEGATIVE_INFINITY ? decimal(e.maxConfidence()) : null});
    }

    private static Node firstClass(int types) {
        for (int i = 0; i < CLASSES.length; i++) if ((types & BITS[i]) != 0) return CLASSES[i];
        return null;
    }

    private static Node decimal(double d) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }
}
