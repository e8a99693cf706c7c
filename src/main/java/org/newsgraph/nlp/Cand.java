package org.newsgraph.nlp;

/**
 * A candidate mention found by the span rules, before resolution: tokens {@code [s, e)}, its surface, type and
 * canonical name. A MISC candidate ({@code type == null}) is kept only if it repeats a known entity's name.
 */
final class Cand {
    final int s, e;
    final String surface;
    EntityType type;   // null: MISC, kept only if it joins a known entity
    String name;       // canonical name (gazetteer name for places)
    final boolean demonym;
    int cb = -1, ce = -1;
    boolean listNamed;   // named with its list's head noun ("Los Angeles County"): its surface names no other entity   // character offsets when the mention is part of a token ("Russian" in "Russian-Ukrainian")

    Cand(int s, int e, String surface, EntityType type, String name, boolean demonym) {
        this.s = s;
        this.e = e;
        this.surface = surface;
        this.type = type;
        this.name = name;
        this.demonym = demonym;
    }

    int len() { return e - s; }

    @Override public String toString() { return (type == null ? "MISC" : type) + ":" + surface + "@" + s; }
}
