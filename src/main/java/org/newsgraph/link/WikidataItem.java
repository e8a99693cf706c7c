package org.newsgraph.link;

import java.util.List;

/**
 * What newsgraph takes from a Wikidata item: its QID, the enwiki title it was found by, instance-of (P31) classes,
 * coordinates (P625), GeoNames ID (P1566) and official website (P856).
 */
public record WikidataItem(String qid, String title, List<String> instanceOf, Double latitude, Double longitude,
                           String geonamesId, String website) {
    public static final String ENTITY = "http://www.wikidata.org/entity/";
    public static final String PAGE = "https://www.wikidata.org/wiki/";
    public static final String GEONAMES = "https://sws.geonames.org/";

    public WikidataItem {
        instanceOf = instanceOf == null ? List.of() : List.copyOf(instanceOf);
    }

    public String entityIri() { return ENTITY + qid; }

    public String pageUrl() { return PAGE + qid; }

    public String geonamesIri() { return geonamesId == null ? null : GEONAMES + geonamesId + "/"; }

    public boolean hasCoordinates() { return latitude != null && longitude != null; }
}
