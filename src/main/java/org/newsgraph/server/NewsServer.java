package org.newsgraph.server;

import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.store.NewsStore;

/**
 * The newsgraph SPARQL server: an embedded Fuseki serving a {@link NewsStore} at {@code /news} with the Fuseki UI.
 * <ul>
 * <li>{@code /news/query}, {@code /news/sparql}, {@code /news?query=}: SPARQL query, with a timeout;</li>
 * <li>{@code /news/get?graph=IRI}, {@code /news?graph=IRI}: Graph Store Protocol read;</li>
 * <li>{@code /ui/}: the Fuseki UI ({@link FusekiUiServlet}); {@code /$/ping}, {@code /$/server},
 * {@code /$/stats/news}: what the UI reads;</li>
 * <li>with {@link Builder#allowUpdate(boolean) allowUpdate} (which needs an {@link Builder#auth(Path) auth file}):
 * {@code /news/update} (SPARQL Update) and {@code /news/data} (Graph Store Protocol read-write), whose writes
 * need HTTP basic authentication; reads (queries, GET and HEAD of graphs, {@code /news/data} included) stay open.</li>
 * </ul>
 * Extra servlets (such as the saved-query endpoint) are mounted with {@link Builder#servlet(String, HttpServlet)}.
 * There is no dataset administration ({@code /$/datasets}): the server serves one store.
 *
 * <pre>
 *   NewsServer server = NewsServer.create().store(store).port(3030).timeout(Duration.ofSeconds(30))
 *           .servlet("/queries/*", queriesServlet).build().start();
 *   System.err.println(server.sparqlUrl());
 * </pre>
 */
public final class NewsServer {
    /** The dataset name. */
    public static final String DATASET = "/news";
    /** The largest request line plus headers accepted. */
    public static final int MAX_HEADER_BYTES = 64 * 1024;

    private final FusekiServer fuseki;
    private final String host;

    private NewsServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    public static Builder create() { return new Builder(); }

    /** Starts the server (the port is known afterwards). */
    public NewsServer start() {
        fuseki.start();
        return this;
    }

    public void stop() { fuseki.stop(); }

    /** Waits until the server stops. */
    public void join() { fuseki.join(); }

    /** The port the server listens on (the real one when built with port 0, after {@link #start()}). */
    public int port() { return fuseki.getPort(); }

    /** The path of the Fuseki UI. */
    public static final String UI_PATH = "/ui/";

