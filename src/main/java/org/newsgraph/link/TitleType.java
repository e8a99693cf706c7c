package org.newsgraph.link;

/**
 * The coarse type of a Wikipedia title, derived cheaply when the index is built (see {@link TitleTypes}).
 * Stored as one byte per title.
 */
public enum TitleType {
    /** Nothing known. */
    UNKNOWN,
    PERSON,
    ORGANIZATION,
    /** A place of unknown kind. */
    PLACE,
    COUNTRY,
    /** A city, town or village. */
    CITY,
    /** A state, province, region or other administrative area. */
    ADMIN_AREA,
    /** A creative work, event, product, species, concept…: not a person, organisation or place. */
    OTHER,
    /** A page about a name (surname, given name): never the person. */
    NAME_PAGE,
    /** A disambiguation page or a list: never a link target. */
    NON_ENTITY;

    private static final TitleType[] VALUES = values();

    public static TitleType ofCode(int code) { return code >= 0 && code < VALUES.length ? VALUES[code] : UNKNOWN; }

    public boolean isPlace() { return this == PLACE || this == COUNTRY || this == CITY || this == ADMIN_AREA; }
}
