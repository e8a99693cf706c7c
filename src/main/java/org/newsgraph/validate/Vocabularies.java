package org.newsgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

/**
 * The vocabularies shipped inside the jar: the newsgraph ontology, the SHACL shapes and the allow-list of reused
 * terms (copied from {@code ontology/} at build time), and the compact schema.org term list.
 *
 * <pre>
 *   Graph shapes = Vocabularies.shapes();
 *   Graph classes = Vocabularies.classHierarchy();
 * </pre>
 */
public final class Vocabularies {
    private Vocabularies() {}

    public static final String ONTOLOGY = "/org/newsgraph/ontology/newsgraph.ttl";
    public static final String SHAPES = "/org/newsgraph/ontology/shapes.ttl";
    public static final String REUSED_TERMS = "/org/newsgraph/ontology/reused-terms.ttl";
    public static final String SCHEMA_ORG_TERMS = "/org/newsgraph/schemaorg-terms.ttl";

    /** IRI of the shapes document; also the namespace ({@code #}) of shape names. */
    public static final String SHAPES_NS = "https://w3id.org/newsgraph/shapes#";

    private static final class Holder {
        static final Graph ONTOLOGY_G = load(ONTOLOGY);
        static final Graph REUSED_G = load(REUSED_TERMS);
        static final Graph SCHEMA_G = load(SCHEMA_ORG_TERMS);
        static final Graph HIERARCHY = hierarchyOf(SCHEMA_G, ONTOLOGY_G, REUSED_G);
    }

    /** {@code ontology/newsgraph.ttl}. */
    public static Graph ontology() { return Holder.ONTOLOGY_G; }

    /** {@code ontology/reused-terms.ttl}: the NIF, ITS, PROV, OWL, RDF(S) and DC terms newsgraph may emit. */
    public static Graph reusedTerms() { return Holder.REUSED_G; }

    /** The compact schema.org release (classes, properties, subClassOf, domainIncludes, rangeIncludes). */
    public static Graph schemaOrgTerms() { return Holder.SCHEMA_G; }

    /** {@code ontology/shapes.ttl}, parsed afresh (callers may not change the shared graphs). */
    public static Graph shapes() { return load(SHAPES); }

    /**
     * Every {@code rdfs:subClassOf} triple of schema.org, the ontology and the reused terms: added to the data graph
     * during validation so that SHACL's {@code sh:class} and {@code sh:targetClass} follow subclassing.
     */
    public static Graph classHierarchy() { return Holder.HIERARCHY; }

    private static Graph hierarchyOf(Graph... graphs) {
        Graph h = GraphFactory.createDefaultGraph();
        for (Graph g : graphs) g.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(h::add);
        return h;
    }

    static Graph load(String resource) {
        try (InputStream in = Vocabularies.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing resource " + resource + " (is the jar built with mvn package?)");
            return RDFParser.source(in).lang(Lang.TURTLE).base("urn:x-newsgraph:").toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
