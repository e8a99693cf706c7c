package org.newsgraph.sink;

import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The output formats of {@code convert} and {@code export}: the pretty form for small outputs, a streaming one for large. */
public enum OutputFormat {
    TURTLE(Lang.TURTLE, RDFFormat.TURTLE_PRETTY, RDFFormat.TURTLE_BLOCKS, false),
    NTRIPLES(Lang.NTRIPLES, RDFFormat.NTRIPLES, RDFFormat.NTRIPLES, false),
    NQUADS(Lang.NQUADS, RDFFormat.NQUADS, RDFFormat.NQUADS, true),
    TRIG(Lang.TRIG, RDFFormat.TRIG_PRETTY, RDFFormat.TRIG_BLOCKS, true),
    JSONLD(Lang.JSONLD, null, null, false);

    public final Lang lang;
    public final RDFFormat pretty;
    public final RDFFormat streaming;
    /** Whether the format keeps named graphs. */
    public final boolean quads;

    OutputFormat(Lang lang, RDFFormat pretty, RDFFormat streaming, boolean quads) {
        this.lang = lang;
        this.pretty = pretty;
        this.streaming = streaming;
        this.quads = quads;
    }

    /** Accepts {@code turtle|ttl|ntriples|nt|nquads|nq|trig|jsonld|json-ld}. */
    public static OutputFormat parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "turtle", "ttl" -> TURTLE;
            case "ntriples", "nt", "n-triples" -> NTRIPLES;
            case "nquads", "nq", "n-quads" -> NQUADS;
            case "trig" -> TRIG;
            case "jsonld", "json-ld" -> JSONLD;
            default -> throw new IllegalArgumentException(
                    "Unknown format '" + s + "' (expected turtle, ntriples, nquads, trig or jsonld)");
        };
    }

    /** The format a file name implies ({@code .ttl}, {@code .nt}, {@code .nq}, {@code .trig}, {@code .jsonld}), or null. */
    public static OutputFormat fromFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (n.endsWith(".ttl")) return TURTLE;
        if (n.endsWith(".nt")) return NTRIPLES;
        if (n.endsWith(".nq")) return NQUADS;
        if (n.endsWith(".trig")) return TRIG;
        if (n.endsWith(".jsonld") || n.endsWith(".json")) return JSONLD;
        return null;
    }
}
