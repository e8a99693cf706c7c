package org.newsgraph.pipeline;

/** What a conversion did: articles written, inputs or records that failed, warnings. */
public record ConversionReport(long articles, long failed, long warnings, long quads) {
    public boolean allSucceeded() { return failed == 0; }

    /** "N articles, M failed, K warnings". */
    public String summary() {
        return articles + (articles == 1 ? " article, " : " articles, ") + failed + " failed, " + warnings
                + (warnings == 1 ? " warning" : " warnings");
    }
}