    /** {@code http://host:port/}: the server (the home page when the web pages are mounted). */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** {@code http://host:port/ui/}: the Fuseki UI. */
    public String uiUrl() { return url() + UI_PATH.substring(1); }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() { return url() + "news/sparql"; }

    /** The dataset URL (Graph Store Protocol: {@code ?graph=IRI}). */
    public String datasetUrl() { return url() + "news"; }

    /** The underlying Fuseki server. */
    public FusekiServer fuseki() { return fuseki; }

    public static final class Builder {
        private NewsStore store;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration timeout = Duration.ofSeconds(30);
        private Path authFile;
        private boolean allowUpdate;
        private boolean ui = true;
        private long maxRequest = RequestLimits.DEFAULT_MAX_BODY;
        private List<String> allowService = List.of();
        private List<String> allowLoadHosts = List.of();
        private int maxConcurrent = defaultMaxConcurrent();
        private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();

        private Builder() {}

        /** The store to serve (required). */
        public Builder store(NewsStore s) { this.store = s; return this; }

        /** The interface to listen on (default 127.0.0.1). */
        public Builder host(String h) { this.host = Objects.requireNonNull(h); return this; }

        /** The port (default 3030; 0 picks a free one). */
        public Builder port(int p) { this.port = p; return this; }

        /** Longest time a query may run before it is cancelled (default 30 s; zero or null: no limit). */
        public Builder timeout(Duration d) { this.timeout = d; return this; }

        /** Password file for HTTP basic authentication: lines {@code user: password} (Jetty's format). */
        public Builder auth(Path file) { this.authFile = file; return this; }

        /** Enables SPARQL Update and GSP writes, for authenticated users only; needs {@link #auth(Path)}. */
        public Builder allowUpdate(boolean b) { this.allowUpdate = b; return this; }

        /** Serves the Fuseki UI at {@code /ui/} (default true). */
        public Builder ui(boolean b) { this.ui = b; return this; }

        /**
         * The largest request body accepted, in bytes (default 1 MiB); a larger one is refused with 413 before it is
         * read, on every endpoint. It also bounds HTML form bodies.
         */
        public Builder maxRequest(long bytes) { this.maxRequest = bytes; return this; }

        /**
         * Endpoints that {@code SERVICE} may call (default none: federated queries are refused). Each remote call is
         * bounded by the query timeout.
         */
        public Builder allowService(List<String> urls) { this.allowService = List.copyOf(urls); return this; }

        /**
         * Hosts that {@code LOAD <http://…>} may read from although they resolve to a loopback, private or link-local
         * address (default none: such a LOAD is refused with 403, redirects included). Host names or address literals.
         */
        public Builder allowLoadHosts(List<String> hosts) { this.allowLoadHosts = List.copyOf(hosts); return this; }

        /**
         * The most requests executed at once (default: twice the processors); the others wait their turn in order,
         * holding no thread, and get 503 after waiting the query timeout (or 30 s). Without a bound, every request on
         * a busy server shares the processors with all the others and a query that takes 0.3 s alone takes seconds.
         */
        public Builder maxConcurrent(int n) {
            if (n < 1) throw new IllegalArgumentException("--max-concurrent must be at least 1: " + n);
            this.maxConcurrent = n;
            return this;
        }

        /** Twice the processors this JVM may use, at least 2. */
        public static int defaultMaxConcurrent() { return Math.max(2, 2 * Runtime.getRuntime().availableProcessors()); }

        /** Mounts a servlet, e.g. {@code servlet("/queries/*", new QueriesServlet(...))}. */
        public Builder servlet(String pathSpec, HttpServlet servlet) {
            servlets.put(Objects.requireNonNull(pathSpec), Objects.requireNonNull(servlet));
            return this;
        }

        /**
         * @throws IllegalArgumentException when updates are asked for without credentials, or the auth file is
         *         unreadable or holds no user
         */
        public NewsServer build() {
            Objects.requireNonNull(store, "store");
            if (allowUpdate && authFile == null)
                throw new IllegalArgumentException("Updates need credentials: --allow-update requires --auth-file FILE "
                        + "(lines 'user: password'); refusing to start a writable server open to anyone");
            if (authFile != null) checkAuthFile(authFile);

            Context queryContext = new Context();
            if (timeout != null && !timeout.isZero() && !timeout.isNegative())
                queryContext.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            ServiceGuard.install(queryContext, allowService, timeout);
            // Whatever else runs on the dataset (saved queries, updates) gets the same SERVICE guard.
            ServiceGuard.install(store.datasetGraph().getContext(), allowService, timeout);

            DataService.Builder ds = DataService.newBuilder(store.datasetGraph());
            for (String name : List.of("query", "sparql", ""))
                ds.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).context(queryContext).build());
            ds.addEndpoint(Operation.GSP_R, "get");
            ds.addEndpoint(Operation.GSP_R, "");
            if (allowUpdate) {
                AuthPolicy users = Auth.ANY_USER;
                ds.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update").authPolicy(users)
                        .context(queryContext).build());
                // /news/data: reads (GET, HEAD) open like /news/get, writes for users (see openGraphStoreReads).
                ds.addEndpoint(Operation.GSP_R, "data");
                ds.addEndpoint(Operation.GSP_RW, "data", users);
            } else {
                ds.addEndpoint(Operation.GSP_R, "data");
            }

