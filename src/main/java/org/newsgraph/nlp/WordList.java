package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A word list of the extraction rules, read from {@code org/newsgraph/nlp/words/NAME.txt}: one entry a line (an entry
 * may hold spaces: "White House"), {@code #} starts a comment, blank lines are skipped. A duplicate entry is an error
 * (file and line), so a list says each thing once.
 *
 * <pre>
 *   Set&lt;String&gt; verbs = WordList.load("speech-verbs");
 * </pre>
 */
final class WordList {
    private WordList() {}

    /** The entries of {@code words/NAME.txt}, in file order (unmodifiable). */
    static Set<String> load(String name) {
        String file = "words/" + name + ".txt";
        try (InputStream in = WordList.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("word list not found: org/newsgraph/nlp/" + file);
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the text of a list; {@code file} names it in errors. */
    static Set<String> parse(String file, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                int hash = line.indexOf('#');
                String w = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (w.isEmpty()) continue;
                if (!out.add(w)) throw new IllegalStateException(file + ":" + n + ": duplicate entry \"" + w + "\"");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableSet(out);
    }
}
