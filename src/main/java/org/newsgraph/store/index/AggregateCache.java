package org.newsgraph.store.index;

import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.graph.Node;

/**
 * The results of one {@link ArticleIndex}'s long aggregates: a count over hundreds of thousands of articles (the
 * whole store's most mentioned people, co-mention pairs, places; a much-mentioned person's companions) is computed
 * once and then served from memory. The index is immutable and replaced after every write, so an entry never goes
 * stale. Only scans of at least {@code minScan} articles are kept (a shorter one takes a few milliseconds), at most
 * {@link #MAX_ENTRIES} results of at most {@link #MAX_ROWS} rows each (a pair row is 12 bytes in the index's form).
 */
final class AggregateCache {
    /** Scans shorter than this are computed every time: a month of a large archive is a few milliseconds. */
    static final int MIN_SCAN = 50_000;
    static final int MAX_ENTRIES = 16;
    static final int MAX_ROWS = 2_000_000;

    /** One aggregate: its kind, type mask, the article positions [lo, hi) it scans, and the entity or publisher it keeps to. */
    record Key(String kind, int mask, int lo, int hi, Node with) {}

    private final Cache<Key, List<?>> results = CacheFactory.createCache(MAX_ENTRIES);
    private final int minScan;

    AggregateCache() { this(MIN_SCAN); }

    AggregateCache(int minScan) { this.minScan = minScan; }

    /** The result for {@code key}: from memory when a scan of {@code scanned} articles made it before, else computed. */
    @SuppressWarnings("unchecked")
    <T> List<T> get(Key key, int scanned, Supplier<List<T>> compute) {
        if (scanned < minScan) return compute.get();
        List<?> hit = results.getIfPresent(key);
        if (hit != null) return (List<T>) hit;
        List<T> value = compute.get();
        if (value.size() <= MAX_ROWS) results.put(key, value);
        return value;
    }

    long size() { return results.size(); }
}
