package org.newsgraph.nlp;

import java.util.List;

/**
 * A quotation in the text: the words at {@code [begin, end)} of {@link Extraction#text()} and the speakers its
 * attribution names (empty when the speaker cannot be resolved to a person or organisation: a place used as a
 * speaker is replaced by its government, see {@link ExtractedEntity#governmentOf()}).
 *
 * @param paraphrase false for direct speech (the quoted words, without the quote marks); true for indirect speech
 *     ("Peskov told reporters that an announcement would be made …", "…, according to Reuters"): the reported
 *     clause, in the writer's words
 */
public record Quote(int begin, int end, String text, List<ExtractedEntity> speakers, boolean paraphrase) {
    public Quote {
        speakers = List.copyOf(speakers);
    }

    /** Direct speech. */
    public Quote(int begin, int end, String text, List<ExtractedEntity> speakers) {
        this(begin, end, text, speakers, false);
    }
}
