package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An entity of the article being extracted, with the token forms it was found under and where it appears. */
final class Ent {
    final ExtractedEntity e;
    final List<String[]> forms = new ArrayList<>();
    int firstToken = Integer.MAX_VALUE;
    boolean headlineNonPossessive, headlinePossessive, lead;

    Ent(ExtractedEntity e) { this.e = e; }

    boolean hasForm(String[] f) {
        for (String[] g : forms) if (Arrays.equals(f, g)) return true;
        return false;
    }
}
