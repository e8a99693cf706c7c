package org.newsgraph.rdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Known news outlets by web host: their name, home page and whether they are a news agency (credited for photos
 * and cited as sources). The list ships as {@code publishers.tsv} ({@code host<TAB>name<TAB>url<TAB>kind}) and
 * can be extended or overridden with a file of the same form ({@code --publishers FILE}).
 */
public final class PublisherRegistry {
    /**
     * One outlet. {@code kind} is {@code outlet} or {@code agency}; {@code title} its Wikipedia title (or null): an
     * outlet with a title is the node {@code entity/<title>}, the same node as the entity the linker links to it.
     */
    public record Publisher(String host, String name, String url, String kind, String title) {
        public Publisher(String host, String name, String url, String kind) { this(host, name, url, kind, null); }

        public boolean isAgency() { return "agency".equals(kind); }

        /** The outlet's node: {@code entity/<title>} when its title is known, else {@code organization/<slug of name>}. */
        public org.apache.jena.graph.Node node(Iris iris) { return title != null ? iris.linkedEntity(title) : iris.organization(name); }
    }

    private final Map<String, Publisher> byHost = new LinkedHashMap<>();
    private final Map<String, Publisher> byName = new LinkedHashMap<>();

    public static PublisherRegistry standard() {
        PublisherRegistry r = new PublisherRegistry();
        try (InputStream in = PublisherRegistry.class.getResourceAsStream("/org/newsgraph/publishers.tsv")) {
            r.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }

    public PublisherRegistry loadFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        }
    }

    public PublisherRegistry load(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 3) continue;
            Publisher p = new Publisher(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip(), f[2].strip(),
                    f.length > 3 ? f[3].strip() : "outlet", f.length > 4 && !f[4].isBlank() ? f[4].strip() : null);
            byHost.put(p.host(), p);
            byName.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p);
        }
        return this;
    }

    /** The outlet for a host (or any parent domain of it: {@code edition.cnn.com} → {@code cnn.com}). */
    public Optional<Publisher> byHost(String host) {
        if (host == null) return Optional.empty();
        String h = Iris.withoutWww(host.toLowerCase(Locale.ROOT));
        while (true) {
            Publisher p = byHost.get(h);
            if (p != null) return Optional.of(p);
            int dot = h.indexOf('.');
            if (dot < 0 || h.indexOf('.', dot + 1) < 0) return Optional.empty();
            h = h.substring(dot + 1);
        }
    }

    /** Every outlet and agency, one entry per name. */
    public java.util.Collection<Publisher> publishers() { return java.util.Collections.unmodifiableCollection(byName.values()); }

    /** The outlet or agency with this name (case-insensitive), e.g. "Reuters", "TASS". */
    public Optional<Publisher> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
    }
}
