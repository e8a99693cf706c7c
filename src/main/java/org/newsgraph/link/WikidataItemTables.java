package org.newsgraph.link;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The two item look-up tables of a Wikidata index, collected while the dump is read and written sorted at the end:
 * enwiki title hash → item id ({@link TitleKeys}) and QID → item id ({@code qids.bin}:
 * longs {@code qid << 32 | id}, ascending). 16 bytes per enwiki title and 8 per item in memory.
 */
final class WikidataItemTables {
    static final String QIDS = "qids.bin";

    private final TitleKeys titles = new TitleKeys(1 << 16);
    private long[] qids = new long[1 << 16];
    private int items;

    void addTitle(long hash, int id) { titles.add(hash, id); }

    void addQid(int qid, int id) {
        if (items == qids.length) qids = Arrays.copyOf(qids, items * 2);
        qids[items++] = (long) qid << 32 | id;
    }

    int titleCount() { return titles.size(); }

    void write(Path dir) throws IOException {
        titles.write(dir);
        Arrays.sort(qids, 0, items);   // dumps come nearly in QID order: little to do
        try (DataOutputStream q = IndexFiles.output(dir, QIDS)) {
            for (int i = 0; i < items; i++) q.writeLong(qids[i]);
        }
    }
}
