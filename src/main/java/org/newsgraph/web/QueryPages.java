package org.newsgraph.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.newsgraph.query.BoundQuery;
import org.newsgraph.query.SavedQuery;
import org.newsgraph.query.SavedQueryCatalog;
import org.newsgraph.query.SavedQueryRunner;

/**
 * The HTML pages of the saved queries: the catalogue with a form per query, one query's form (with an error message
 * when the values did not bind), and its results as a table with the form above it, links to the next and previous
 * pages, to the same results as CSV/JSON/…, and to the SPARQL editor holding the bound query.
 */
public final class QueryPages {
    private final Site site;
    private final Dataset dataset;

    public QueryPages(Site site, Dataset dataset) {
        this.site = site;
        this.dataset = dataset;
    }

    /** The rows of a run (one page) and whether a next page exists. */
    public record Result(ResultsTable table, boolean hasNext) {}

    /** A download link: label and {@code ?format=} value. */
    public record Format(String label, String value) {}

    public String catalogue(SavedQueryCatalog catalog, String base) {
        List<QueryForm> forms = new ArrayList<>();
        for (SavedQuery q : catalog.all()) forms.add(QueryForm.of(q, base + q.name(), Map.of(), dataset));
        return WebTemplates.get().render("queries", vars("Saved queries", Map.of("forms", forms, "openapi", base + "openapi.json")));
    }

    public String form(SavedQuery q, String base, Map<String, String> values, String error) {
        Map<String, Object> v = new HashMap<>();
        v.put("f", QueryForm.of(q, base + q.name(), values, dataset));
        v.put("error", error);
        v.put("editor", site.sparqlEditor(q.text()));
        v.put("catalogue", base);
        return WebTemplates.get().render("query", vars(q.summary(), v));
    }

    /** Runs the bound query for a page: a SELECT's rows, an ASK's answer, a CONSTRUCT's triples. */
    public Result results(BoundQuery bound, Duration timeout) {
        if (bound.query().isSelectType()) {
            SavedQueryRunner.Page p = SavedQueryRunner.over(dataset).timeout(timeout).select(bound);
            return new Result(ResultsTable.of(p, site.paths()), p.hasNext());
        }
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = SavedQueryRunner.over(dataset).timeout(timeout).execution(bound)) {
                if (bound.query().isAskType()) return new Result(ResultsTable.ask(qe.execAsk()), false);
                var m = bound.query().isConstructType() ? qe.execConstruct() : qe.execDescribe();
                return new Result(ResultsTable.of(m.getGraph(), site.paths()), false);
            }
        });
    }

    public String results(SavedQuery q, String base, Map<String, String> values, BoundQuery bound, Result r, String prev,
            String next, String formatLink) {
        Map<String, Object> v = new HashMap<>();
        v.put("f", QueryForm.of(q, base + q.name(), values, dataset));
        v.put("error", null);
        v.put("table", r.table());
        v.put("page", bound.page());
        v.put("prev", prev);
        v.put("next", next);
        v.put("catalogue", base);
        v.put("editor", site.sparqlEditor(bound.query().serialize()));
        List<Format> formats = new ArrayList<>();
        boolean graph = bound.query().isConstructType() || bound.query().isDescribeType();
        for (String f : graph ? List.of("turtle", "jsonld", "ntriples") : List.of("csv", "tsv", "json", "xml"))
            formats.add(new Format(f.toUpperCase(java.util.Locale.ROOT).replace("JSONLD", "JSON-LD").replace("NTRIPLES", "N-Triples"),
                    formatLink + f));
        v.put("formats", formats);
        return WebTemplates.get().render("query", vars(q.summary(), v));
    }

    private Map<String, Object> vars(String title, Map<String, ?> more) {
        Map<String, Object> v = new HashMap<>(more);
        v.put("site", site);
        v.put("title", title);
        v.put("path", null);
        return v;
    }

}
