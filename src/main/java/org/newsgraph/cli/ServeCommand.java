package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.newsgraph.query.SavedQueryCatalog;
import org.newsgraph.server.NewsServer;
import org.newsgraph.store.NewsStore;
import org.newsgraph.web.WebSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over SPARQL with the Fuseki UI (dataset /news), read-only by default.",
                "With INPUT files or directories, loads them first (as 'load' does) into --store, or into a "
                        + "temporary in-memory store with --in-memory."},
        footer = {"", "Endpoints: / (home), /id/... (Linked Data pages), /queries (saved queries), /ui/ (Fuseki UI), /news/sparql (query), /news/get?graph=IRI (graphs), /$/ping;",
                "with --allow-update: /news/update and writes to /news/data (PUT, POST, DELETE), for the users of --auth-file only; reads stay open.",
                "Exit codes: 0 stopped, 1 runtime failure, 2 usage error (e.g. --allow-update without --auth-file)."})
public final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ConvertOptions options;

    @Mixin StoreOption store;

    @Mixin ServerOptions server;

    @Option(names = "--in-memory", description = "Use a temporary in-memory store instead of --store (gone when the server stops).")
    boolean inMemory;

    @Override
    public Integer call() throws Exception {
        checkServerOptions(spec, server);
        if (inMemory && store.store != null) throw new ParameterException(spec.commandLine(), "Give --store or --in-memory, not both");
        return serve(spec, inMemory ? NewsStore.inMemory() : NewsStore.open(store.dir()), options, server,
                inMemory ? "in memory" : store.dir().toString());
    }

    static void checkServerOptions(CommandSpec spec, ServerOptions server) {
        if (server.allowUpdate && server.authFile == null)
            throw new ParameterException(spec.commandLine(), "--allow-update needs --auth-file FILE (lines 'user: password'): "
                    + "refusing to start a server that anyone could write to");
        if (server.authFile != null && !Files.isReadable(server.authFile))
            throw new ParameterException(spec.commandLine(), "Cannot read --auth-file " + server.authFile);
        if (server.authFile != null && !server.allowUpdate)
            throw new ParameterException(spec.commandLine(), "--auth-file only applies with --allow-update (reads are open)");
        if (server.maxConcurrent < 1)
            throw new ParameterException(spec.commandLine(), "--max-concurrent must be at least 1: " + server.maxConcurrent);
    }

    /**
     * Fails at once when the port is taken, before any input is loaded (loading can take minutes; finding out
     * afterwards that another server holds the port wastes them).
     */
    static void checkPortFree(ServerOptions so) {
        if (so.port == 0) return;
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress(so.host, so.port));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("port " + so.port + " on " + so.host + " is in use (another newsgraph serve or "
                    + "demo?): stop it, or pick another port with --port (0 picks a free one)");
        }
    }

    /** Loads the inputs (if any) into the store, serves it until the process is stopped. */
    static int serve(CommandSpec spec, NewsStore store, ConvertOptions options, ServerOptions so, String where) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        NewsServer server;
        try {
            checkPortFree(so);
            if (!options.inputs.isEmpty()) {
                StoreLoading.Result r;
                try {
                    r = StoreLoading.load(store, options, err);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
                err.println(r.summary());
            }
            NewsServer.Builder b = NewsServer.create().store(store).host(so.host).port(so.port).timeout(so.timeout)
                    .auth(so.authFile).allowUpdate(so.allowUpdate)
                    .maxRequest(so.maxRequest).allowService(so.allowService)
                    .allowLoadHosts(so.allowLoadHosts).maxConcurrent(so.maxConcurrent);
            server = WebSite.mount(b, store.dataset(), SavedQueryCatalog.load(), options.base).build().start();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }, "newsgraph-shutdown"));
        err.println("newsgraph: serving the store " + where);
        err.println("  home:            " + server.url());
        err.println("  Linked Data:     " + server.url() + WebSite.site(options.base).paths().mount().substring(1) + "…  (IRIs under " + WebSite.site(options.base).paths().base() + ")");
        err.println("  SPARQL UI:       " + server.uiUrl());
        err.println("  SPARQL endpoint: " + server.sparqlUrl());
        err.println("  graphs (GSP):    " + server.datasetUrl() + "?graph=IRI");
        err.println("  saved queries:   " + server.url() + "queries");
        if (so.allowUpdate) err.println("  SPARQL update:   " + server.url() + "news/update (HTTP basic, users of " + so.authFile + ")");
        err.println("  query timeout:   " + (so.timeout == null || so.timeout.isZero() ? "none" : so.timeout.toMillis() + " ms"));
        err.println("Stop with Ctrl-C.");
        err.flush();
        // Build the article index (the ngf: functions of the saved queries) now, not at the first query.
        Thread warm = new Thread(() -> {
            try {
                store.articleIndex();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ServeCommand.class).warn("article index: {}", e.getMessage());
            }
        }, "newsgraph-article-index");
        warm.setDaemon(true);
        warm.start();
        server.join();
        return Main.EXIT_OK;
    }
}
