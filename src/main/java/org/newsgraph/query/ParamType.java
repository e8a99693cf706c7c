package org.newsgraph.query;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The type of a saved-query parameter, read from the suffix of its variable name (BASIL convention):
 * {@code _iri} an absolute IRI, {@code _xsd_date} an {@code xsd:date}, {@code _xsd_dateTime}, {@code _integer} (or
 * {@code _xsd_integer}, or a parameter named {@code limit}) an integer, {@code _xsd_decimal}, {@code _xsd_boolean},
 * a two-letter language tag ({@code _en}) a language-tagged literal, anything else a plain string.
 *
 * <pre>
 *   Node n = ParamType.DATE.toNode("since", "2023-03-01");   // "2023-03-01"^^xsd:date
 * </pre>
 */
public enum ParamType {
    IRI("iri", "an absolute IRI, e.g. https://w3id.org/newsgraph/id/entity/Xi_Jinping"),
    DATE("xsd:date", "a date YYYY-MM-DD"),
    DATETIME("xsd:dateTime", "a date-time, e.g. 2023-03-13T10:00:00Z"),
    INTEGER("xsd:integer", "an integer"),
    DECIMAL("xsd:decimal", "a decimal number"),
    BOOLEAN("xsd:boolean", "true or false"),
    LANG_STRING("rdf:langString", "text (language-tagged)"),
    STRING("xsd:string", "text");

    private static final Pattern LANG_SUFFIX = Pattern.compile("^(.+)_([a-z]{2})$");

    private final String label;
    private final String expected;

    ParamType(String label, String expected) {
        this.label = label;
        this.expected = expected;
    }

    /** Short type label shown in catalogues ({@code iri}, {@code xsd:date}...). */
    public String label() { return label; }

    /** What a value of this type looks like, for error messages. */
    public String expected() { return expected; }

    /**
     * Parses a parameter variable name without its leading underscores ({@code person_iri}, {@code since_xsd_date},
     * {@code name_en}, {@code q}) into a spec.
     */
    static ParamSpec specOf(String varName) {
        boolean optional = varName.startsWith("__");
        String rest = varName.substring(optional ? 2 : 1);
        String[][] suffixes = {
            {"_iri", "IRI"}, {"_xsd_date", "DATE"}, {"_xsd_dateTime", "DATETIME"}, {"_xsd_integer", "INTEGER"},
            {"_integer", "INTEGER"}, {"_xsd_decimal", "DECIMAL"}, {"_xsd_boolean", "BOOLEAN"}, {"_xsd_string", "STRING"},
        };
        for (String[] s : suffixes) {
            if (rest.endsWith(s[0]) && rest.length() > s[0].length())
                return new ParamSpec(rest.substring(0, rest.length() - s[0].length()), varName, !optional, valueOf(s[1]), null);
        }
        if (rest.equals("limit"))
            return new ParamSpec(rest, varName, !optional, INTEGER, null);
        Matcher m = LANG_SUFFIX.matcher(rest);
        if (m.matches())
            return new ParamSpec(m.group(1), varName, !optional, LANG_STRING, m.group(2));
        return new ParamSpec(rest, varName, !optional, STRING, null);
    }

    /**
     * The RDF term for {@code value}, or a {@link BadParameterException} naming {@code param} when it does not fit.
     * {@code lang} is the language tag for {@link #LANG_STRING}.
     */
    public Node toNode(String param, String value, String lang) {
        if (value == null) throw new BadParameterException(param, "no value given");
        switch (this) {
            case IRI -> {
                try {
                    IRIx iri = IRIx.create(value);
                    if (!iri.isAbsolute() || iri.hasViolations())
                        throw new BadParameterException(param, "'" + value + "' is not " + expected);
                    return NodeFactory.createURI(iri.str());
                } catch (IRIException e) {
                    throw new BadParameterException(param, "'" + value + "' is not " + expected + " (" + e.getMessage() + ")");
                }
            }
            case DATE -> { return typed(param, value, XSDDatatype.XSDdate); }
            case DATETIME -> { return typed(param, value, XSDDatatype.XSDdateTime); }
            case DECIMAL -> { return typed(param, value, XSDDatatype.XSDdecimal); }
            case BOOLEAN -> { return typed(param, value, XSDDatatype.XSDboolean); }
            case INTEGER -> {
                try {
                    return NodeFactory.createLiteralDT(new BigInteger(value).toString(), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new BadParameterException(param, "'" + value + "' is not " + expected);
                }
            }
            case LANG_STRING -> { return NodeFactory.createLiteralLang(value, lang.toLowerCase(Locale.ROOT)); }
            default -> { return NodeFactory.createLiteralString(value); }
        }
    }

    private Node typed(String param, String value, XSDDatatype dt) {
        if (!dt.isValid(value))
            throw new BadParameterException(param, "'" + value + "' is not " + expected);
        return NodeFactory.createLiteralDT(value, dt);
    }
}
