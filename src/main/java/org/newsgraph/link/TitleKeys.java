package org.newsgraph.link;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The exact-title table of an index ({@link IndexFiles#TITLE_KEYS}, {@link IndexFiles#TITLE_IDS}): (title hash, id)
 * pairs collected in any order and written sorted by hash as unsigned, pairs of equal hash in the order added.
 * 16 bytes per title in memory. Shared by the WikiDict and the Wikidata index.
 */
final class TitleKeys {
    private long[] hashes, ids;
    private int n;

    TitleKeys(int initialCapacity) {
        hashes = new long[initialCapacity];
        ids = new long[initialCapacity];
    }

    void add(long hash, int id) {
        if (n == hashes.length) {
            hashes = Arrays.copyOf(hashes, n * 2);
            ids = Arrays.copyOf(ids, n * 2);
        }
        hashes[n] = hash;
        ids[n++] = id;
    }

    int size() { return n; }

    /** Sorts the pairs and writes both files into {@code dir}. */
    void write(Path dir) throws IOException {
        RadixSort.sortUnsigned(hashes, ids, n);
        try (DataOutputStream k = IndexFiles.output(dir, IndexFiles.TITLE_KEYS); DataOutputStream v = IndexFiles.output(dir, IndexFiles.TITLE_IDS)) {
            for (int i = 0; i < n; i++) { k.writeLong(hashes[i]); v.writeInt((int) ids[i]); }
        }
    }
}
