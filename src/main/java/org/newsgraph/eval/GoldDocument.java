package org.newsgraph.eval;

import java.util.List;

/**
 * One gold-annotated document: its text, the part of it that is annotated ({@code [evalBegin, evalEnd)}) and the
 * labels there.
 */
public record GoldDocument(String id, String text, int evalBegin, int evalEnd, List<GoldLabel> labels) {
    public GoldDocument {
        labels = List.copyOf(labels);
    }
}
