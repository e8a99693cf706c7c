package org.newsgraph.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps Wikipedia titles to Wikidata items with the {@code wbgetentities} API ({@code sites=enwiki&titles=A|B|…},
 * up to 50 titles a request), through a persistent {@link WikidataCache}: titles already cached cost no request.
 * Polite: a User-Agent, at most one request per {@code minInterval}, timeouts, retries with back-off on network
 * errors, 429 and 5xx (honouring {@code Retry-After}). Never throws for network trouble: what cannot be fetched is
 * simply missing from the answer, and after a batch fails all retries the client stops asking for the rest of the
 * run (offline links stay).
 *
 * <pre>
 *   try (WikidataClient wd = WikidataClient.create().cache(WikidataCache.open(dir.resolve("wikidata.jsonl"))).build()) {
 *       Map&lt;String, WikidataItem&gt; items = wd.lookup(List.of("Xi_Jinping", "Moscow"));
 *   }
 * </pre>
 */
public final class WikidataClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WikidataClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String DEFAULT_ENDPOINT = "https://www.wikidata.org/w/api.php";
    public static final int MAX_BATCH = 50;

    private final URI endpoint;
    private final WikidataCache cache;
    private final String userAgent;
    private final Duration timeout;
    private final Duration minInterval;
    private final int retries;
    private final java.util.function.Consumer<String> onTrouble;
    private final HttpClient http;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean disabled;
    private long lastRequestNanos;

    public static final class Builder {
        private URI endpoint = URI.create(DEFAULT_ENDPOINT);
        private WikidataCache cache;
        private String userAgent = "newsgraph/" + version() + " (https://w3id.org/newsgraph; entity linking)";
        private Duration timeout = Duration.ofSeconds(10);
        private Duration minInterval = Duration.ofMillis(200);
        private int retries = 2;
        private java.util.function.Consumer<String> onTrouble = m -> { };

        /** The wbgetentities endpoint ({@code https://www.wikidata.org/w/api.php} by default). */
        public Builder endpoint(URI u) { this.endpoint = u; return this; }

        /**
         * Told of each network trouble that costs this run Wikidata's extras (unreachable, an HTTP error, an unreadable
         * answer), besides the log line, so that a command can count it as a warning.
         */
        public Builder onTrouble(java.util.function.Consumer<String> c) { this.onTrouble = java.util.Objects.requireNonNull(c); return this; }

        public Builder cache(WikidataCache c) { this.cache = c; return this; }

        public Builder userAgent(String ua) { this.userAgent = ua; return this; }

        /** Connect and request timeout (default 10 s). */
        public Builder timeout(Duration d) { this.timeout = d; return this; }

        /** Least time between two requests (default 200 ms). */
        public Builder minInterval(Duration d) { this.minInterval = d; return this; }

        /** Retries after the first attempt (default 2). */
        public Builder retries(int n) { this.retries = n; return this; }

        public WikidataClient build() {
            return new WikidataClient(this);
        }
    }

    public static Builder create() { return new Builder(); }

    private WikidataClient(Builder b) {
        this.endpoint = b.endpoint;
        this.cache = b.cache == null ? WikidataCache.inMemory() : b.cache;
        this.userAgent = b.userAgent;
        this.timeout = b.timeout;
        this.minInterval = b.minInterval;
        this.retries = b.retries;
        this.onTrouble = b.onTrouble;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Number of HTTP requests made so far. */
    public int requestCount() { return requests.get(); }

    /** True once the client has given up for this run after a failed batch. */
    public boolean isDisabled() { return disabled; }

    /** Items for the given titles (keys as given); titles without an item, or not fetched, are absent. */
    public Map<String, WikidataItem> lookup(Collection<String> titles) {
        Map<String, WikidataItem> out = new LinkedHashMap<>();
        List<String> todo = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String t : titles) {
            if (!seen.add(t)) continue;
            Optional<Optional<WikidataItem>> cached = cache.get(t);
            if (cached.isPresent()) cached.get().ifPresent(it -> out.put(t, it));
            else todo.add(t);
        }
        for (int i = 0; i < todo.size() && !disabled; i += MAX_BATCH) {
            List<String> batch = todo.subList(i, Math.min(todo.size(), i + MAX_BATCH));
            Answer answer = fetch(batch);
            if (answer == null) {
                disabled = true;
                LOG.warn("Wikidata unreachable at {}: keeping offline links for the rest of this run", endpoint);
                onTrouble.accept("Wikidata unreachable at " + endpoint + ": no Wikidata extras for the rest of this run");
                break;
            }
            Map<String, Optional<WikidataItem>> got = answer.byTitle;
            // Titles Wikidata reached through a redirect come back under the target's title: pair them up, asking
            // one title at a time when several are left over.
            List<String> left = batch.stream().filter(t -> !got.containsKey(WikidataCache.key(t))).toList();
            if (left.size() == 1 && answer.unmatched.size() == 1) got.put(WikidataCache.key(left.get(0)), Optional.of(answer.unmatched.get(0)));
            else if (left.size() > 1) {
                for (String t : left) {
                    Answer one = disabled ? null : fetch(List.of(t));
                    if (one == null) break;
                    if (one.unmatched.size() == 1) got.put(WikidataCache.key(t), Optional.of(one.unmatched.get(0)));
                    else got.putAll(one.byTitle);
                }
            }
            for (String t : batch) {
                Optional<WikidataItem> r = got.get(WikidataCache.key(t));
                if (r == null) continue;   // not answered (e.g. a redirect we cannot map back): ask again next run
                try {
                    if (r.isPresent()) cache.put(t, r.get());
                    else cache.putMissing(t);
                } catch (IOException e) {
                    LOG.warn("cannot write the Wikidata cache: {}", e.toString());
                }
                r.ifPresent(it -> out.put(t, it));
            }
        }
        return out;
    }

    /** A parsed answer: items by title (underscores; empty = missing), and items whose title matched no request. */
    record Answer(Map<String, Optional<WikidataItem>> byTitle, List<WikidataItem> unmatched) {}

    /** One wbgetentities call with retries; null when it failed for good. */
    private Answer fetch(List<String> titles) {
        StringBuilder q = new StringBuilder("?action=wbgetentities&format=json&sites=enwiki&props=sitelinks%7Cclaims&sitefilter=enwiki&titles=");
        q.append(URLEncoder.encode(String.join("|", titles.stream().map(t -> t.replace('_', ' ')).toList()), StandardCharsets.UTF_8));
        URI uri = URI.create(endpoint.toString() + q);
        long backoff = 500;
        for (int attempt = 0; attempt <= retries; attempt++) {
            try {
                pace();
                requests.incrementAndGet();
                HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent)
                        .header("Accept", "application/json").GET().build();
                HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int code = resp.statusCode();
                if (code == 200) return parse(resp.body(), titles);
                if (code == 429 || code >= 500) {
                    backoff = Math.max(backoff, resp.headers().firstValueAsLong("Retry-After").orElse(0) * 1000);
                    LOG.debug("Wikidata answered {}; retrying", code);
                } else {
                    LOG.warn("Wikidata answered HTTP {} for {}", code, uri);
                    onTrouble.accept("Wikidata answered HTTP " + code);
                    return null;
                }
            } catch (IOException e) {
                LOG.debug("Wikidata request failed: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (RuntimeException e) {
                LOG.warn("unreadable Wikidata answer: {}", e.toString());
                onTrouble.accept("unreadable Wikidata answer: " + e.getMessage());
                return null;
            }
            if (attempt < retries) sleep(backoff);
            backoff *= 2;
        }
        return null;
    }

    private synchronized void pace() throws InterruptedException {
        long wait = lastRequestNanos + minInterval.toNanos() - System.nanoTime();
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        lastRequestNanos = System.nanoTime();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(Math.min(ms, 30_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Answer parse(String body, List<String> asked) throws IOException {
        Set<String> askedKeys = new java.util.HashSet<>();
        for (String a : asked) askedKeys.add(WikidataCache.key(a));
        List<WikidataItem> unmatched = new ArrayList<>();
        JsonNode root = JSON.readTree(body);
        if (root.has("error")) throw new IOException("Wikidata error: " + root.path("error").path("info").asText());
        Map<String, Optional<WikidataItem>> out = new LinkedHashMap<>();
        // Titles the API normalised ("Xi_Jinping" -> "Xi Jinping") map back to what we asked.
        Map<String, String> normalized = new LinkedHashMap<>();
        JsonNode norm = root.path("normalized");
        for (JsonNode n : norm.isArray() ? norm : iterable(norm))
            normalized.put(n.path("to").asText(), n.path("from").asText());
        for (JsonNode e : iterable(root.path("entities"))) {
            if (e.has("missing")) {
                String title = e.path("title").asText(null);
                if (title != null) out.put(WikidataCache.key(title), Optional.empty());
                continue;
            }
            String qid = e.path("id").asText(null);
            String title = e.path("sitelinks").path("enwiki").path("title").asText(null);
            if (qid == null || title == null) continue;
            JsonNode claims = e.path("claims");
            List<String> p31 = new ArrayList<>();
            for (JsonNode c : claims.path("P31")) {
                String id = c.path("mainsnak").path("datavalue").path("value").path("id").asText(null);
                if (id != null) p31.add(id);
            }
            JsonNode coord = first(claims, "P625").path("value");
            Double lat = coord.has("latitude") ? coord.get("latitude").asDouble() : null;
            Double lon = coord.has("longitude") ? coord.get("longitude").asDouble() : null;
            String geonames = first(claims, "P1566").path("value").asText(null);
            String website = first(claims, "P856").path("value").asText(null);
            WikidataItem item = new WikidataItem(qid, title.replace(' ', '_'), p31, lat, lon, geonames, website);
            String viaNormalized = normalized.get(title);
            if (askedKeys.contains(WikidataCache.key(title))) out.put(WikidataCache.key(title), Optional.of(item));
            else if (viaNormalized != null) out.put(WikidataCache.key(viaNormalized), Optional.of(item));
            else unmatched.add(item);
        }
        return new Answer(out, unmatched);
    }

    private static JsonNode first(JsonNode claims, String prop) {
        JsonNode arr = claims.path(prop);
        for (JsonNode c : arr) {
            JsonNode dv = c.path("mainsnak").path("datavalue");
            if (!dv.isMissingNode()) return dv;
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static Iterable<JsonNode> iterable(JsonNode objectOrArray) {
        List<JsonNode> l = new ArrayList<>();
        objectOrArray.forEach(l::add);
        return l;
    }

    private static String version() {
        String v = WikidataClient.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public void close() throws IOException { cache.close(); }
}
