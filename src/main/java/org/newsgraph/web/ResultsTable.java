package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newsgraph.query.SavedQueryRunner;

/** Query results as an HTML table: IRIs minted here link to their pages, other IRIs to themselves, literals as text. */
public record ResultsTable(List<String> columns, List<List<Link>> rows) {

    static ResultsTable of(SavedQueryRunner.Page page, LocalPaths paths) {
        List<String> cols = new ArrayList<>();
        for (Var v : page.vars()) cols.add(v.getVarName());
        List<List<Link>> rows = new ArrayList<>();
        for (Binding b : page.rows()) {
            List<Link> row = new ArrayList<>();
            for (Var v : page.vars()) row.add(cell(b.get(v), paths));
            rows.add(row);
        }
        return new ResultsTable(cols, rows);
    }

    static ResultsTable of(Graph g, LocalPaths paths) {
        List<List<Link>> rows = new ArrayList<>();
        List<Triple> ts = g.find().toList();
        ts.sort(java.util.Comparator.comparing((Triple t) -> t.getSubject().toString()).thenComparing(t -> t.getPredicate().toString()));
        for (Triple t : ts) rows.add(List.of(cell(t.getSubject(), paths), cell(t.getPredicate(), paths), cell(t.getObject(), paths)));
        return new ResultsTable(List.of("subject", "predicate", "object"), rows);
    }

    static ResultsTable ask(boolean answer) {
        return new ResultsTable(List.of("answer"), List.of(List.of(new Link(Boolean.toString(answer), null))));
    }

    private static Link cell(Node n, LocalPaths paths) {
        if (n == null) return new Link("", null);
        if (n.isURI()) return new Link(n.getURI(), paths.href(n.getURI()));
        if (n.isLiteral()) return new Link(n.getLiteralLexicalForm(), null);
        return new Link(n.toString(), null);
    }
}
