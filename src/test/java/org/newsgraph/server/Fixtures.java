package org.newsgraph.server;

import java.io.StringWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.newsgraph.cli.Main;

/** Test fixtures: the fixture folders, loading through the real {@code load} command, a plain HTTP client. */
final class Fixtures {
    private Fixtures() {}

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path articles() { return resource("articles"); }

    /** Runs {@code newsgraph ARGS}, returns exit code; stderr into {@code err}. */
    static int run(StringWriter err, String... args) {
        var cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postUpdate(String url, String update, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (user != null)
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET endpoint?query=… asking for SPARQL results JSON. */
    static HttpResponse<String> query(String endpoint, String query) throws Exception {
        return get(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json");
    }
}
