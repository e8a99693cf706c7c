package org.newsgraph.server;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Federated queries ({@code SERVICE <url>}) on the server: refused unless the URL is on an allow-list. The check runs
 * where ARQ is about to call the remote endpoint, after variables are bound, so {@code SERVICE ?u} with {@code ?u}
 * bound to any URL is checked too; nothing is fetched from a URL that is not listed. With an empty list (the default)
 * every {@code SERVICE} fails. Installed in a {@link Context} with {@link #install(Context, List, Duration)}.
 */
public final class ServiceGuard implements ChainingServiceExecutor {
    private final Set<String> allowed;

    /** The allow-list as compared: exact URLs without a trailing slash. */
    static Set<String> normalised(List<String> urls) {
        return urls.stream().map(ServiceGuard::normalise).collect(Collectors.toUnmodifiableSet());
    }

    private ServiceGuard(List<String> allowed) {
        this.allowed = allowed.stream().map(ServiceGuard::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Puts a service-executor registry with this guard in front into {@code cxt}.
     *
     * @param allowed the service URLs that may be called (exact URLs; a trailing slash is ignored)
     * @param timeout with a non-empty allow-list, the connect and overall timeout of each remote call (the query
     *        timeout, so a silent remote cannot hold a query past it); null or zero: none
     */
    public static void install(Context cxt, List<String> allowed, Duration timeout) {
        ServiceExecutorRegistry reg = ServiceExecutorRegistry.get().copy();
        reg.addSingleLink(new ServiceGuard(allowed));
        ServiceExecutorRegistry.set(cxt, reg);
        if (allowed.isEmpty()) cxt.set(Service.httpServiceAllowed, false);
        if (timeout != null && !timeout.isZero() && !timeout.isNegative())
            cxt.set(Service.httpQueryTimeout, Long.toString(timeout.toMillis()));
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Node s = opExecute.getService();
        if (s == null || !s.isURI())
            throw new QueryExecException("SERVICE with an unbound endpoint is not allowed on this server");
        if (!allowed.contains(normalise(s.getURI())))
            throw new QueryExecException("SERVICE <" + shorten(s.getURI()) + "> is not allowed on this server"
                    + (allowed.isEmpty() ? " (federated queries are off; see serve --allow-service)" : " (not in --allow-service)"));
        return chain.createExecution(opExecute, original, binding, execCxt);
    }

    static String normalise(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static String shorten(String s) { return s.length() <= 200 ? s : s.substring(0, 200) + "…"; }
}
