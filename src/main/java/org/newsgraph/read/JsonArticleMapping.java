package org.newsgraph.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Agent;
import org.newsgraph.model.Article;
import org.newsgraph.model.ImageInfo;
import org.newsgraph.model.RelatedArticle;

/**
 * Maps one JSON object to an {@link Article}. Accepted fields (first name is ours; the others are synonyms,
 * including the field names of news-please output and of schema.org JSON-LD):
 * <table>
 *   <tr><td>url</td><td>link, canonical_url</td></tr>
 *   <tr><td>headline</td><td>title</td></tr>
 *   <tr><td>datePublished</td><td>date_publish, published, date</td></tr>
 *   <tr><td>dateModified</td><td>date_modify, modified</td></tr>
 *   <tr><td>authors</td><td>author (string, {name,url} object, or a list of either)</td></tr>
 *   <tr><td>publisher</td><td>source_domain (string or {name,url})</td></tr>
 *   <tr><td>body</td><td>text, articleBody, maintext</td></tr>
 *   <tr><td>description</td><td>summary</td></tr>
 *   <tr><td>image</td><td>image_url (URL string or {url, caption, credit})</td></tr>
 *   <tr><td>language</td><td>inLanguage, lang</td></tr>
 *   <tr><td>keywords</td><td>tags (list or comma-separated string)</td></tr>
 *   <tr><td>section</td><td>articleSection, category</td></tr>
 *   <tr><td>related</td><td>list of URL strings or {headline, url}</td></tr>
 * </table>
 * Ignored without a warning: {@code id, @context, @type, source} and news-please's bookkeeping fields
 * ({@code date_download, filename, localpath, title_page, title_rss}). Any other field: one warning per field name
 * per input. A value of the wrong kind (a date that is not a date, an object where text belongs) is a warning with
 * the record's line and the field, and the rest of the record is kept.
 */
