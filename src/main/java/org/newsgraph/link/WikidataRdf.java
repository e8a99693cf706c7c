package org.newsgraph.link;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.ArticleContext;
import org.newsgraph.rdf.Iris;
import org.newsgraph.vocab.SDO;

/**
 * RDF for a Wikidata item of a linked entity: {@code owl:sameAs wd:Q…}, {@code schema:sameAs} the item page,
 * finer schema.org types from P31, {@code schema:geo} a {@code GeoCoordinates} node ({@code <entity>/geo}) from
 * P625, {@code owl:sameAs <https://sws.geonames.org/ID/>} from P1566 and {@code schema:url} from P856.
 *
 * <pre>
 *   WikidataRdf.emit(ctx, entity, item);
 * </pre>
 */
public final class WikidataRdf {
    private WikidataRdf() {}

    public static void emit(ArticleContext ctx, Node entity, WikidataItem item) { emit(ctx::add, ctx.iris(), entity, item); }

    public static void emit(LinkRdf.TripleOut out, Iris iris, Node entity, WikidataItem item) {
        out.add(entity, OWL.sameAs.asNode(), NodeFactory.createURI(item.entityIri()));
        out.add(entity, SDO.sameAs, NodeFactory.createURI(item.pageUrl()));
        for (Node type : WikidataTypes.schemaTypes(item.instanceOf())) out.add(entity, RDF.type.asNode(), type);
        if (item.hasCoordinates()) {
            Node geo = iris.part(entity, "geo");
            out.add(entity, SDO.geo, geo);
            out.add(geo, RDF.type.asNode(), SDO.GeoCoordinates);
            out.add(geo, SDO.latitude, LinkRdf.decimal(item.latitude()));
            out.add(geo, SDO.longitude, LinkRdf.decimal(item.longitude()));
        }
        if (item.geonamesIri() != null) out.add(entity, OWL.sameAs.asNode(), NodeFactory.createURI(item.geonamesIri()));
        if (item.website() != null && item.website().matches("https?://\\S+"))
            out.add(entity, SDO.url, NodeFactory.createURI(item.website()));
    }
}
