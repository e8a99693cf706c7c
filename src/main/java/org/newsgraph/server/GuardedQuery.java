package org.newsgraph.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * SPARQL query as Fuseki runs it, with two changes:
 * <ul>
 * <li>{@code SERVICE} is checked before the query runs: refused with 403 when the endpoint named is not on the
 * allow-list, or is a variable and there is no allow-list. A variable endpoint that is allowed to run is checked
 * again, per binding, by {@link ServiceGuard}.</li>
 * <li>A failure while SELECT results are produced (the timeout, above all) never ends in a well-formed but truncated
 * 200: the first {@value #BUFFERED_ROWS} rows are computed before anything is sent, so a query that fails before that
 * gets its error status (503 for the timeout); one that fails later, while streaming, has its connection aborted, so
 * the client sees a broken transfer rather than a complete-looking document.</li>
 * </ul>
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    /** Rows computed before the response starts. */
    static final int BUFFERED_ROWS = 10_000;

    private final Set<String> allowed;

    GuardedQuery(Set<String> allowed) { this.allowed = allowed; }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        QueryExecResult r = result;
        if (result.isRowSet()) {
            RowSet rows = result.rowSet();
            List<Binding> head = new ArrayList<>();
            while (head.size() < BUFFERED_ROWS && rows.hasNext()) head.add(rows.next());
            Iterator<Binding> all = rows.hasNext() ? Iter.concat(head.iterator(), abortOnFailure(action, rows)) : head.iterator();
            r = new QueryExecResult(RowSetStream.create(rows.getResultVars(), all));
        }
        super.sendResults(action, r, prologue);
    }

    /**
     * The rows, aborting the connection when producing one fails: Fuseki would otherwise catch the timeout, append a
     * comment and end the 200 response normally.
     */
    private static Iterator<Binding> abortOnFailure(HttpAction action, Iterator<Binding> rows) {
        return new Iterator<>() {
            @Override public boolean hasNext() {
                try {
                    return rows.hasNext();
                } catch (RuntimeException e) {
                    abort(action, e);
                    throw e;
                }
            }

            @Override public Binding next() {
                try {
                    return rows.next();
                } catch (RuntimeException e) {
                    abort(action, e);
                    throw e;
                }
            }
        };
    }

    /** Ends the connection without completing the response (a chunked body gets no last chunk). */
    private static void abort(HttpAction action, Throwable e) {
        try {
            ServletContextRequest.getServletContextRequest(action.getRequest()).getServletChannel().abort(e);
        } catch (RuntimeException ignored) {
            // not a Jetty request: nothing more can be done
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.getQueryPattern() == null) return;
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                Node s = el.getServiceNode();
                if (s.isURI() ? !allowed.contains(ServiceGuard.normalise(s.getURI())) : allowed.isEmpty())
                    ServletOps.error(403, "SERVICE " + (s.isURI() ? "<" + ServiceGuard.shorten(s.getURI()) + ">" : s)
                            + " is not allowed on this server"
                            + (allowed.isEmpty() ? " (federated queries are off; see serve --allow-service)" : ""));
            }
        });
    }
}
