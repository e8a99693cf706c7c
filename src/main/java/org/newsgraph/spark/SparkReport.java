package org.newsgraph.spark;

import java.util.List;
import org.newsgraph.pipeline.ConversionReport;
import org.newsgraph.read.Problem;

/**
 * What a Spark conversion did: the totals (as {@code convert} reports them), the input files, the part files written
 * (names inside the output directory) and the problems kept (at most {@link SparkConversion#MAX_PROBLEMS_PER_PART}
 * per part).
 */
public record SparkReport(ConversionReport report, int inputFiles, List<String> parts, List<Problem> problems,
        double seconds) {}
