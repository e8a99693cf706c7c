package org.newsgraph.link;

/** The type of an entity to link, as named-entity recognition gives it. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE, OTHER;

    /** True when a title of type {@code t} can be this entity; {@code UNKNOWN} titles are accepted. */
    public boolean accepts(TitleType t) {
        return switch (t) {
            case UNKNOWN -> true;
            case NON_ENTITY, NAME_PAGE -> false;
            case PERSON -> this == PERSON || this == OTHER;
            // NER often labels institutions as places ("Kent County Council", "Radcliffe College"): accepted, with
            // a lower type score; the reverse (an ORGANIZATION on a place title) is metonymy and is not linked.
            case ORGANIZATION -> this == ORGANIZATION || this == PLACE || this == OTHER;
            case PLACE, COUNTRY, CITY, ADMIN_AREA -> this == PLACE || this == OTHER;
            // A pipeline, a camp, a square: NER and gold call it a place, its title reads as a common noun
            // (Baku-Tbilisi-Ceyhan_pipeline); accepted for a place with type score 0.
            case OTHER -> this == OTHER || this == PLACE;
        };
    }

    /** True when a title of type {@code t} is positively known to be of this type. */
    public boolean matches(TitleType t) {
        return switch (this) {
            case PERSON -> t == TitleType.PERSON;
            case ORGANIZATION -> t == TitleType.ORGANIZATION;
            case PLACE -> t.isPlace();
            case OTHER -> false;
        };
    }

    /** Maps NER labels: PERSON, ORGANIZATION/ORG, LOCATION/PLACE/GPE/LOC (and fine place labels); else OTHER. */
    public static EntityType ofLabel(String label) {
        if (label == null) return OTHER;
        return switch (label.toUpperCase(java.util.Locale.ROOT)) {
            case "PERSON", "PER" -> PERSON;
            case "ORGANIZATION", "ORGANISATION", "ORG" -> ORGANIZATION;
            case "LOCATION", "PLACE", "LOC", "GPE", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> PLACE;
            default -> OTHER;
        };
    }
}
