package org.newsgraph.link;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A link from an entity to a Wikipedia article (and so to its DBpedia resource), with the linker's confidence in
 * [0,1]. {@code confident} says whether the confidence reaches the linker's threshold for {@code owl:sameAs}.
 */
public record Link(String title, double confidence, boolean confident) {
    public static final String DBPEDIA = "http://dbpedia.org/resource/";
    public static final String WIKIPEDIA = "https://en.wikipedia.org/wiki/";

    /**
     * True for the title of an entity known only from the Wikidata dump, without a Wikipedia article: its QID
     * ("Q123456"); such a link has no DBpedia or Wikipedia IRI.
     */
    public static boolean isQid(String title) { return title.length() > 1 && title.charAt(0) == 'Q' && title.substring(1).chars().allMatch(Character::isDigit); }

    /** {@code http://dbpedia.org/resource/Title}: an IRI as DBpedia writes it (non-ASCII letters kept). */
    public String dbpediaIri() { return DBPEDIA + encode(title); }

    /** {@code https://en.wikipedia.org/wiki/Title}. */
    public String wikipediaUrl() { return WIKIPEDIA + encode(title); }

    static String encode(String title) {
        String t = title.replace(' ', '_');
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || "-._~!$&'()*+,;=:@/".indexOf(cp) >= 0
                    || (cp >= 0xA0 && Character.isLetterOrDigit(cp)))
                sb.appendCodePoint(cp);
            else sb.append(URLEncoder.encode(new String(Character.toChars(cp)), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
