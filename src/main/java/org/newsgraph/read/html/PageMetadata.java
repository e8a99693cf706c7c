package org.newsgraph.read.html;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Agent;
import org.newsgraph.model.ImageInfo;

/**
 * What the metadata sources found on a page. Sources run best first and each only fills what is still empty, so a
 * JSON-LD headline beats an OpenGraph title; lists (authors, images, keywords) are taken whole from the first source
 * that has any. {@link #from} records which source gave each field, for tests and debugging.
 */
final class PageMetadata {
    String url, headline, alternativeHeadline, description, section, language, articleBody;
    Temporal datePublished, dateModified;
    Agent publisher;
    final List<Agent> authors = new ArrayList<>();
    final List<ImageInfo> images = new ArrayList<>();
    final List<String> keywords = new ArrayList<>();
    final java.util.Map<String, String> from = new java.util.LinkedHashMap<>();

    /** Setters that keep the first value: {@code source} names the metadata source for {@link #from}. */
    final class Filler {
        private final String source;

        Filler(String source) { this.source = source; }

        void url(String v) { if (url == null && ok(v)) { url = v.strip(); from.put("url", source); } }
        void headline(String v) { if (headline == null && ok(v)) { headline = v.strip(); from.put("headline", source); } }
        void alternativeHeadline(String v) {
            if (alternativeHeadline == null && ok(v)) { alternativeHeadline = v.strip(); from.put("alternativeHeadline", source); }
        }
        void description(String v) { if (description == null && ok(v)) { description = v.strip(); from.put("description", source); } }
        void section(String v) { if (section == null && ok(v)) { section = v.strip(); from.put("section", source); } }
        void language(String v) { if (language == null && ok(v)) { language = v.strip(); from.put("language", source); } }
        void articleBody(String v) { if (articleBody == null && ok(v)) { articleBody = v; from.put("articleBody", source); } }
        void datePublished(Temporal v) { if (datePublished == null && v != null) { datePublished = v; from.put("datePublished", source); } }
        void dateModified(Temporal v) { if (dateModified == null && v != null) { dateModified = v; from.put("dateModified", source); } }
        void publisher(Agent v) { if (publisher == null && v != null) { publisher = v; from.put("publisher", source); } }
        void authors(List<Agent> v) { if (authors.isEmpty() && !v.isEmpty()) { authors.addAll(v); from.put("authors", source); } }
        void images(List<ImageInfo> v) { if (images.isEmpty() && !v.isEmpty()) { images.addAll(v); from.put("images", source); } }
        void keywords(List<String> v) { if (keywords.isEmpty() && !v.isEmpty()) { keywords.addAll(v); from.put("keywords", source); } }

        private static boolean ok(String v) { return v != null && !v.isBlank(); }
    }

    Filler filler(String source) { return new Filler(source); }
}
