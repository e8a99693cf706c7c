package org.newsgraph.store.index;

import java.util.List;
import java.util.function.Supplier;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.jena.graph.Node;

/**
 * The results of one {@link ArticleIndex}'s long aggregates: a count over hundreds of thousands of articles (the
 * whole store's most mentioned people, co-mention pairs, places; a much-mentioned person's companions) is computed
 * once and then served from memory. The index is immutable and replaced after every write, so an entry never goes
 * stale. Only scans of at least {@code minScan} articles are kept (a shorter one takes a few milliseconds), within a
 * memory budget of {@link #BUDGET_BYTES} (Caffeine weighs each result by its rows times its bytes per row: a
 * co-mention pair is 12 bytes in the index's form, a count row an object of about 64), the least used dropped first.
 */
final class AggregateCache {
    /** Scans shorter than this are computed every time: a month of a large archive is a few milliseconds. */
    static final int MIN_SCAN = 50_000;
    /** What the kept results may take of the heap, estimated; a result larger than this is never kept. */
    static final long BUDGET_BYTES = 256L << 20;

    /** One aggregate: its kind, type mask, the article positions [lo, hi) it scans, and the entity or publisher it keeps to. */
    record Key(String kind, int mask, int lo, int hi, Node with) {}

    private record Sized(List<?> rows, int bytesPerRow) {
        int weight() { return (int) Math.min(Integer.MAX_VALUE, (long) rows.size() * bytesPerRow); }
    }

    private final Cache<Key, Sized> results = Caffeine.newBuilder().maximumWeight(BUDGET_BYTES)
            .weigher((Key k, Sized v) -> v.weight()).executor(Runnable::run).build();
    private final int minScan;

    AggregateCache() { this(MIN_SCAN); }

    AggregateCache(int minScan) { this.minScan = minScan; }

    /**
     * The result for {@code key}: from memory when a scan of {@code scanned} articles made it before, else computed
     * (and kept when the scan was long and the result, at {@code bytesPerRow}, fits the budget).
     */
    @SuppressWarnings("unchecked")
    <T> List<T> get(Key key, int scanned, int bytesPerRow, Supplier<List<T>> compute) {
        if (scanned < minScan) return compute.get();
        Sized hit = results.getIfPresent(key);
        if (hit != null) return (List<T>) hit.rows();
        List<T> value = compute.get();
        Sized sized = new Sized(value, bytesPerRow);
        if (sized.weight() <= BUDGET_BYTES) results.put(key, sized);
        return value;
    }

    long size() {
        results.cleanUp();
        return results.estimatedSize();
    }
}
