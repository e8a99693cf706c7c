package org.newsgraph.web;

import java.net.URI;
import org.newsgraph.vocab.NG;

/**
 * Where the IRIs minted under a base IRI are answered on this server. The local path is the base's own path
 * ({@code https://news.example.org/id/} → {@code /id/}); for a {@code https://w3id.org/NAME/...} base the w3id
 * namespace {@code NAME} is what the permanent-IRI service redirects, so it is left out (the default base
 * {@code https://w3id.org/newsgraph/id/} → {@code /id/}). A base whose path is {@code /} is served under {@code /id/}.
 *
 * <pre>
 *   LocalPaths p = new LocalPaths("https://w3id.org/newsgraph/id/");
 *   p.href("https://w3id.org/newsgraph/id/entity/Xi_Jinping");   // "/id/entity/Xi_Jinping"
 *   p.iri("/id/entity/Xi_Jinping");                              // "https://w3id.org/newsgraph/id/entity/Xi_Jinping"
 * </pre>
 */
public final class LocalPaths {
    private final String base;
    private final String mount;

    public LocalPaths(String base) {
        String b = base == null ? NG.DEFAULT_BASE : base;
        if (!b.endsWith("/") && !b.endsWith("#")) b = b + "/";
        this.base = b;
        this.mount = mountOf(b);
    }

    static String mountOf(String base) {
        URI u;
        try {
            u = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an IRI: --base " + base);
        }
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        if (!path.endsWith("/")) path = path.substring(0, path.lastIndexOf('/') + 1);
        if ("w3id.org".equalsIgnoreCase(u.getHost())) {
            int second = path.indexOf('/', 1);
            if (second > 0) path = path.substring(second);
        }
        if (path.isEmpty() || path.equals("/")) path = "/id/";
        return path;
    }

    /** The base IRI (ending in {@code /}). */
    public String base() { return base; }

    /** The local path prefix, e.g. {@code /id/}. */
    public String mount() { return mount; }

    /** The servlet path spec, e.g. {@code /id/*}. */
    public String pathSpec() { return mount + "*"; }

    /** Whether {@code iri} is minted under the base (so this server answers it). */
    public boolean isLocal(String iri) { return iri != null && iri.startsWith(base); }

    /**
     * The link to show for {@code iri}: its local path when minted under the base, else the IRI itself when it is an
     * http(s) IRI, else null (no link: a {@code javascript:} or {@code urn:} IRI is shown, not followed).
     */
    public String href(String iri) {
        if (iri == null) return null;
        if (isLocal(iri)) return mount + iri.substring(base.length());
        String l = iri.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://") ? iri : null;
    }

    /** The IRI a raw (still percent-encoded) local path under {@link #mount()} stands for. */
    public String iri(String rawLocalPath) {
        if (!rawLocalPath.startsWith(mount)) throw new IllegalArgumentException(rawLocalPath + " is not under " + mount);
        return base + rawLocalPath.substring(mount.length());
    }
}
