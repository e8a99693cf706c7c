package org.newsgraph.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.system.Txn;
import org.newsgraph.query.ParamSpec;
import org.newsgraph.query.ParamType;
import org.newsgraph.query.SavedQuery;

/**
 * A saved query as an HTML form: one typed input per parameter (a date picker for dates, a number field for numbers,
 * a URL field for IRIs, a list of the values the store has for an {@code #+ enumerate:}d parameter), the values given
 * so far, and the default of each.
 */
public record QueryForm(String name, String summary, String description, String form, List<String> tags, String action,
        List<Field> fields, Integer pagination, boolean federated) {

    /**
     * @param input   the HTML input type ({@code url}, {@code date}, {@code number}, {@code text}, ...)
     * @param step    the number input's step ({@code 1}, {@code any}), else null
     * @param options the values to choose from for an enumerated parameter (empty: free input)
     */
    public record Field(String name, String type, String input, String step, boolean required, String value,
            String placeholder, String hint, List<Link> options) {}

    private static final Duration ENUMERATE_TIMEOUT = Duration.ofSeconds(3);
    private static final int ENUMERATE_MAX = 200;

    static QueryForm of(SavedQuery q, String action, Map<String, String> values, Dataset enumerateFrom) {
        List<Field> fields = new ArrayList<>();
        for (ParamSpec p : q.params()) {
            String def = q.defaults().get(p.name());
            List<Link> options = q.enumerate().contains(p.name()) && enumerateFrom != null ? values(q, p, enumerateFrom) : List.of();
            fields.add(new Field(p.name(), p.typeLabel(), input(p.type()), step(p.type()), p.required(), values.get(p.name()),
                    def != null ? def : example(p), p.type().expected() + (def != null ? "; default " + def : ""), options));
        }
        if (q.pagination() != null)
            fields.add(new Field(SavedQuery.PAGE_PARAM, "xsd:integer", "number", "1", false, values.get(SavedQuery.PAGE_PARAM),
                    "1", q.pagination() + " rows per page", List.of()));
        return new QueryForm(q.name(), q.summary(), q.description(), q.form(), q.tags(), action, fields, q.pagination(), q.federated());
    }

    private static String input(ParamType t) {
        return switch (t) {
            case IRI -> "url";
            case DATE -> "date";
            case DATETIME -> "text";
            case INTEGER, DECIMAL -> "number";
            default -> "text";
        };
    }

    private static String step(ParamType t) {
        return t == ParamType.INTEGER ? "1" : t == ParamType.DECIMAL ? "any" : null;
    }

    private static String example(ParamSpec p) {
        return switch (p.type()) {
            case IRI -> "https://…";
            case DATETIME -> "2023-03-13T10:00:00Z";
            case BOOLEAN -> "true or false";
            default -> "";
        };
    }

    /**
     * The values the store has for an enumerated parameter: the distinct values of the result variable of the same
     * name, labelled by {@code ?<name>Name} when the query selects one; empty when that takes too long.
     */
    private static List<Link> values(SavedQuery q, ParamSpec p, Dataset ds) {
        Var v = Var.alloc(p.name()), label = Var.alloc(p.name() + "Name");
        if (!q.query().getProjectVars().contains(v)) return List.of();
        Query e = q.query().cloneQuery();
        e.getProject().clear();
        e.addResultVar(v);
        boolean labelled = q.query().getProjectVars().contains(label);
        if (labelled) e.addResultVar(label);
        e.setDistinct(true);
        e.setLimit(ENUMERATE_MAX);
        e.setOffset(Query.NOLIMIT);
        List<Link> out = new ArrayList<>();
        try {
            Txn.executeRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(e)
                        .timeout(ENUMERATE_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
                    qe.execSelect().forEachRemaining(r -> {
                        Node n = r.get(v.getVarName()) == null ? null : r.get(v.getVarName()).asNode();
                        if (n == null || !n.isURI()) return;
                        String l = labelled && r.get(label.getVarName()) != null && r.get(label.getVarName()).isLiteral()
                                ? r.getLiteral(label.getVarName()).getLexicalForm() : n.getURI();
                        if (out.stream().noneMatch(x -> x.href().equals(n.getURI()))) out.add(new Link(l, n.getURI()));
                    });
                }
            });
        } catch (RuntimeException ex) {
            return List.of();
        }
        out.sort(java.util.Comparator.comparing(Link::text));
        return out;
    }
}
