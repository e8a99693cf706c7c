package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.newsgraph.vocab.SDO;

/**
 * A small curated list of places: countries (with demonyms and short forms: "U.S.", "Chinese"), major cities and
 * regions, each with its schema.org class. Shipped as {@code places.tsv}; country names missing there come from the
 * JDK's ISO 3166 list. The linker adds far more; this list only serves fine types, demonyms and nationality.
 *
 * <pre>
 *   Gazetteer.standard().byName("U.S.")      // Place[United States, schema:Country]
 *   Gazetteer.standard().byDemonym("Chinese") // Place[China, schema:Country]
 * </pre>
 */
public final class Gazetteer {
    /** A known place: its usual name and class ({@code schema:Country}, {@code City} or {@code AdministrativeArea}). */
    public record Place(String name, Node schemaClass) {
        public boolean isCountry() { return SDO.Country.equals(schemaClass); }
    }

    private final Map<String, Place> byName = new HashMap<>();
    private final Map<String, Place> byDemonym = new HashMap<>();
    private final Map<String, java.util.List<String>> demonymsOf = new HashMap<>();

    private static final Gazetteer STANDARD = load();

    public static Gazetteer standard() { return STANDARD; }

    /** The place called {@code name} (case-sensitive on the first letter; "the" in front is ignored). */
    public Optional<Place> byName(String name) {
        if (name == null) return Optional.empty();
        String n = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
        return Optional.ofNullable(byName.get(n));
    }

    /** The country or region a demonym or adjective refers to ("Chinese" → China). */
    public Optional<Place> byDemonym(String word) {
        return word == null ? Optional.empty() : Optional.ofNullable(byDemonym.get(word));
    }

    /** The demonyms and adjectives of a place, by its usual name ("France" → [French]); empty when none is listed. */
    public java.util.List<String> demonymsOf(String name) {
        return name == null ? java.util.List.of() : demonymsOf.getOrDefault(name, java.util.List.of());
    }

    private static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        try (InputStream in = Gazetteer.class.getResourceAsStream("places.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                Node cls = switch (f[0]) {
                    case "Country" -> SDO.Country;
                    case "City" -> SDO.City;
                    default -> SDO.AdministrativeArea;
                };
                Place p = new Place(f[1], cls);
                g.byName.putIfAbsent(f[1], p);
                if (f.length > 2) for (String a : f[2].split("\\|")) if (!a.isBlank()) g.byName.putIfAbsent(a, p);
                if (f.length > 3) for (String d : f[3].split("\\|")) if (!d.isBlank()) {
                    g.byDemonym.putIfAbsent(d, p);
                    g.demonymsOf.computeIfAbsent(f[1], k -> new java.util.ArrayList<>()).add(d);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String cc : Locale.getISOCountries()) {
            String n = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
            if (n.matches("[\\p{L} ]+")) g.byName.putIfAbsent(n, new Place(n, SDO.Country));
        }
        return g;
    }
}
