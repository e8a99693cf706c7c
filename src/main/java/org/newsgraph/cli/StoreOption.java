package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --store DIR}, shared by {@code load}, {@code serve} and {@code export}. */
public final class StoreOption {
    public static final String DEFAULT_DIR = "newsgraph-data";

    @Option(names = "--store", paramLabel = "DIR",
            description = "Store directory (TDB2 in DIR/tdb2, text index in DIR/text; default: ./" + DEFAULT_DIR + ").")
    public Path store;

    public Path dir() { return store != null ? store : Path.of(DEFAULT_DIR); }
}
