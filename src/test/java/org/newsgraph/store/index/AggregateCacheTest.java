package org.newsgraph.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** What the article index keeps of its long aggregates, and what it computes every time. */
class AggregateCacheTest {
    private final AtomicInteger computed = new AtomicInteger();

    private List<String> compute() {
        computed.incrementAndGet();
        return List.of("row");
    }

    @Test
    void aLongScanIsComputedOnceAndThenServedFromMemory() {
        AggregateCache cache = new AggregateCache(1_000);
        var key = new AggregateCache.Key("entities", 1, 0, 5_000, null);
        List<String> first = cache.get(key, 5_000, 64, this::compute);
        List<String> second = cache.get(key, 5_000, 64, this::compute);
        assertThat(computed).hasValue(1);
        assertThat(second).isSameAs(first);
    }

    @Test
    void aShortScanIsComputedEveryTime() {
        AggregateCache cache = new AggregateCache(1_000);
        var key = new AggregateCache.Key("entities", 1, 10, 20, null);
        cache.get(key, 999, 64, this::compute);
        cache.get(key, 999, 64, this::compute);
        assertThat(computed).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void anotherRangeTypeOrEntityIsAnotherResult() {
        AggregateCache cache = new AggregateCache(1_000);
        var person = NodeFactory.createURI("https://w3id.org/newsgraph/id/person/ana-ruiz");
        cache.get(new AggregateCache.Key("entities", 1, 0, 5_000, null), 5_000, 64, this::compute);
        cache.get(new AggregateCache.Key("entities", 1, 0, 4_000, null), 4_000, 64, this::compute);
        cache.get(new AggregateCache.Key("entities", 2, 0, 5_000, null), 5_000, 64, this::compute);
        cache.get(new AggregateCache.Key("entities", 1, 0, 5_000, person), 5_000, 64, this::compute);
        cache.get(new AggregateCache.Key("pairs", 1, 0, 5_000, null), 5_000, 64, this::compute);
        assertThat(computed).hasValue(5);
    }

    @Test
    void aHugeResultIsNotKept() {
        AggregateCache cache = new AggregateCache(1_000);
        var key = new AggregateCache.Key("pairs", 1, 0, 5_000, null);
        List<String> huge = Collections.nCopies((int) (AggregateCache.BUDGET_BYTES / 12) + 1, "pair");
        cache.get(key, 5_000, 12, () -> { computed.incrementAndGet(); return huge; });
        cache.get(key, 5_000, 12, () -> { computed.incrementAndGet(); return huge; });
        assertThat(computed).hasValue(2);
    }
}
