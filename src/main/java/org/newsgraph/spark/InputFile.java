package org.newsgraph.spark;

import java.io.Serializable;

/**
 * One input file of the Spark job, found on the driver.
 *
 * @param name the name used in messages and to choose a reader by extension (as given on the command line for local
 *        paths, else the full URI)
 * @param uri the file's fully qualified Hadoop path ({@code file:/…}, {@code hdfs://…}, {@code s3a://…})
 */
record InputFile(String name, String uri) implements Serializable {}
