package org.newsgraph.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunCountsTest {
    @Test
    void distinctValuesMostFrequentFirstThenAscending() {
        RunCounts r = RunCounts.of(new long[] {5, 3, 5, 1, 3, 5, 99}, 6);   // the 99 is beyond n
        assertThat(r.size).isEqualTo(3);
        assertThat(r.values).startsWith(5, 3, 1);
        assertThat(r.counts).startsWith(3, 2, 1);
        RunCounts ties = RunCounts.of(new long[] {9, 2, 1, 2, 1, Long.MAX_VALUE, Long.MAX_VALUE}, 7);
        assertThat(ties.values).containsExactly(1, 2, Long.MAX_VALUE, 9);
        assertThat(ties.counts).containsExactly(2, 2, 2, 1);
        assertThat(RunCounts.of(new long[0], 0).size).isZero();
    }
}
