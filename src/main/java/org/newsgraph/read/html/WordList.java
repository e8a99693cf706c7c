package org.newsgraph.read.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A resource file of entries, one a line ({@code #} starts a comment); a duplicate entry is an error. */
final class WordList {
    private WordList() {}

    static List<String> load(String resource) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                if (!seen.add(t)) throw new IllegalStateException(resource + ":" + n + ": duplicate entry " + t);
                out.add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
