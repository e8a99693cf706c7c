package org.newsgraph.server;

import java.util.Set;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * SPARQL query as Fuseki runs it, with {@code SERVICE} checked before the query runs: refused with 403 when the
 * endpoint named is not on the allow-list, or is a variable and there is no allow-list. A variable endpoint that is
 * allowed to run is checked again, per binding, by {@link ServiceGuard}.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    private final Set<String> allowed;

    GuardedQuery(Set<String> allowed) { this.allowed = allowed; }

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
