package org.newsgraph.web;

import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Node;
import org.newsgraph.vocab.SDO;

/** Which kind of thing a set of {@code rdf:type}s describes, and the most specific type to show. */
final class Kinds {
    static final String PERSON = "person", ORG = "org", PLACE = "place";

    private static final List<String> PLACES = List.of("Place", "Country", "City", "AdministrativeArea", "State",
            "Continent", "LandmarksOrHistoricalBuildings", "TouristAttraction");
    private static final List<String> ORGS = List.of("Organization", "NewsMediaOrganization", "GovernmentOrganization",
            "SportsTeam", "Corporation", "EducationalOrganization", "PoliticalParty", "NGO", "MedicalOrganization");
    /** Most specific first. */
    private static final List<String> LABEL_ORDER = List.of("Country", "City", "AdministrativeArea", "State", "Continent",
            "NewsMediaOrganization", "GovernmentOrganization", "PoliticalParty", "SportsTeam", "Corporation",
            "EducationalOrganization", "NGO", "Person", "Organization", "Place", "NewsArticle");

    private Kinds() {}

    /** {@link #PERSON}, {@link #ORG}, {@link #PLACE}, or "" for anything else. */
    static String kind(Collection<Node> types) {
        boolean org = false, place = false;
        for (Node t : types) {
            String l = local(t);
            if (l == null) continue;
            if (l.equals("Person")) return PERSON;
            org |= ORGS.contains(l);
            place |= PLACES.contains(l);
        }
        return org ? ORG : place ? PLACE : "";
    }

    /** The schema.org type to show ("City" rather than "Place"), or the local name of any type. */
    static String label(Collection<Node> types) {
        for (String l : LABEL_ORDER)
            for (Node t : types) if (l.equals(local(t))) return l;
        for (Node t : types) if (t.isURI()) return t.getLocalName();
        return "Resource";
    }

    private static String local(Node t) {
        return t.isURI() && t.getURI().startsWith(SDO.NS) ? t.getURI().substring(SDO.NS.length()) : null;
    }
}