            FusekiServer.Builder fb = FusekiServer.create().port(port).add(DATASET, ds.build())
                    .enablePing(true).enableStats(true)
                    .registerOperation(Operation.Update, new GuardedUpdate(new RemoteLoad(allowLoadHosts, timeout)))
                    .registerOperation(Operation.Query, new GuardedQuery(ServiceGuard.normalised(allowService)))
                    .addFilter("/*", new RequestLimits(maxRequest));
            if (ui) {
                fb.addServlet(UI_PATH + "*", new FusekiUiServlet(DATASET))
                  .addServlet("/$/server", new ActionServerStatus())
                  .addServlet("/$/validate/query", new QueryValidator())
                  .addServlet("/$/validate/update", new UpdateValidator())
                  .addServlet("/$/validate/iri", new IRIValidator())
                  .addServlet("/$/validate/langtag", new LangTagValidator())
                  .addServlet("/$/validate/data", new DataValidator());
            }
            if (authFile != null) {
                fb.passwordFile(authFile.toAbsolutePath().toString())
                  .auth(org.apache.jena.atlas.web.AuthScheme.BASIC)
                  .serverAuthPolicy(Auth.ANY_ANON);
            }
            servlets.forEach(fb::addServlet);
            FusekiServer server = fb.build();
            if (allowUpdate) openGraphStoreReads(server);
            // Outermost: a request answered before its body was read (413, 401, ...) has the rest of its body read
            // before the connection closes, so a client still sending gets the answer, not a reset.
            var jetty = server.getJettyServer();
            jetty.setHandler(new DrainBodies(admission(jetty.getHandler())));
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) sc.setHost(host);
                HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
                // A request line and headers of at most 64 KiB (a longer GET query is 414/431: POST it instead).
                if (http != null) {
                    http.getHttpConfiguration().setRequestHeaderSize(MAX_HEADER_BYTES);
                    // Response headers may repeat the request's parameters (a Link to the next page).
                    http.getHttpConfiguration().setResponseHeaderSize(2 * MAX_HEADER_BYTES);
                }
            }
            ServletContextHandler handler = server.getJettyServer().getDescendant(ServletContextHandler.class);
            if (handler != null) handler.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, maxRequest));
            return new NewsServer(server, host);
        }

        /**
         * At most {@link #maxConcurrent(int)} requests run at once; the others are suspended (no thread held) and
         * resumed in order, and get 503 when they have waited longer than the query timeout or the queue is full.
         * The health check ({@code /$/ping}) and the Fuseki UI's static files are not queued.
         */
        private org.eclipse.jetty.server.Handler admission(org.eclipse.jetty.server.Handler next) {
            QoSHandler qos = new QoSHandler(next);
            qos.setMaxRequestCount(maxConcurrent);
            qos.setMaxSuspendedRequestCount(MAX_WAITING);
            qos.setMaxSuspend(timeout != null && !timeout.isZero() && !timeout.isNegative() ? timeout : Duration.ofSeconds(30));
            qos.excludePath("/$/ping");
            qos.excludePath(UI_PATH + "*");
            return qos;
        }

        /** The most requests waiting for their turn; more get 503 at once. */
        static final int MAX_WAITING = 1024;

        /** The methods of the Graph Store Protocol that only read. */
        private static final String[] READ_METHODS = {"GET", "HEAD", "OPTIONS"};

        /**
         * Fuseki asks for a login on every method of an endpoint name that has a write operation with a user policy:
         * its Jetty constraint is per path. On {@code /news/data}, which also has an open read operation, the constraint
         * is narrowed to the writing methods (all but GET, HEAD and OPTIONS), so reads are open as on {@code /news/get}
         * while PUT, POST, DELETE and PATCH still need a user (and Fuseki checks the user again on the write operation).
         */
        private static void openGraphStoreReads(FusekiServer server) {
            ConstraintSecurityHandler security = server.getJettyServer().getDescendant(ConstraintSecurityHandler.class);
            if (security == null) return;
            String data = DATASET + "/data";
            List<ConstraintMapping> mappings = new java.util.ArrayList<>();
            for (ConstraintMapping m : security.getConstraintMappings()) {
                if (m.getMethod() == null && m.getMethodOmissions() == null
                        && (m.getPathSpec().equals(data) || m.getPathSpec().equals(data + "/*"))) {
                    ConstraintMapping writes = new ConstraintMapping();
                    writes.setPathSpec(m.getPathSpec());
                    writes.setConstraint(m.getConstraint());
                    writes.setMethodOmissions(READ_METHODS);
                    mappings.add(writes);
                    for (String method : READ_METHODS) { // covered explicitly: open (and Jetty warns of no gap)
                        ConstraintMapping read = new ConstraintMapping();
                        read.setPathSpec(m.getPathSpec());
                        read.setMethod(method);
                        read.setConstraint(org.eclipse.jetty.security.Constraint.ALLOWED);
                        mappings.add(read);
                    }
                } else {
                    mappings.add(m);
                }
            }
            security.setConstraintMappings(mappings);
        }

        private static void checkAuthFile(Path file) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read auth file " + file + ": " + e.getMessage());
            }
            boolean anyUser = lines.stream().map(String::strip)
                    .anyMatch(l -> !l.isEmpty() && !l.startsWith("#") && l.indexOf(':') > 0 && l.indexOf(':') < l.length() - 1);
            if (!anyUser)
                throw new IllegalArgumentException("Auth file " + file + " holds no 'user: password' line");
        }
    }
}
