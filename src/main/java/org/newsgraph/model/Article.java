package org.newsgraph.model;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;

/**
 * One news article as read from any input, before enrichment. Immutable; build with {@link #builder(String)}.
 * Serializable (as are its parts), so that the Spark job can move articles from its reading to its mapping stage.
 *
 * <pre>
 *   Article a = Article.builder("file.txt").headline("…").url("https://…").body("…").build();
 * </pre>
 *
 * @param source where the article came from (file name, plus ":line" for JSON Lines), for messages
 * @param datePublished a {@link java.time.LocalDate}, {@link java.time.OffsetDateTime} or null
 * @param body the clean body text, paragraphs separated by a blank line ("\n\n")
 * @param image the lead image, or null
 * @param alternativeHeadline a secondary headline (a sub-title or the page's short title), or null
 * @param otherImages images after the lead image (an HTML page's gallery), in page order
 */
public record Article(
        String source,
        String url,
        String headline,
        Temporal datePublished,
        Temporal dateModified,
        List<Agent> authors,
        Agent publisher,
        String body,
        String description,
        ImageInfo image,
        String language,
        List<String> keywords,
        String section,
        List<RelatedArticle> related,
        String alternativeHeadline,
        List<ImageInfo> otherImages) implements java.io.Serializable {

    public Article {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        related = List.copyOf(related);
        otherImages = otherImages == null ? List.of() : List.copyOf(otherImages);
    }

    /** The lead image followed by the others. */
    public List<ImageInfo> images() {
        if (image == null) return otherImages;
        List<ImageInfo> all = new ArrayList<>(otherImages.size() + 1);
        all.add(image);
        all.addAll(otherImages);
        return all;
    }

    public static Builder builder(String source) { return new Builder(source); }

    /** This article with its language set (identified from the text when the input named none). */
    public Article withLanguage(String lang) {
        return new Article(source, url, headline, datePublished, dateModified, authors, publisher, body, description,
                image, lang, keywords, section, related, alternativeHeadline, otherImages);
    }

    /** Words in the body, as counted for {@code schema:wordCount}. */
    public int wordCount() {
        if (body == null) return 0;
        int words = 0;
        boolean inWord = false;
        for (char c : body.toCharArray()) { // an array loop: several times faster than charAt on long bodies
            boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B; // regex \s
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    public static final class Builder {
        private final String source;
        private String url, headline, body, description, language, section, alternativeHeadline;
        private Temporal datePublished, dateModified;
        private Agent publisher;
        private ImageInfo image;
        private final List<Agent> authors = new ArrayList<>();
        private final List<String> keywords = new ArrayList<>();
        private final List<RelatedArticle> related = new ArrayList<>();
        private final List<ImageInfo> otherImages = new ArrayList<>();

        private Builder(String source) { this.source = source; }

        public Builder url(String v) { url = v; return this; }
        public Builder headline(String v) { headline = v; return this; }
        public Builder datePublished(Temporal v) { datePublished = v; return this; }
        public Builder dateModified(Temporal v) { dateModified = v; return this; }
        public Builder author(Agent v) { authors.add(v); return this; }
        public Builder publisher(Agent v) { publisher = v; return this; }
        public Builder body(String v) { body = v; return this; }
        public Builder description(String v) { description = v; return this; }
        /** Sets the lead image. */
        public Builder image(ImageInfo v) { image = v; return this; }
        /** Adds an image: the lead image when there is none yet, else one more (an image already added is skipped). */
        public Builder addImage(ImageInfo v) {
            if (v == null || v.isEmpty()) return this;
            if (image == null || image.isEmpty()) image = v;
            else if (v.url() == null || (!v.url().equals(image.url())
                    && otherImages.stream().noneMatch(o -> v.url().equals(o.url())))) otherImages.add(v);
            return this;
        }
        public Builder alternativeHeadline(String v) { alternativeHeadline = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder keyword(String v) { keywords.add(v); return this; }
        public Builder section(String v) { section = v; return this; }
        public Builder related(RelatedArticle v) { related.add(v); return this; }

        public String headline() { return headline; }
        public String body() { return body; }
        public String url() { return url; }
        public Temporal datePublished() { return datePublished; }
        public boolean hasAuthors() { return !authors.isEmpty(); }

        public Article build() {
            return new Article(source, url, headline, datePublished, dateModified, authors, publisher, body,
                    description, image == null || image.isEmpty() ? null : image, language, keywords, section, related,
                    alternativeHeadline, otherImages);
        }
    }
}
