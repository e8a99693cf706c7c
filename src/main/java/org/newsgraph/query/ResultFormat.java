package org.newsgraph.query;

import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The formats saved-query results are written in: the SPARQL results formats for SELECT and ASK, RDF formats for
 * CONSTRUCT and DESCRIBE. Writing is Jena's ({@code ResultSetFormatter}, {@code RDFWriter}).
 */
public enum ResultFormat {
    TABLE("table", "text/plain", null, null),
    CSV("csv", WebContent.contentTypeTextCSV, ResultSetLang.RS_CSV, null),
    TSV("tsv", WebContent.contentTypeTextTSV, ResultSetLang.RS_TSV, null),
    JSON("json", WebContent.contentTypeResultsJSON, ResultSetLang.RS_JSON, null),
    XML("xml", WebContent.contentTypeResultsXML, ResultSetLang.RS_XML, null),
    TURTLE("turtle", WebContent.contentTypeTurtle, null, RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", WebContent.contentTypeJSONLD, null, RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("ntriples", WebContent.contentTypeNTriples, null, RDFFormat.NTRIPLES);

    private final String name;
    private final String contentType;
    private final Lang resultsLang;
    private final RDFFormat rdfFormat;

    ResultFormat(String name, String contentType, Lang resultsLang, RDFFormat rdfFormat) {
        this.name = name;
        this.contentType = contentType;
        this.resultsLang = resultsLang;
        this.rdfFormat = rdfFormat;
    }

    /** Name used on the command line ({@code --format}). */
    public String formatName() { return name; }

    public String contentType() { return contentType; }

    /** The SPARQL results language, or null for the table and RDF formats. */
    public Lang resultsLang() { return resultsLang; }

    /** The RDF format, or null for results formats. */
    public RDFFormat rdfFormat() { return rdfFormat; }

    /** Whether this format writes graphs (CONSTRUCT/DESCRIBE results). */
    public boolean isGraphFormat() { return rdfFormat != null; }

    /** Accepts the {@link #formatName()}s plus {@code ttl}, {@code json-ld}, {@code nt}, {@code text}. */
    public static ResultFormat parse(String s) {
        String n = s.toLowerCase(Locale.ROOT);
        for (ResultFormat f : values()) if (f.name.equals(n)) return f;
        return switch (n) {
            case "ttl" -> TURTLE;
            case "json-ld" -> JSONLD;
            case "nt", "n-triples" -> NTRIPLES;
            case "text" -> TABLE;
            default -> throw new BadParameterException("format", "unknown format '" + s
                    + "' (expected table, csv, tsv, json, xml, turtle, jsonld or ntriples)");
        };
    }

    /**
     * The format to use for {@code query} given the requested one (null: table for SELECT/ASK, Turtle for graphs).
     * A graph format for a SELECT, or a results format other than table for a CONSTRUCT, is a usage error.
     */
    public static ResultFormat choose(Query query, ResultFormat requested) {
        boolean graph = query.isConstructType() || query.isDescribeType();
        if (requested == null || requested == TABLE) return graph ? TURTLE : TABLE;
        if (graph != requested.isGraphFormat())
            throw new BadParameterException("format", "'" + requested.name + "' cannot hold the results of a "
                    + (graph ? "CONSTRUCT/DESCRIBE (use turtle, jsonld or ntriples)" : "SELECT/ASK (use table, csv, tsv, json or xml)"));
        return requested;
    }
}
