package org.newsgraph.model;

/** A person or organisation named as author, publisher or credit. */
public record Agent(String name, String url, Kind kind) implements java.io.Serializable {
    public enum Kind { PERSON, ORGANIZATION }

    public static Agent person(String name) { return new Agent(name, null, Kind.PERSON); }

    public static Agent organization(String name, String url) { return new Agent(name, url, Kind.ORGANIZATION); }
}
