package org.newsgraph.pipeline;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a conversion did: articles written, inputs or records that failed, warnings, and records that were rightly
 * not articles ({@code skipped}, by kind: WARC requests, images, 404s, redirects …).
 */
public record ConversionReport(long articles, long failed, long warnings, long quads, Map<String, Long> skipped,
                               Map<String, Long> nlpSkipped) {
    public ConversionReport {
        skipped = Map.copyOf(skipped);
        nlpSkipped = Map.copyOf(nlpSkipped);
    }

    public ConversionReport(long articles, long failed, long warnings, long quads, Map<String, Long> skipped) {
        this(articles, failed, warnings, quads, skipped, Map.of());
    }

    public ConversionReport(long articles, long failed, long warnings, long quads) {
        this(articles, failed, warnings, quads, Map.of());
    }

    public boolean allSucceeded() { return failed == 0; }

    /** "N articles, M failed, K warnings", then ", S records skipped (2 request record, 1 HTTP 404)" when some were. */
    public String summary() {
        String s = articles + (articles == 1 ? " article, " : " articles, ") + failed + " failed, " + warnings
                + (warnings == 1 ? " warning" : " warnings");
        return s + skippedSummary(skipped) + nlpSkippedSummary(nlpSkipped);
    }

    /** "; NLP skipped on N articles (not English: de 2, fr 1)", or "" when NLP ran on every article. */
    public static String nlpSkippedSummary(Map<String, Long> nlpSkipped) {
        long total = nlpSkipped.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) return "";
        StringBuilder sb = new StringBuilder("; NLP skipped on ").append(total).append(total == 1 ? " article (" : " articles (");
        String sep = "";
        for (Map.Entry<String, Long> e : new TreeMap<>(nlpSkipped).entrySet()) {
            sb.append(sep).append(e.getKey()).append(' ').append(e.getValue());
            sep = ", ";
        }
        return sb.append(')').toString();
    }

    /** ", S records skipped (n kind, …)" in kind order, or "" when none were skipped. */
    public static String skippedSummary(Map<String, Long> skipped) {
        long total = skipped.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) return "";
        StringBuilder sb = new StringBuilder(", ").append(total).append(total == 1 ? " record skipped (" : " records skipped (");
        String sep = "";
        for (Map.Entry<String, Long> e : new TreeMap<>(skipped).entrySet()) {
            sb.append(sep).append(e.getValue()).append(' ').append(e.getKey());
            sep = ", ";
        }
        return sb.append(')').toString();
    }
}
