package org.newsgraph.nlp;

import org.apache.jena.graph.Node;
import org.newsgraph.vocab.SDO;

/** The entity types newsgraph extracts, with their schema.org class. */
public enum EntityType {
    PERSON(SDO.Person), ORGANIZATION(SDO.Organization), PLACE(SDO.Place);

    private final Node schemaClass;

    EntityType(Node schemaClass) { this.schemaClass = schemaClass; }

    /** {@code schema:Person}, {@code schema:Organization} or {@code schema:Place}. */
    public Node schemaClass() { return schemaClass; }

    /** From a CoreNLP coarse NER tag ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}), else null. */
    public static EntityType fromNerTag(String tag) {
        if (tag == null) return null;
        return switch (tag) {
            case "PERSON" -> PERSON;
            case "ORGANIZATION" -> ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> PLACE;
            default -> null;
        };
    }
}
