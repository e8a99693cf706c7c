package org.newsgraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * What {@code LOAD <http://…>} may fetch on the server, and the fetch itself. Every URL the fetch visits — the one in
 * the update and each redirect after it — must be {@code http:} or {@code https:} with a host that resolves to public
 * addresses only: a host with a loopback, private (site-local, unique-local), link-local (cloud metadata at
 * 169.254.169.254), "this network" (0.0.0.0/8), shared (100.64.0.0/10) or multicast address is refused before any
 * connection is made to it, unless it is on the allow-list ({@code serve --allow-load-host HOST}). Redirects are
 * followed here, hop by hop, never by the HTTP client, so a public URL that redirects to 127.0.0.1 is refused at that
 * hop. The body is parsed here too (with the final URL as base) and handed to Jena's {@code LOAD} as N-Quads or
 * N-Triples in a temporary file, so Jena itself fetches nothing.
 */
final class RemoteLoad {
    /** The most redirects followed for one LOAD. */
    static final int MAX_REDIRECTS = 5;

    private final Set<String> allowedHosts;
    private final Duration timeout;
    private final HttpClient http;

    /** A refusal or failure, with the HTTP status the update gets (403: refused; 400: the source is not usable). */
    static final class LoadException extends Exception {
        final int status;

        LoadException(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /**
     * @param allowedHosts host names or address literals that may be fetched even when internal (case-insensitive)
     * @param timeout connect and response timeout of each request (null or zero: 60 s)
     */
    RemoteLoad(List<String> allowedHosts, Duration timeout) {
        this.allowedHosts = allowedHosts.stream().map(RemoteLoad::normaliseHost).collect(Collectors.toUnmodifiableSet());
        this.timeout = timeout == null || timeout.isZero() || timeout.isNegative() ? Duration.ofSeconds(60) : timeout;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(this.timeout).build();
    }

    static String normaliseHost(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        return h;
    }

    /**
     * Fetches {@code source} (following redirects, each checked) and writes it as N-Triples ({@code dest} given: the
     * default graph's triples, as {@code LOAD … INTO GRAPH} keeps) or N-Quads ({@code dest} null) to {@code out}.
     */
    void fetchInto(String source, Node dest, Path out) throws LoadException {
        URI uri;
        try {
            uri = URI.create(source);
        } catch (IllegalArgumentException e) {
            throw new LoadException(400, "LOAD <" + shorten(source) + ">: not a valid URL");
        }
        Path raw = null;
        try {
            raw = Files.createTempFile("newsgraph-load-", ".body");
            for (int hop = 0; ; hop++) {
                check(uri);
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                        .header("Accept", dest == null ? WebContent.defaultDatasetAcceptHeader : WebContent.defaultGraphAcceptHeader)
                        .GET().build();
                HttpResponse<Path> response = http.send(request, HttpResponse.BodyHandlers.ofFile(raw,
                        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)); // each hop replaces the last
                int status = response.statusCode();
                var location = response.headers().firstValue("Location");
                if (status >= 300 && status < 400 && location.isPresent()) {
                    if (hop >= MAX_REDIRECTS)
                        throw new LoadException(400, "LOAD <" + shorten(source) + ">: more than " + MAX_REDIRECTS + " redirects");
                    uri = uri.resolve(location.get().strip());
                    continue;
                }
                if (status < 200 || status >= 300)
                    throw new LoadException(400, "LOAD <" + shorten(source) + ">: HTTP " + status + " from <" + shorten(uri.toString()) + ">");
                Lang lang = lang(response, uri);
                parse(raw, uri, lang, dest, out);
                return;
            }
        } catch (IOException e) {
            throw new LoadException(400, "LOAD <" + shorten(source) + ">: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + shorten(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException(503, "LOAD <" + shorten(source) + ">: interrupted");
        } finally {
            if (raw != null) {
                try {
                    Files.deleteIfExists(raw);
                } catch (IOException ignored) {
                    // a temporary file: the system cleans it up
                }
            }
        }
    }

    /** Refuses a URL that is not http(s) or whose host is internal (and not allowed). */
    void check(URI uri) throws LoadException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https"))
            throw new LoadException(403, "LOAD may only read http: or https: URLs on this server, not <" + shorten(uri.toString()) + ">");
        String host = uri.getHost();
        if (host == null || host.isEmpty())
            throw new LoadException(403, "LOAD <" + shorten(uri.toString()) + ">: no host");
        host = normaliseHost(host);
        if (allowedHosts.contains(host)) return;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new LoadException(400, "LOAD <" + shorten(uri.toString()) + ">: unknown host " + shorten(host));
        }
        for (InetAddress a : addresses) {
            if (isInternal(a))
                throw new LoadException(403, "LOAD may not read from " + shorten(host) + " (" + a.getHostAddress()
                        + " is a loopback, private, link-local or multicast address); allow it with serve --allow-load-host "
                        + shorten(host));
        }
    }

    /** Loopback, any-local, link-local, site-local, unique-local (fc00::/7), 0.0.0.0/8, 100.64.0.0/10, multicast. */
    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress())
            return true;
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff, second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128);
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return true; // unique local
            // IPv4-compatible or NAT64 forms of an internal IPv4 address
            boolean v4compatible = true;
            for (int i = 0; i < 12; i++) v4compatible &= b[i] == 0;
            if (v4compatible) return true; // ::a.b.c.d (deprecated), :: and ::1 included
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                try {
                    return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Lang lang(HttpResponse<?> response, URI uri) {
        Lang byType = response.headers().firstValue("Content-Type").map(ct -> ContentType.create(ct).getContentTypeStr())
                .map(RDFLanguages::contentTypeToLang).orElse(null);
        if (byType != null) return byType;
        Lang byName = uri.getPath() == null ? null : RDFLanguages.filenameToLang(uri.getPath());
        return byName != null ? byName : Lang.TURTLE;
    }

    private static void parse(Path raw, URI base, Lang lang, Node dest, Path out) throws LoadException, IOException {
        try (OutputStream os = Files.newOutputStream(out)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(os, dest == null ? Lang.NQUADS : Lang.NTRIPLES);
            StreamRDF sink = dest == null ? writer : new StreamRDFWrapper(writer) {
                @Override public void quad(Quad q) {
                    if (q.isDefaultGraph()) triple(q.asTriple()); // named graphs are not loaded INTO one graph
                }
            };
            sink.start();
            try {
                RDFParser.source(raw).base(base.toString()).lang(lang).parse(sink);
            } finally {
                sink.finish();
            }
        } catch (RiotException e) {
            throw new LoadException(400, "LOAD <" + shorten(base.toString()) + ">: cannot read it as " + lang.getLabel()
                    + ": " + shorten(String.valueOf(e.getMessage())));
        }
    }

    static String shorten(String s) { return s.length() <= 100 ? s : s.substring(0, 100) + "…"; }
}
