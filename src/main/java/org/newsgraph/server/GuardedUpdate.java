package org.newsgraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * SPARQL Update as Fuseki runs it, except for {@code LOAD}:
 * <ul>
 * <li>only {@code http:} and {@code https:} URLs: a {@code LOAD <file:///etc/shadow>} (or any other scheme, or a
 * relative IRI resolved against the server's working directory) is refused with 403 before anything runs, so an
 * update can never read the server's own files;</li>
 * <li>never from an internal address: {@link RemoteLoad} fetches the URL itself, checking the host of every hop
 * (redirects included) and refusing loopback, private, link-local and multicast addresses (403) unless the host is
 * allowed ({@code serve --allow-load-host}); Jena's {@code LOAD} then reads what was fetched from a temporary file,
 * in the same transaction as the rest of the update.</li>
 * </ul>
 * {@code LOAD SILENT} of a source that is refused or cannot be read is skipped, as SILENT asks.
 */
public final class GuardedUpdate extends SPARQL_Update {
    private final RemoteLoad remote;

    GuardedUpdate(RemoteLoad remote) { this.remote = remote; }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UpdateRequest req = null;
        try {
            req = UpdateFactory.create(new String(body, StandardCharsets.UTF_8));
        } catch (QueryParseException e) {
            // Fuseki's own parse reports the error as 400.
        }
        if (req == null || req.getOperations().stream().noneMatch(u -> u instanceof UpdateLoad)) {
            super.execute(action, new ByteArrayInputStream(body));
            return;
        }
        for (Update u : req.getOperations()) {
            if (u instanceof UpdateLoad load && !isRemote(load.getSource()))
                ServletOps.error(403, "LOAD may only read http: or https: URLs on this server, not <"
                        + RemoteLoad.shorten(load.getSource()) + ">");
        }
        List<Path> fetched = new ArrayList<>();
        try {
            UpdateRequest rewritten = new UpdateRequest();
            rewritten.setPrefixMapping(req.getPrefixMapping());
            if (req.explicitlySetBaseURI()) rewritten.setBaseURI(req.getBaseURI());
            for (Update u : req.getOperations()) {
                if (!(u instanceof UpdateLoad load)) {
                    rewritten.add(u);
                    continue;
                }
                Path file = Files.createTempFile("newsgraph-load-", load.getDest() == null ? ".nq" : ".nt");
                fetched.add(file);
                try {
                    remote.fetchInto(load.getSource(), load.getDest(), file);
                } catch (RemoteLoad.LoadException e) {
                    if (load.isSilent()) continue;
                    ServletOps.error(e.status, e.getMessage());
                }
                rewritten.add(new UpdateLoad(file.toUri().toString(), load.getDest(), load.isSilent()));
            }
            super.execute(action, new ByteArrayInputStream(rewritten.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Path p : fetched) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary file: the system cleans it up
                }
            }
        }
    }

    private static boolean isRemote(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }
}