final class JsonArticleMapping {
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("url", "url"), Map.entry("link", "url"), Map.entry("canonical_url", "url"),
            Map.entry("headline", "headline"), Map.entry("title", "headline"),
            Map.entry("alternativeHeadline", "alternativeHeadline"),
            Map.entry("datePublished", "datePublished"), Map.entry("date_publish", "datePublished"),
            Map.entry("published", "datePublished"), Map.entry("date", "datePublished"),
            Map.entry("dateModified", "dateModified"), Map.entry("date_modify", "dateModified"),
            Map.entry("modified", "dateModified"),
            Map.entry("authors", "authors"), Map.entry("author", "authors"),
            Map.entry("publisher", "publisher"), Map.entry("source_domain", "publisher"),
            Map.entry("body", "body"), Map.entry("text", "body"), Map.entry("articleBody", "body"),
            Map.entry("maintext", "body"),
            Map.entry("description", "description"), Map.entry("summary", "description"),
            Map.entry("image", "image"), Map.entry("image_url", "image"),
            Map.entry("language", "language"), Map.entry("inLanguage", "language"), Map.entry("lang", "language"),
            Map.entry("keywords", "keywords"), Map.entry("tags", "keywords"),
            Map.entry("section", "section"), Map.entry("articleSection", "section"), Map.entry("category", "section"),
            Map.entry("related", "related"));
    private static final Set<String> IGNORED = Set.of("id", "@context", "@type", "@id", "date_download", "filename",
            "localpath", "title_page", "title_rss",
            "source"); // where a record written by `convert --format jsonl` came from

    private final String source;
    private final ReadListener listener;
    private final Set<String> warnedUnknown = new HashSet<>();

    JsonArticleMapping(String source, ReadListener listener) {
        this.source = source;
        this.listener = listener;
    }

    Article toArticle(JsonNode o, long line) {
        Article.Builder b = Article.builder(source + ":" + line);
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = FIELDS.get(e.getKey());
            JsonNode v = e.getValue();
            if (field == null) {
                if (!IGNORED.contains(e.getKey()) && warnedUnknown.add(e.getKey()))
                    warn(line, e.getKey(), "unknown field ignored (further occurrences in this input are not reported)");
                continue;
            }
            if (v == null || v.isNull()) continue;
            switch (field) {
                case "url" -> text(v, line, e.getKey()).map(TextCleaner::repairUrl).ifPresent(b::url);
                case "headline" -> text(v, line, e.getKey()).map(TextCleaner::stripHtml).ifPresent(b::headline);
                case "alternativeHeadline" -> text(v, line, e.getKey()).map(TextCleaner::stripHtml).ifPresent(b::alternativeHeadline);
                case "datePublished" -> date(v, line, e.getKey()).ifPresent(b::datePublished);
                case "dateModified" -> date(v, line, e.getKey()).ifPresent(b::dateModified);
                case "authors" -> each(v, a -> agent(a, line, e.getKey(), Agent.Kind.PERSON), b::author);
                case "publisher" -> agent(v, line, e.getKey(), Agent.Kind.ORGANIZATION).ifPresent(b::publisher);
                case "body" -> text(v, line, e.getKey()).map(JsonArticleMapping::paragraphs).ifPresent(b::body);
                case "description" -> text(v, line, e.getKey()).map(TextCleaner::stripHtml).ifPresent(b::description);
                case "image" -> each(v, i -> image(i, line, e.getKey()), b::addImage); // the first is the lead image
                case "language" -> text(v, line, e.getKey()).ifPresent(b::language);
                case "keywords" -> {
                    if (v.isTextual()) {
                        for (String k : v.asText().split("[,;]")) if (!k.isBlank()) b.keyword(k.strip());
                    } else each(v, k -> text(k, line, e.getKey()), b::keyword);
                }
                case "section" -> text(v, line, e.getKey()).ifPresent(b::section);
                case "related" -> each(v, r -> related(r, line, e.getKey()), b::related);
                default -> throw new IllegalStateException(field);
            }
        }
        if (b.headline() == null && b.body() == null && b.url() == null) {
            listener.problem(Problem.error(source, line, 0, null, "record has no headline, body or url: not an article"));
            return null;
        }
        return b.build();
    }

    private static final java.util.regex.Pattern PARAGRAPH_BREAK =
            java.util.regex.Pattern.compile("\\n\\s*\\n|\\r?\\n|<p>|</p>|<br\\s*/?>");
    private static final java.util.regex.Pattern HOST_ONLY =
            java.util.regex.Pattern.compile("(?i)(https?://)?[a-z0-9.-]+\\.[a-z]{2,}/?");
    private static final java.util.regex.Pattern HTTP_URL = java.util.regex.Pattern.compile("(?i)https?://\\S+");

    /** Body text: HTML stripped per paragraph, paragraphs separated by one blank line. */
    private static String paragraphs(String body) {
        StringBuilder sb = new StringBuilder();
        // Plain text needs no regex: split at line breaks (blank lines then give empty paragraphs, skipped below).
        String[] parts = body.indexOf('<') < 0 && body.indexOf('\r') < 0 ? body.split("\n") : PARAGRAPH_BREAK.split(body);
        for (String p : parts) {
            String clean = TextCleaner.stripHtml(p);
            if (clean.isEmpty()) continue;
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(clean);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private <T> void each(JsonNode v, java.util.function.Function<JsonNode, Optional<T>> f, java.util.function.Consumer<T> sink) {
        if (v.isArray()) for (JsonNode x : v) f.apply(x).ifPresent(sink);
        else f.apply(v).ifPresent(sink);
    }

    private Optional<String> text(JsonNode v, long line, String field) {
        if (v.isTextual() || v.isNumber()) return Optional.ofNullable(TextCleaner.blankToNull(v.asText()));
        warn(line, field, "expected text, found " + v.getNodeType());
        return Optional.empty();
    }

    private Optional<Temporal> date(JsonNode v, long line, String field) {
        Optional<String> s = text(v, line, field);
        if (s.isEmpty()) return Optional.empty();
        Optional<Temporal> d = NewsDates.parse(s.get());
        if (d.isEmpty()) warn(line, field, "not a date in a known format: \"" + s.get() + "\"");
        return d;
    }

    private Optional<Agent> agent(JsonNode v, long line, String field, Agent.Kind kind) {
        if (v.isTextual()) {
            String s = TextCleaner.blankToNull(v.asText());
            if (s == null) return Optional.empty();
            if (kind == Agent.Kind.ORGANIZATION && HOST_ONLY.matcher(s).matches())
                return Optional.of(new Agent(null, s.startsWith("http") ? s : "https://" + s + "/", kind));
            return Optional.of(new Agent(s, null, kind));
        }
        if (v.isObject()) {
            String name = TextCleaner.blankToNull(v.path("name").asText(null));
            String url = TextCleaner.blankToNull(v.path("url").asText(null));
            String type = v.path("@type").asText("");
            String logo = TextCleaner.blankToNull(v.path("logo").asText(null));
            Agent.Kind k = type.equals("Organization") || type.endsWith("Organization") ? Agent.Kind.ORGANIZATION
                    : type.equals("Person") ? Agent.Kind.PERSON : kind;
            if (name == null && url == null) {
                warn(line, field, "object without name or url");
                return Optional.empty();
            }
            return Optional.of(new Agent(name, url, k, logo));
        }
        warn(line, field, "expected a name or {name, url}, found " + v.getNodeType());
        return Optional.empty();
    }

    private Optional<ImageInfo> image(JsonNode v, long line, String field) {
        if (v.isTextual()) return Optional.ofNullable(TextCleaner.blankToNull(v.asText())).map(u -> new ImageInfo(u, null, null));
        if (v.isObject()) {
            String url = TextCleaner.blankToNull(v.path("url").asText(v.path("contentUrl").asText(null)));
            String caption = TextCleaner.blankToNull(v.path("caption").asText(null));
            String credit = TextCleaner.blankToNull(v.path("credit").asText(v.path("creditText").asText(null)));
            return Optional.of(new ImageInfo(url, caption, credit));
        }
        warn(line, field, "expected an image URL or {url, caption, credit}, found " + v.getNodeType());
        return Optional.empty();
    }

    private Optional<RelatedArticle> related(JsonNode v, long line, String field) {
        if (v.isTextual()) {
            String s = v.asText().strip();
            return Optional.of(HTTP_URL.matcher(s).matches() ? new RelatedArticle(null, s) : new RelatedArticle(s, null));
        }
        if (v.isObject()) {
            String h = TextCleaner.blankToNull(v.path("headline").asText(v.path("title").asText(null)));
            String u = TextCleaner.blankToNull(v.path("url").asText(null));
            if (h != null || u != null) return Optional.of(new RelatedArticle(h, u));
        }
        warn(line, field, "expected a URL or {headline, url}");
        return Optional.empty();
    }

    private void warn(long line, String field, String message) {
        listener.problem(Problem.warning(source, line, field, message));
    }
}
