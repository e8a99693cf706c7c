package org.newsgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of the linker's rules, read from a tab-separated resource of this package: one row a line, its fields split
 * at tabs; blank lines and lines starting with {@code #} are skipped. A missing resource is an error that names it.
 */
final class TsvTable {
    private TsvTable() {}

    /** The rows of {@code org/newsgraph/link/NAME}, in file order. */
    static List<String[]> rows(String name) {
        try (InputStream in = TsvTable.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException(name + " missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.split("\t"));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
