package org.newsgraph.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

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

    /** The overall timeout of each query (default 30 s). */
    public SavedQueryRunner timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** Number of query executions started by any runner in this JVM. */
    public static long executions() { return EXECUTIONS.get(); }

    /** Runs {@code q} and writes its results in {@code format} (see {@link ResultFormat#choose}). */
    public void run(BoundQuery q, ResultFormat format, OutputStream out) {
        ResultFormat fmt = ResultFormat.choose(q.query(), format);
        if (dataset != null)
            Txn.executeRead(dataset, () -> execute(q.query(), fmt, out));
        else
            execute(q.query(), fmt, out);
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
                RDFWriter.source(m.getGraph()).format(fmt.rdfFormat()).output(out);
            }
        }
    }
}
