package org.newsgraph.nlp;

import java.util.List;

/**
 * What NLP found in one article. {@link #text()} is the string NLP saw: the headline, a blank line ("\n\n"), then
 * the body ({@link #bodyOffset()} is where the body starts; with no headline the text is the body and the offset
 * 0). All offsets of mentions and quotes are into {@link #text()}.
 *
 * @param entities the entities, most salient first
 * @param sources organisations the article reports as its source ("Reuters reported")
 * @param containment places written as "Place, Region" ("Denver, Colorado"): the first lies in the second
 */
public record Extraction(String text, int bodyOffset, int tokens, List<ExtractedEntity> entities, List<Quote> quotes,
                         List<ExtractedEntity> sources, List<Containment> containment) {
    public Extraction {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        sources = List.copyOf(sources);
        containment = List.copyOf(containment);
    }

    /** {@code place} lies in {@code region} ({@code schema:containedInPlace}). */
    public record Containment(ExtractedEntity place, ExtractedEntity region) {}

    /** Length of the headline part (0 when there is no headline). */
    public int headlineLength() { return bodyOffset == 0 ? 0 : bodyOffset - 2; }

    public boolean inHeadline(Mention m) { return m.begin() < headlineLength(); }
}
