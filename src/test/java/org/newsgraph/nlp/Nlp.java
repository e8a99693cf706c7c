package org.newsgraph.nlp;

/** The test JVM's one extractor (and so one CoreNLP pipeline), shared by every NLP test class. */
public final class Nlp {
    public static final EntityExtractor EXTRACTOR = EntityExtractor.create().build();

    private Nlp() {}
}
