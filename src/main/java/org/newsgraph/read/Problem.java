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
        StringBuilder sb = new StringBuilder(source == null ? "-" : escape(source));
        if (line > 0) sb.append(':').append(line);
        if (line > 0 && column > 0) sb.append(':').append(column);
        sb.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ");
        if (field != null) sb.append(escape(field)).append(": ");
        return sb.append(escape(message)).toString();
    }

    /**
     * Line breaks and other control characters (in a file name, or input text quoted in a message) escaped as
     * backslash-n, backslash-t or backslash-u and four hex digits: a problem is always exactly one line, so a crafted
     * file name cannot forge another.
     */
    static String escape(String s) {
        if (s == null) return "null";
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029 || (c >= 0x80 && c < 0xA0);
            if (!control) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb == null ? s : sb.toString();
    }
}
