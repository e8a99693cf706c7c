package org.newsgraph.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The real WikiDict index, built once per test JVM (and reused by later runs) from the WikiDict in CoreNLP's
 * models-english-kbp jar into {@code target/wikidict-index} (override: {@code -Dnewsgraph.test.index=DIR}).
 */
public final class TestIndex {
    private static WikiDictIndex index;

    private TestIndex() {}

    public static synchronized WikiDictIndex get() {
        if (index == null) {
            Path root = Path.of(System.getProperty("newsgraph.test.index", "target/wikidict-index"));
            try {
                index = IndexCache.at(root).openOrBuild(WikiDictIndexBuilder.Progress.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }
}
