package org.newsgraph.read;

/**
 * A located problem found while reading input: where (source, line, column, field) and what.
 * Line and column are 1-based; 0 means unknown.
 */
public record Problem(Severity severity, String source, long line, long column, String field, String message)
        implements java.io.Serializable {

    public enum Severity { WARNING, ERROR }

    public static Problem warning(String source, long line, String field, String message) {
        return new Problem(Severity.WARNING, source, line, 0, field, message);
    }

    public static Problem error(String source, long line, long column, String field, String message) {
        return new Problem(Severity.ERROR, source, line, column, field, message);
    }

    public boolean isError() { return severity == Severity.ERROR; }

    /** {@code file:line:column: error: field: message}, the form compilers use and editors link. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source == null ? "-" : source);
        if (line > 0) sb.append(':').append(line);
        if (line > 0 && column > 0) sb.append(':').append(column);
        sb.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ");
        if (field != null) sb.append(field).append(": ");
        return sb.append(message).toString();
    }
}
