package org.newsgraph.nlp;

import java.util.List;

/**
 * A quotation in the text: the quoted words (without quote marks) at {@code [begin, end)} of
 * {@link Extraction#text()}, and the speakers attribution found (empty when none).
 */
public record Quote(int begin, int end, String text, List<ExtractedEntity> speakers) {}
