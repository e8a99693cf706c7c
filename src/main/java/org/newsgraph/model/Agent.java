package org.newsgraph.model;

/**
 * A person or organisation named as author, publisher or credit.
 *
 * @param logo the URL of the organisation's logo (a publisher's, from an HTML page's metadata), or null
 */
public record Agent(String name, String url, Kind kind, String logo) implements java.io.Serializable {
    public enum Kind { PERSON, ORGANIZATION }

    public Agent(String name, String url, Kind kind) { this(name, url, kind, null); }

    public static Agent person(String name) { return new Agent(name, null, Kind.PERSON); }

    public static Agent organization(String name, String url) { return new Agent(name, url, Kind.ORGANIZATION); }
}
