package org.newsgraph.link;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The postings of a WikiDict index: (surface key, title, prior, case variant) collected while the WikiDict is read,
 * then per key deduplicated (one per title and case variant, the highest prior kept), ranked by prior and popularity
 * and cut to top-K, and written with {@link KeyTableWriter}. All pairs are held in memory (16 bytes each).
 */
final class WikiDictPostings {
    private final SortedRuns pairs = SortedRuns.inMemory(1 << 24);

    /** A surface of title {@code titleId}: its normalised key, prior and case variant (0: the title's own name only). */
    void add(long key, int titleId, float prior, int caseHash) throws IOException {
        pairs.add(key, pack(titleId, prior, caseHash));
    }

    /** Entries added. */
    long size() { return pairs.size(); }

    /** Sorts, groups and writes the postings, at most {@code topK} a key; returns {keys, postings} written. */
    long[] write(Path dir, int topK, WikiDictTitles titles) throws IOException {
        try (KeyTableWriter out = new KeyTableWriter(dir)) {
            pairs.merge((k, cand, c) -> {
                int m = dedupe(cand, c);
                rank(cand, m, titles);
                out.key(k);
                int keep = Math.min(m, topK);
                for (int a = 0; a < keep; a++) out.posting(titleOf(cand[a]), priorOf(cand[a]), caseOf(cand[a]));
            });
            out.finish();
            return new long[] {out.keyCount(), out.postingCount()};
        }
    }

    /**
     * (title id 24 bits | case hash 24 bits | prior 16 bits): sorting packed values groups a key's entries by title,
     * then by case variant, with the highest prior of a variant last. Priors are kept to 1/65535.
     */
    static long pack(int titleId, float prior, int caseHash) {
        long q = Math.round(Math.max(0, Math.min(1, prior)) * 65535.0);
        return ((long) titleId << 40) | ((long) (caseHash & 0xFFFFFF) << 16) | q;
    }

    static int titleOf(long packed) { return (int) (packed >>> 40); }

    static int caseOf(long packed) { return (int) (packed >>> 16) & 0xFFFFFF; }

    static float priorOf(long packed) { return (float) ((packed & 0xFFFF) / 65535.0); }

    /**
     * One entry per (title, case variant) of the sorted {@code cand[0..c)}, the highest prior kept; a title-only entry
     * (case 0) only when no surface of this key points at the title. Returns how many are left at the front.
     */
    private static int dedupe(long[] cand, int c) {
        int m = 0;
        for (int a = 0; a < c; a++) {
            long x = cand[a];
            if (m > 0 && titleOf(cand[m - 1]) == titleOf(x)) {
                if (caseOf(cand[m - 1]) == caseOf(x) || caseOf(cand[m - 1]) == 0) { cand[m - 1] = x; continue; }
            }
            cand[m++] = x;
        }
        return m;
    }

    /** Orders candidates by descending prior, then descending popularity, then title id. */
    private static void rank(long[] cand, int m, WikiDictTitles titles) {
        if (m > 48) {
            Long[] boxed = new Long[m];
            for (int a = 0; a < m; a++) boxed[a] = cand[a];
            Arrays.sort(boxed, (p, q) -> compareRank(p, q, titles));
            for (int a = 0; a < m; a++) cand[a] = boxed[a];
            return;
        }
        for (int a = 1; a < m; a++) {
            long x = cand[a];
            int b = a - 1;
            while (b >= 0 && compareRank(cand[b], x, titles) > 0) {
                cand[b + 1] = cand[b];
                b--;
            }
            cand[b + 1] = x;
        }
    }

    private static int compareRank(long p, long q, WikiDictTitles titles) {
        int c = Float.compare(priorOf(q), priorOf(p));
        if (c != 0) return c;
        c = Integer.compare(titles.popularity(titleOf(q)), titles.popularity(titleOf(p)));
        return c != 0 ? c : Integer.compare(titleOf(p), titleOf(q));
    }
}
