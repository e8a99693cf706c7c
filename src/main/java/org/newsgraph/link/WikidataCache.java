package org.newsgraph.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A persistent cache of Wikidata answers by Wikipedia title: one JSON object per line, appended as answers arrive
 * ({@code {"title":…,"qid":…,"p31":[…],"lat":…,"lon":…,"geonames":…,"website":…}} or {@code {"title":…,"missing":true}}).
 * Loaded into memory when opened (a few hundred bytes per entity); a damaged line is skipped with a warning.
 */
public final class WikidataCache implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WikidataCache.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, Optional<WikidataItem>> entries = new ConcurrentHashMap<>();
    private Writer out;

    private WikidataCache(Path file) { this.file = file; }

    /** Opens (or creates on first write) the cache file. */
    public static WikidataCache open(Path file) throws IOException {
        WikidataCache c = new WikidataCache(file);
        if (Files.exists(file)) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) continue;
                    try {
                        JsonNode j = JSON.readTree(line);
                        String title = j.path("title").asText(null);
                        if (title == null) throw new IOException("no title");
                        c.entries.put(key(title), j.path("missing").asBoolean(false) ? Optional.empty() : Optional.of(fromJson(j)));
                    } catch (IOException e) {
                        LOG.warn("{}:{}: skipping damaged cache line ({})", file, n, e.getMessage());
                    }
                }
            }
        }
        return c;
    }

    /** In-memory only (tests, or when no cache directory is wanted). */
    public static WikidataCache inMemory() { return new WikidataCache(null); }

    /** The cached answer: absent when never asked, {@code Optional.empty()} when Wikidata has no item. */
    public Optional<Optional<WikidataItem>> get(String title) {
        return Optional.ofNullable(entries.get(key(title)));
    }

    public int size() { return entries.size(); }

    /** Records an item found for {@code title}. */
    public synchronized void put(String title, WikidataItem item) throws IOException {
        entries.put(key(title), Optional.of(item));
        append(toJson(title, item));
    }

    /** Records that Wikidata has no item for {@code title}. */
    public synchronized void putMissing(String title) throws IOException {
        entries.put(key(title), Optional.empty());
        ObjectNode j = JSON.createObjectNode();
        j.put("title", title);
        j.put("missing", true);
        append(j);
    }

    private void append(ObjectNode j) throws IOException {
        if (file == null) return;
        if (out == null) {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        out.write(JSON.writeValueAsString(j));
        out.write('\n');
        out.flush();
    }

    static String key(String title) { return title.replace(' ', '_'); }

    private static ObjectNode toJson(String title, WikidataItem it) {
        ObjectNode j = JSON.createObjectNode();
        j.put("title", title);
        j.put("qid", it.qid());
        j.putArray("p31").addAll(it.instanceOf().stream().map(JSON.getNodeFactory()::textNode).toList());
        if (it.latitude() != null) j.put("lat", it.latitude());
        if (it.longitude() != null) j.put("lon", it.longitude());
        if (it.geonamesId() != null) j.put("geonames", it.geonamesId());
        if (it.website() != null) j.put("website", it.website());
        return j;
    }

    private static WikidataItem fromJson(JsonNode j) throws IOException {
        String qid = j.path("qid").asText(null);
        if (qid == null || !qid.matches("Q\\d+")) throw new IOException("bad qid");
        List<String> p31 = new ArrayList<>();
        j.path("p31").forEach(n -> p31.add(n.asText()));
        return new WikidataItem(qid, j.path("title").asText(), p31,
                j.has("lat") ? j.get("lat").asDouble() : null, j.has("lon") ? j.get("lon").asDouble() : null,
                j.path("geonames").asText(null), j.path("website").asText(null));
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) out.close();
        out = null;
    }
}
