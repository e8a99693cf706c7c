package org.newsgraph.query;

/** A saved-query parameter value that is missing, unknown or does not fit its type. No query runs. */
public class BadParameterException extends IllegalArgumentException {
    private final String parameter;

    public BadParameterException(String parameter, String problem) {
        super(parameter == null ? problem : "parameter '" + parameter + "': " + problem);
        this.parameter = parameter;
    }

    /** The parameter at fault, or null when the problem is not tied to one. */
    public String parameter() { return parameter; }
}
