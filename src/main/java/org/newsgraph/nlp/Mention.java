package org.newsgraph.nlp;

/**
 * One occurrence of an entity in the text NLP saw: character offsets {@code [begin, end)} into
 * {@link Extraction#text()} and the covered text.
 *
 * @param source how it was found: {@code "ner"} (CoreNLP) or {@code "repeat"} (string match of a known name)
 */
public record Mention(int begin, int end, String text, String source) implements Comparable<Mention> {
    public int length() { return end - begin; }

    public boolean overlaps(int b, int e) { return b < end && e > begin; }

    @Override public int compareTo(Mention o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(o.end, end);
    }
}
