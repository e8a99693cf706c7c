package org.newsgraph.spark;

import java.io.Serializable;
import java.util.List;
import org.newsgraph.read.Problem;

/**
 * What one task of the mapping stage wrote: its part file (under the job's temporary directory until the driver
 * commits it) and its counts. {@code problems} holds at most {@link SparkConversion#MAX_PROBLEMS_PER_PART} problems;
 * {@code failed} and {@code warnings} count all of them.
 */
record PartResult(int partition, String file, long articles, long quads, long failed, long warnings,
        List<Problem> problems) implements Serializable {}
