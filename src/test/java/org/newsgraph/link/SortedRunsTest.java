package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both ways of {@link SortedRuns}, spilled runs merged and growing arrays, hand over the same groups as a sorted map. */
class SortedRunsTest {
    private static List<String> groups(SortedRuns runs, long[][] pairs) throws IOException {
        for (long[] p : pairs) runs.add(p[0], p[1]);
        assertThat(runs.size()).isEqualTo(pairs.length);
        List<String> out = new ArrayList<>();
        runs.merge((k, values, c) -> out.add(Long.toUnsignedString(k) + " " + Arrays.toString(Arrays.copyOf(values, c))));
        return out;
    }

    @Test
    void spilledAndInMemoryRunsGroupLikeASortedMap(@TempDir Path tmp) throws IOException {
        Random rnd = new Random(7);
        long[][] pairs = new long[5000][];
        // Few distinct keys, both signs (sorted as unsigned), repeated values.
        for (int i = 0; i < pairs.length; i++) pairs[i] = new long[] {rnd.nextInt(300) * 0x9E3779B97F4A7C15L, rnd.nextInt(1000) - 500};
        TreeMap<Long, List<Long>> expected = new TreeMap<>(Long::compareUnsigned);
        for (long[] p : pairs) expected.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
        List<String> want = new ArrayList<>();
        expected.forEach((k, v) -> want.add(Long.toUnsignedString(k) + " " + v.stream().sorted().toList()));

        SortedRuns spilled = new SortedRuns(tmp, 97);
        assertThat(groups(spilled, pairs)).isEqualTo(want);
        assertThat(spilled.spilled()).isEqualTo(5000 / 97);
        SortedRuns grown = SortedRuns.inMemory(1);
        assertThat(groups(grown, pairs)).isEqualTo(want);
        assertThat(grown.spilled()).isZero();
        assertThat(tmp).isEmptyDirectory();
    }
}
