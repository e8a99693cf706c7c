package org.newsgraph.read.html;

import org.jsoup.nodes.Element;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadListener;

/** Where a page came from, and where its located problems go. */
record PageContext(String source, String pageUrl, ReadListener listener) {

    /** The 1-based line an element starts on in the page source (0 when unknown). */
    static long lineOf(Element e) {
        return e.sourceRange().isTracked() ? e.sourceRange().start().lineNumber() : 0;
    }

    void warn(long line, String field, String message) {
        listener.problem(Problem.warning(source, line, field, message));
    }

    void warn(long line, long column, String field, String message) {
        listener.problem(new Problem(Problem.Severity.WARNING, source, line, column, field, message));
    }

    /** An absolute URL: {@code href} resolved against the page URL when it is relative. */
    String absolute(String href) {
        if (href == null || href.isBlank()) return null;
        String h = href.strip();
        if (h.matches("(?i)https?://.*")) return h;
        if (h.startsWith("//")) return "https:" + h;
        if (pageUrl == null) return null;
        try {
            return java.net.URI.create(pageUrl).resolve(h.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
