package org.newsgraph.query;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;

/**
 * One parameter of a saved query, read from a variable named in the BASIL convention: {@code ?_person_iri} is the
 * required parameter {@code person} of type IRI, {@code ?__since_xsd_date} the optional parameter {@code since}.
 *
 * @param name         the parameter name users give ({@code person})
 * @param variable     the SPARQL variable name without {@code ?} ({@code _person_iri})
 * @param required     whether a value must be given
 * @param type         the value type, from the suffix
 * @param lang         the language tag for {@link ParamType#LANG_STRING}, else null
 */
public record ParamSpec(String name, String variable, boolean required, ParamType type, String lang) {

    public Var var() { return Var.alloc(variable); }

    /** The RDF term for a raw value; {@link BadParameterException} when it does not fit the type. */
    public Node toNode(String value) { return type.toNode(name, value, lang); }

    /** Type label for catalogues: {@code iri}, {@code xsd:date}, {@code @en}... */
    public String typeLabel() { return type == ParamType.LANG_STRING ? "text@" + lang : type.label(); }
}
