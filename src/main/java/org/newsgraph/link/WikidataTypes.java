package org.newsgraph.link;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.newsgraph.vocab.SDO;

/**
 * Finer schema.org types from Wikidata instance-of (P31) classes. Only direct P31 values are read (no subclass
 * walk, which would need more requests); the table lists the classes news entities usually carry.
 */
public final class WikidataTypes {
    private WikidataTypes() {}

    private static final Map<String, Node> TYPES = Map.ofEntries(
            Map.entry("Q6256", SDO.Country),        // country
            Map.entry("Q3624078", SDO.Country),     // sovereign state
            Map.entry("Q7275", SDO.Country),        // state
            Map.entry("Q515", SDO.City),            // city
            Map.entry("Q1549591", SDO.City),        // big city
            Map.entry("Q5119", SDO.City),           // capital
            Map.entry("Q1637706", SDO.City),        // city with millions of inhabitants
            Map.entry("Q200250", SDO.City),         // metropolis
            Map.entry("Q3957", SDO.City),           // town
            Map.entry("Q532", SDO.City),            // village
            Map.entry("Q35657", SDO.AdministrativeArea),     // U.S. state
            Map.entry("Q10864048", SDO.AdministrativeArea),  // first-level administrative division
            Map.entry("Q56061", SDO.AdministrativeArea),     // administrative territorial entity
            Map.entry("Q107390", SDO.AdministrativeArea),    // federated state
            Map.entry("Q327333", SDO.GovernmentOrganization),   // government agency
            Map.entry("Q2659904", SDO.GovernmentOrganization),  // government organization
            Map.entry("Q192350", SDO.GovernmentOrganization),   // ministry
            Map.entry("Q4471039", SDO.GovernmentOrganization),  // ministry of foreign affairs
            Map.entry("Q192283", SDO.NewsMediaOrganization),    // news agency
            Map.entry("Q11032", SDO.NewsMediaOrganization),     // newspaper
            Map.entry("Q1153191", SDO.NewsMediaOrganization),   // online newspaper
            Map.entry("Q1110794", SDO.NewsMediaOrganization),   // daily newspaper
            Map.entry("Q1193236", SDO.NewsMediaOrganization),   // news media
            Map.entry("Q5", SDO.Person));                       // human

    /** The schema.org types for these P31 classes, most specific first, without duplicates. */
    public static List<Node> schemaTypes(List<String> instanceOf) {
        return instanceOf.stream().map(TYPES::get).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
