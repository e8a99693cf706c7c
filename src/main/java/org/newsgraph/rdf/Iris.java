package org.newsgraph.rdf;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.vocab.NG;

/**
 * Mints the IRIs of newsgraph data under a base IRI, so that one real-world thing gets one IRI in every article:
 * <ul>
 *   <li>{@code article/<hash of the canonical URL>} (or of the headline and body when there is no URL);</li>
 *   <li>{@code person/<slug>}, {@code organization/<slug>}, {@code place/<slug>} from a normalised name;</li>
 *   <li>{@code entity/<Wikipedia title>} for an entity linked to Wikipedia/DBpedia.</li>
 * </ul>
 */
public final class Iris {
    private final String base;

    public Iris(String base) {
        this.base = base == null ? NG.DEFAULT_BASE : (base.endsWith("/") || base.endsWith("#") ? base : base + "/");
    }

    public static Iris standard() { return new Iris(NG.DEFAULT_BASE); }

    public String base() { return base; }

    /** The article's IRI: from its canonical URL when known, else from a hash of its content. */
    public Node article(String url, String headline, String body) {
        String key = url != null ? canonicalUrl(url) : "content:" + nullToEmpty(headline) + "\n" + nullToEmpty(body);
        return iri("article/" + hash(key));
    }

    /** A related article known only by its headline. */
    public Node articleByHeadline(String headline) {
        return iri("article/" + hash("headline:" + slug(headline)));
    }

    public Node person(String name) { return iri("person/" + slug(name)); }

    public Node organization(String name) { return iri("organization/" + slug(name)); }

    public Node place(String name) { return iri("place/" + slug(name)); }

    /** An entity linked to the Wikipedia article {@code title} (underscores for spaces). */
    public Node linkedEntity(String wikipediaTitle) {
        return iri("entity/" + encodeSegment(wikipediaTitle.replace(' ', '_')));
    }

    /** A publisher known by its web host. */
    public Node publisherByHost(String host) { return iri("organization/" + slug(host)); }

    /** A node that belongs to one article: {@code <article IRI>/<local>}. */
    public Node part(Node article, String local) { return NodeFactory.createURI(article.getURI() + "/" + local); }

    public Node iri(String local) { return NodeFactory.createURI(base + local); }

    /**
     * The URL articles are identified by: scheme and host lower-cased, {@code http} treated as {@code https},
     * {@code www.} dropped, default port, fragment, tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid})
     * and a trailing slash removed. A URL without a host ({@code mailto:}, {@code urn:}, {@code data:}) is kept whole.
     */
    public static String canonicalUrl(String url) {
        try {
            URI u = new URI(url.strip());
            // mailto:, urn:, data:, javascript: and the like have no host: the whole URL identifies the article.
            if (u.isOpaque() || u.getHost() == null) return url.strip();
            String host = withoutWww(u.getHost().toLowerCase(Locale.ROOT));
            String path = u.getRawPath() == null ? "" : withoutTrailingSlashes(u.getRawPath());
            String query = u.getRawQuery();
            if (query != null) {
                StringBuilder q = new StringBuilder();
                for (String part : query.split("&")) {
                    String k = part.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    if (k.startsWith("utm_") || k.equals("fbclid") || k.equals("gclid")) continue;
                    if (q.length() > 0) q.append('&');
                    q.append(part);
                }
                query = q.length() == 0 ? null : q.toString();
            }
            return "https://" + host + path + (query == null ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }

    /** The host of a URL without {@code www.}, or null. */
    public static String host(String url) {
        try {
            String h = new URI(url.strip()).getHost();
            return h == null ? null : withoutWww(h.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static String withoutWww(String host) { return host.startsWith("www.") ? host.substring(4) : host; }

    private static String withoutTrailingSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') end--;
        return path.substring(0, end);
    }

    /** "Xi Jinping" → "xi-jinping"; accents folded, anything but letters and digits becomes one hyphen. */
    public static String slug(String name) {
        String fast = asciiSlug(nullToEmpty(name));
        if (fast != null) return fast;
        String s = Normalizer.normalize(nullToEmpty(name), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['’`]", "").replaceAll("[^\\p{L}\\p{N}]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "_" + hash(nullToEmpty(name)).substring(0, 8) : s;
    }

    /** The slug of a plain ASCII name without apostrophes, without regex; null when the general path is needed. */
    private static String asciiSlug(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean hyphen = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80 || c == '\'' || c == '`') return null;
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && sb.length() > 0) sb.append('-');
                sb.append(c);
                hyphen = false;
            } else if (c >= 'A' && c <= 'Z') {
                if (hyphen && sb.length() > 0) sb.append('-');
                sb.append((char) (c + ('a' - 'A')));
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** First 16 hex digits of SHA-256: short, stable, and collision-free at news-archive scale. */
    public static String hash(String s) {
        byte[] d = SHA256.get().digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 8);
    }

    private static String encodeSegment(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@".indexOf(c) >= 0)
                sb.append((char) c);
            else sb.append('%').append(String.format("%02X", c));
        }
        return sb.toString();
    }

    private static String nullToEmpty(String s) { return s == null ? "" : s; }
}
