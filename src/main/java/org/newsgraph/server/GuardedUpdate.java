package org.newsgraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * SPARQL Update as Fuseki runs it, except that {@code LOAD} may only read {@code http:} and {@code https:} URLs: a
 * {@code LOAD <file:///etc/shadow>} (or any other scheme, or a relative IRI resolved against the server's working
 * directory) is refused with 403 before anything runs, so an update can never read the server's own files.
 */
public final class GuardedUpdate extends SPARQL_Update {
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
        if (req != null) {
            for (Update u : req.getOperations()) {
                if (u instanceof UpdateLoad load && !isRemote(load.getSource()))
                    ServletOps.error(403, "LOAD may only read http: or https: URLs on this server, not <"
                            + shorten(load.getSource()) + ">");
            }
        }
        super.execute(action, new ByteArrayInputStream(body));
    }

    private static boolean isRemote(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    private static String shorten(String s) { return s.length() <= 100 ? s : s.substring(0, 100) + "…"; }
}
