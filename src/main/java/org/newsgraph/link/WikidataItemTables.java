package org.newsgraph.link;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The two item look-up tables of a Wikidata index, collected while the dump is read and written sorted at the end:
 * enwiki title hash → item id ({@code title-keys.bin}, {@code title-ids.bin}) and QID → item id ({@code qids.bin}:
 * longs {@code qid << 32 | id}, ascending). 12 bytes per enwiki title and 8 per item in memory.
 */
final class WikidataItemTables {
    static final String QIDS = "qids.bin";

    private long[] hashes = new long[1 << 16], ids = new long[1 << 16];
    private int titles;
    private long[] qids = new long[1 << 16];
    private int items;

    void addTitle(long hash, int id) {
        if (titles == hashes.length) {
            hashes = Arrays.copyOf(hashes, titles * 2);
            ids = Arrays.copyOf(ids, titles * 2);
        }
        hashes[titles] = hash;
        ids[titles++] = id;
    }

    void addQid(int qid, int id) {
        if (items == qids.length) qids = Arrays.copyOf(qids, items * 2);
        qids[items++] = (long) qid << 32 | id;
    }

    int titleCount() { return titles; }

    void write(Path dir) throws IOException {
        RadixSort.sortUnsigned(hashes, ids, titles);
        try (DataOutputStream k = out(dir.resolve(IndexFiles.TITLE_KEYS)); DataOutputStream v = out(dir.resolve(IndexFiles.TITLE_IDS))) {
            for (int i = 0; i < titles; i++) { k.writeLong(hashes[i]); v.writeInt((int) ids[i]); }
        }
        Arrays.sort(qids, 0, items);   // dumps come nearly in QID order: little to do
        try (DataOutputStream q = out(dir.resolve(QIDS))) {
            for (int i = 0; i < items; i++) q.writeLong(qids[i]);
        }
    }

    private static DataOutputStream out(Path p) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(p), 1 << 20));
    }
}
