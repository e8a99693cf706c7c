package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newsgraph.query.SavedQuery;
import org.newsgraph.query.SavedQueryCatalog;
import org.newsgraph.query.SavedQueryRunner;

/**
 * The data the pages read: saved queries of the catalogue by name (so a page shows what the query shows, and a change
 * to the query changes the page), and a few small SPARQL queries of the pages' own. Call inside a read transaction.
 */
final class PageData {
    static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX ngf: <https://w3id.org/newsgraph/fn#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private final Dataset dataset;
    private final SavedQueryCatalog catalog;

    PageData(Dataset dataset, SavedQueryCatalog catalog) {
        this.dataset = dataset;
        this.catalog = catalog;
    }

    Dataset dataset() { return dataset; }

    SavedQueryCatalog catalog() { return catalog; }

    /** A page of a saved SELECT query's rows; an empty page when the catalogue lacks the query. */
    SavedQueryRunner.Page saved(String name, Map<String, String> params) {
        SavedQuery q = catalog.get(name).orElse(null);
        if (q == null) return new SavedQueryRunner.Page(List.of(), List.of(), false);
        return SavedQueryRunner.over(dataset).select(q.bind(params));
    }

    /** The rows of a SPARQL SELECT ({@link #PREFIXES} prepended), with {@code ?this} bound to {@code self}. */
    List<QuerySolution> select(String sparql, Node self) {
        Query q = QueryFactory.create(PREFIXES + sparql);
        var b = QueryExecution.dataset(dataset).query(q);
        if (self != null) b.substitution("this", dataset.getDefaultModel().asRDFNode(self));
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = b.build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(out::add);
        }
        return out;
    }

    /** The value of {@code var} in a row of a saved query's page, or null. */
    static Node get(Binding row, String var) { return row.get(Var.alloc(var)); }

    static String lex(Binding row, String var) {
        Node n = get(row, var);
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : null;
    }

    static String lex(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : null;
    }
}
