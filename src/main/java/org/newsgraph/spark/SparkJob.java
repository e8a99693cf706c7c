package org.newsgraph.spark;

import java.io.IOException;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Starts (or joins) a Spark application and runs a {@link SparkConversion} in it. Under {@code spark-submit} the
 * master and the rest of the configuration come from it; run from the command line, {@code master} (default
 * {@code local[N]}) decides, and a local run serves no web UI and binds to the loopback address only.
 */
public final class SparkJob {
    private SparkJob() {}

    /**
     * @param master the Spark master URL, or null for the one {@code spark-submit} set (else {@code defaultMaster})
     */
    public static SparkReport run(List<String> inputs, String output, String master, String defaultMaster, int partitions,
            List<String> convertArgs) throws IOException {
        SparkConf conf = new SparkConf().setAppName("newsgraph spark");
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster(defaultMaster);
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
        }
        try (JavaSparkContext sc = JavaSparkContext.fromSparkContext(org.apache.spark.SparkContext.getOrCreate(conf))) {
            return SparkConversion.create(sc).inputs(inputs).output(output).convertArgs(convertArgs).partitions(partitions).run();
        }
    }
}
