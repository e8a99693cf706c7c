package org.newsgraph.store.index;

import java.util.Arrays;

/**
 * Distinct values of a list of longs with how often each occurs, most frequent first and, within one count, in
 * ascending order of the value: the longs are sorted, runs counted, then a stable counting sort orders the runs by
 * count. For the article index's pair counts (a pair of entities = one long), without a hash map.
 */
final class RunCounts {
    /** The distinct values, most frequent first. */
    final long[] values;
    /** How often each of {@link #values} occurred. */
    final int[] counts;
    final int size;

    private RunCounts(long[] values, int[] counts, int size) {
        this.values = values;
        this.counts = counts;
        this.size = size;
    }

    /** Counts the first {@code n} longs of {@code keys} (sorting them in place). */
    static RunCounts of(long[] keys, int n) {
        Arrays.sort(keys, 0, n);
        long[] distinct = new long[n];
        int[] count = new int[n];
        int d = 0, max = 0;
        for (int i = 0; i < n; ) {
            int k = i;
            while (k < n && keys[k] == keys[i]) k++;
            distinct[d] = keys[i];
            count[d] = k - i;
            max = Math.max(max, count[d]);
            d++;
            i = k;
        }
        // Stable counting sort by count, most first: runs keep their ascending order inside a count.
        int[] start = new int[max + 2];
        for (int i = 0; i < d; i++) start[max - count[i] + 1]++;
        for (int c = 1; c < start.length; c++) start[c] += start[c - 1];
        long[] sorted = new long[d];
        int[] sortedCount = new int[d];
        for (int i = 0; i < d; i++) {
            int at = start[max - count[i]]++;
            sorted[at] = distinct[i];
            sortedCount[at] = count[i];
        }
        return new RunCounts(sorted, sortedCount, d);
    }
}
