package org.newsgraph.query.fn;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.store.index.ArticleIndex;
import org.newsgraph.vocab.SDO;

/**
 * {@code (?articles ?name ?type ?indexed) ngf:entity (entity)}: a person, organisation or place across the store — the
 * number of articles naming it, a name, and its class IRI (Person, Organization, or the most specific place class) —
 * from the article index, in constant time ({@code ?indexed} true). Entities the index does not count (authors and
 * publishers, which articles name only as such) are read from the article graphs instead ({@code ?indexed} false):
 * the graphs typing them Person, Organization, NewsMediaOrganization or a place class and naming them. No row when
 * neither knows the entity as such; an unbound {@code entity} is an error (the function answers for one entity at a
 * time).
 */
final class EntityFacts extends IndexFunction {
    private static final Set<Node> CLASSES = Set.of(SDO.Person, SDO.Organization, SDO.NewsMediaOrganization, SDO.Place,
            SDO.Country, SDO.City, SDO.AdministrativeArea);

    EntityFacts() { super(4, 1); }

    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    private static final Node FALSE = NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);

    @Override
    Iterator<Node[]> rows(ArticleIndex index, List<Node> args, int outputs, ExecutionContext cxt) {
        Node entity = iri(args, 0, "entity");
        if (entity == null) throw new QueryExecException("ngf:entity: the entity must be bound (an IRI)");
        ArticleIndex.Entity e = index.entity(entity);
        if (e != null) return Iter.singletonIterator(new Node[] {integer(e.articles()), string(e.name()), classOf(e.types()), TRUE});
        Node[] row = fromGraphs(cxt.getDataset(), entity);
        return row == null ? Iter.nullIterator() : Iter.singletonIterator(row);
    }

    static Node classOf(int types) {
        if ((types & ArticleIndex.PERSON) != 0) return SDO.Person;
        if ((types & ArticleIndex.ORGANIZATION) != 0) return SDO.Organization;
        String place = ArticleIndex.placeLabel(types);
        if (place == null) return null;
        return switch (place) {
            case "Country" -> SDO.Country;
            case "City" -> SDO.City;
            case "AdministrativeArea" -> SDO.AdministrativeArea;
            default -> SDO.Place;
        };
    }

    /** Count, name and class of an entity from the article graphs that type and name it; null when none does. */
    private static Node[] fromGraphs(DatasetGraph dsg, Node entity) {
        Set<Node> graphs = new HashSet<>();
        Node type = null;
        String name = null;
        Iterator<Quad> typed = dsg.find(Node.ANY, entity, RDF.Nodes.type, Node.ANY);
        try {
            while (typed.hasNext()) {
                Quad q = typed.next();
                if (!CLASSES.contains(q.getObject()) || graphs.contains(q.getGraph())) continue;
                Iterator<Quad> named = dsg.find(q.getGraph(), entity, SDO.name, Node.ANY);
                try {
                    if (!named.hasNext()) continue;
                    Node n = named.next().getObject();
                    if (name == null && n.isLiteral()) name = n.getLiteralLexicalForm();
                } finally {
                    Iter.close(named);
                }
                graphs.add(q.getGraph());
                if (type == null) type = q.getObject();
            }
        } finally {
            Iter.close(typed);
        }
        return graphs.isEmpty() ? null : new Node[] {integer(graphs.size()), string(name), type, FALSE};
    }
}
