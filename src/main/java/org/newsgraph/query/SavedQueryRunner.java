package org.newsgraph.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.sink.JsonLdLib;
import org.newsgraph.vocab.NG;

/**
 * Runs bound saved queries against a dataset (in a read transaction) or a remote SPARQL endpoint
 * ({@link QueryExecutionHTTP}) and writes the results with Jena's writers.
 *
 * <pre>
 *   SavedQueryRunner.over(store.dataset())
 *       .run(catalog.get("quotes-by-person").orElseThrow().bind(params), ResultFormat.JSON, System.out);
 * </pre>
 * Binding happens before this class is reached: a bad parameter never gets here. {@link #executions()} counts the
 * query executions started in this JVM, so tests can prove that a rejected request ran nothing.
 */
public final class SavedQueryRunner {
    private static final AtomicLong EXECUTIONS = new AtomicLong();
    /** Default per-query timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Dataset dataset;
    private final String endpoint;
    private Duration timeout = DEFAULT_TIMEOUT;

    private SavedQueryRunner(Dataset dataset, String endpoint) {
        this.dataset = dataset;
        this.endpoint = endpoint;
    }

    /** Runs queries on a local dataset. */
    public static SavedQueryRunner over(Dataset dataset) { return new SavedQueryRunner(dataset, null); }

    /** Runs queries on a remote SPARQL endpoint URL. */
    public static SavedQueryRunner overEndpoint(String url) { return new SavedQueryRunner(null, url); }

    private JsonLdLib.Profile jsonld = JsonLdLib.Profile.FULL;

    /** The JSON-LD profile of graph results (default full). */
    public SavedQueryRunner jsonldProfile(JsonLdLib.Profile p) {
        this.jsonld = p;
        return this;
    }

    /** The overall timeout of each query (default 30 s). */
    public SavedQueryRunner timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** Number of query executions started by any runner in this JVM. */
    public static long executions() { return EXECUTIONS.get(); }

    /**
     * Runs {@code q} and writes its results in {@code format} (see {@link ResultFormat#choose}).
     *
     * @return whether a next page exists (a paginated SELECT that has rows beyond this page); false otherwise
     */
    public boolean run(BoundQuery q, ResultFormat format, OutputStream out) {
        ResultFormat fmt = ResultFormat.choose(q.query(), format);
        boolean[] more = {false};
        Runnable work = () -> {
            if (q.saved().pagination() != null && q.query().isSelectType()) {
                Page p = page(q);
                more[0] = p.hasNext();
                ResultSet rs = ResultSet.adapt(RowSetStream.create(p.vars(), p.rows().iterator()));
                if (fmt == ResultFormat.TABLE) ResultSetFormatter.out(out, rs, q.query());
                else ResultSetFormatter.output(out, rs, fmt.resultsLang());
            } else {
                execute(q.query(), fmt, out);
            }
        };
        if (dataset != null) Txn.executeRead(dataset, work); else work.run();
        return more[0];
    }

    /**
     * One page of a SELECT's rows.
     *
     * @param vars    the result variables
     * @param rows    the rows of this page
     * @param hasNext whether the query has rows beyond this page (only ever true for a paginated query)
     */
    public record Page(List<Var> vars, List<Binding> rows, boolean hasNext) {}

    /**
     * Runs a SELECT and returns its rows (one page of a paginated query). One row more than the page is read, so
     * that {@link Page#hasNext()} is exact. On a local dataset, call inside a read transaction or let this method
     * open one.
     */
    public Page select(BoundQuery q) {
        if (!q.query().isSelectType()) throw new IllegalArgumentException(q.saved().name() + " is not a SELECT query");
        if (dataset != null && !dataset.isInTransaction()) return Txn.calculateRead(dataset, () -> page(q));
        return page(q);
    }

    private Page page(BoundQuery q) {
        Integer size = q.saved().pagination();
        Query query = q.query();
        if (size != null) {
            query = query.cloneQuery();
            query.setLimit(size + 1L);
        }
        try (QueryExecution qe = execution(query)) {
            ResultSet rs = qe.execSelect();
            List<Var> vars = Var.varList(rs.getResultVars());
            List<Binding> rows = new ArrayList<>();
            while (rs.hasNext()) rows.add(rs.nextBinding());
            boolean more = size != null && rows.size() > size;
            if (more) rows = rows.subList(0, size);
            return new Page(vars, rows, more);
        }
    }

    /**
     * An execution of the bound query with this runner's timeout, counted in {@link #executions()}, for callers that
     * consume the results themselves (e.g. {@code export} streaming a CONSTRUCT). Close it; on a local dataset, run it
     * inside a read transaction.
     */
    public QueryExecution execution(BoundQuery q) { return execution(q.query()); }

    private QueryExecution execution(Query query) {
        EXECUTIONS.incrementAndGet();
        long ms = timeout.toMillis();
        if (dataset != null)
            return QueryExecution.dataset(dataset).query(query).timeout(ms, TimeUnit.MILLISECONDS).build();
        return QueryExecutionHTTP.service(endpoint).query(query).timeout(ms, TimeUnit.MILLISECONDS).build();
    }

    /**
     * A graph result as {@code export} writes it: the same prefixes (newsgraph's, for the default base) in Turtle, and
     * for JSON-LD the one shape newsgraph gives an article everywhere ({@link JsonLdLib#articleOrCompact}).
     */
    void writeGraph(org.apache.jena.graph.Graph g, ResultFormat fmt, OutputStream out) {
        if (fmt == ResultFormat.JSONLD) {
            try {
                out.write((JsonLdLib.pretty(JsonLdLib.articleOrCompact(g, jsonld)) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return;
        }
        Prefixes.forBase(NG.DEFAULT_BASE).forEach((p, u) -> g.getPrefixMapping().setNsPrefix(p, u));
        RDFWriter.source(g).format(fmt.rdfFormat()).output(out);
    }

    /**
     * Whether the dataset or endpoint holds anything about {@code iri} (as subject or object). A saved query given an
     * IRI the store has never seen answers nothing; the CLI says why.
     */
    public boolean knows(org.apache.jena.graph.Node iri) {
        Query ask = org.apache.jena.query.QueryFactory.create("ASK { { ?x ?p ?o } UNION { ?s ?p ?x } }");
        ask = org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps.transform(ask, java.util.Map.of(Var.alloc("x"), iri));
        Query q = ask;
        java.util.function.Supplier<Boolean> run = () -> {
            try (QueryExecution qe = dataset != null ? QueryExecution.dataset(dataset).query(q).build()
                    : QueryExecutionHTTP.service(endpoint).query(q).build()) {
                return qe.execAsk();
            }
        };
        return dataset != null ? Txn.calculateRead(dataset, run::get) : run.get();
    }

    private void execute(Query query, ResultFormat fmt, OutputStream out) {
        try (QueryExecution qe = execution(query)) {
            if (query.isSelectType()) {
                ResultSet rs = qe.execSelect();
                if (fmt == ResultFormat.TABLE) ResultSetFormatter.out(out, rs, query);
                else ResultSetFormatter.output(out, rs, fmt.resultsLang());
            } else if (query.isAskType()) {
                boolean b = qe.execAsk();
                if (fmt == ResultFormat.TABLE) ResultSetFormatter.out(out, b);
                else ResultSetFormatter.output(out, b, fmt.resultsLang());
            } else {
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                writeGraph(m.getGraph(), fmt, out);
            }
        }
    }
}
