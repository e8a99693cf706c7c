package org.newsgraph.read.html;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.model.Agent;
import org.newsgraph.model.ImageInfo;
import org.newsgraph.read.NewsDates;
import org.newsgraph.read.TextCleaner;

/**
 * schema.org JSON-LD ({@code <script type="application/ld+json">}), parsed with Jackson (leniently: raw line breaks in
 * strings, trailing commas and comments, as pages have them). The article is the first node typed as an article
 * ({@code NewsArticle}, {@code Article}, {@code ReportageNewsArticle}, {@code BlogPosting} …) found at the top level,
 * in arrays, in {@code @graph} or nested (a {@code WebPage}'s {@code mainEntity}); {@code {"@id": …}} references
 * are resolved within the page. A script that is not valid JSON is a located warning and the other sources still run.
 */
final class JsonLdMetadata implements MetadataSource {
    static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
            "AskPublicNewsArticle", "SatiricalArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting",
            "Report", "TechArticle", "ScholarlyArticle", "AdvertiserContentArticle", "DiscussionForumPosting");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    @Override public String name() { return "json-ld"; }

    @Override
    public void read(Document page, PageMetadata.Filler into, PageContext ctx) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            String json = unwrap(script.data());
            if (json.isBlank()) continue;
            try {
                collect(MAPPER.readTree(json), nodes);
            } catch (JsonProcessingException e) {
                JsonLocation loc = e.getLocation();
                long line = PageContext.lineOf(script);
                long at = loc == null || line == 0 ? line : line + loc.getLineNr() - 1;
                ctx.warn(at, loc == null || loc.getLineNr() != 1 ? (loc == null ? 0 : loc.getColumnNr()) : 0, "json-ld",
                        "broken JSON-LD script skipped (" + e.getOriginalMessage() + "); other metadata is still read");
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode n : nodes) {
            String id = n.path("@id").asText(null);
            if (id != null && n.size() > 1) byId.putIfAbsent(id, n);
        }
        JsonNode article = null;
        for (JsonNode n : nodes) {
            if (isArticle(n) && (article == null || !article.has("headline") && n.has("headline"))) article = n;
        }
        if (article == null) return;
        new Mapping(byId, ctx).map(article, into);
    }

    /** Script text without the HTML comment or CDATA wrappers some pages put around it. */
    private static String unwrap(String s) {
        String t = s.strip();
        if (t.startsWith("<!--")) t = t.substring(4);
        if (t.endsWith("-->")) t = t.substring(0, t.length() - 3);
        t = t.strip();
        if (t.startsWith("//<![CDATA[")) t = t.substring(11);
        if (t.endsWith("//]]>")) t = t.substring(0, t.length() - 5);
        return t.strip();
    }

    /** Every object in the tree, in document order (a node before the nodes nested in it). */
    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isArray()) {
            for (JsonNode x : n) collect(x, out);
        } else if (n.isObject()) {
            out.add(n);
            for (JsonNode x : n) if (x.isContainerNode()) collect(x, out);
        }
    }

    static boolean isArticle(JsonNode n) {
        for (String t : types(n)) if (ARTICLE_TYPES.contains(t)) return true;
        return false;
    }

    /** The node's {@code @type}s without a schema.org prefix. */
    static List<String> types(JsonNode n) {
        JsonNode t = n.path("@type");
        List<String> out = new ArrayList<>();
        if (t.isTextual()) out.add(local(t.asText()));
        else for (JsonNode x : t) out.add(local(x.asText()));
        return out;
    }

    private static String local(String type) {
        int i = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return i >= 0 ? type.substring(i + 1) : type;
    }

    /** Maps one article node; {@code byId} resolves references. */
    private record Mapping(Map<String, JsonNode> byId, PageContext ctx) {

        void map(JsonNode a, PageMetadata.Filler into) {
            into.headline(clean(text(a.get("headline")).orElse(text(a.get("name")).orElse(null))));
            into.alternativeHeadline(clean(text(a.get("alternativeHeadline")).orElse(null)));
            into.description(clean(text(a.get("description")).orElse(null)));
            into.datePublished(date(a, "datePublished"));
            into.dateModified(date(a, "dateModified"));
            into.url(url(a));
            into.section(clean(text(a.get("articleSection")).orElse(null)));
            into.language(language(a.get("inLanguage")));
            into.articleBody(text(a.get("articleBody")).orElse(null));
            Agent publisher = agents(a.get("publisher"), Agent.Kind.ORGANIZATION, null).stream().findFirst().orElse(null);
            into.publisher(publisher);
            JsonNode authorNode = a.has("author") ? a.get("author") : a.get("creator");
            into.authors(agents(authorNode, Agent.Kind.PERSON, publisher));
            into.images(images(a.get("image")));
            into.keywords(keywords(a.get("keywords")));
        }

        private JsonNode resolve(JsonNode n) {
            if (n != null && n.isObject() && n.size() == 1 && n.has("@id")) {
                JsonNode target = byId.get(n.get("@id").asText());
                if (target != null) return target;
            }
            return n;
        }

        private Optional<String> text(JsonNode n) {
            n = resolve(n);
            if (n == null || n.isNull()) return Optional.empty();
            if (n.isArray()) return n.isEmpty() ? Optional.empty() : text(n.get(0));
            if (n.isObject()) return text(n.has("@value") ? n.get("@value") : n.get("name"));
            return Optional.ofNullable(TextCleaner.blankToNull(n.asText()));
        }

        private static String clean(String s) { return s == null ? null : TextCleaner.blankToNull(TextCleaner.stripHtml(s)); }

        private Temporal date(JsonNode a, String field) {
            Optional<String> s = text(a.get(field));
            if (s.isEmpty()) return null;
            Optional<Temporal> d = NewsDates.parse(s.get());
            if (d.isEmpty()) ctx.warn(0, field, "JSON-LD " + field + " is not a date in a known format: \"" + s.get() + "\"");
            return d.orElse(null);
        }

        private String url(JsonNode a) {
            for (String f : List.of("url", "mainEntityOfPage")) {
                JsonNode n = a.get(f);
                if (n == null) continue;
                String u = n.isObject() ? n.path("@id").asText(n.path("url").asText(null)) : n.isTextual() ? n.asText() : null;
                u = ctx.absolute(u);
                if (u != null) return u;
            }
            return null;
        }

        private String language(JsonNode n) {
            n = resolve(n);
            if (n == null) return null;
            if (n.isObject()) return TextCleaner.blankToNull(n.path("alternateName").asText(n.path("name").asText(null)));
            return text(n).orElse(null);
        }

        private List<Agent> agents(JsonNode n, Agent.Kind defaultKind, Agent publisher) {
            List<Agent> out = new ArrayList<>();
            n = resolve(n);
            if (n == null || n.isNull()) return out;
            if (n.isArray()) {
                for (JsonNode x : n) out.addAll(agents(x, defaultKind, publisher));
                return out;
            }
            if (n.isTextual()) {
                for (String name : Bylines.names(n.asText())) {
                    boolean isPublisher = publisher != null && name.equalsIgnoreCase(publisher.name());
                    out.add(new Agent(name, null, isPublisher ? Agent.Kind.ORGANIZATION : defaultKind));
                }
                return out;
            }
            if (!n.isObject()) return out;
            String name = clean(text(n.get("name")).orElse(null));
            String url = ctx.absolute(n.path("url").isTextual() ? n.path("url").asText() : null);
            Agent.Kind kind = kind(n, defaultKind);
            if (name == null && url == null) return out;
            String logo = kind == Agent.Kind.ORGANIZATION ? images(n.get("logo")).stream().map(ImageInfo::url)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null) : null;
            out.add(new Agent(name, url, kind, logo));
            return out;
        }

        private static Agent.Kind kind(JsonNode n, Agent.Kind dflt) {
            for (String t : types(n)) {
                if (t.equals("Person")) return Agent.Kind.PERSON;
                if (t.endsWith("Organization") || t.equals("Corporation") || t.equals("NGO")) return Agent.Kind.ORGANIZATION;
            }
            return dflt;
        }

        private List<ImageInfo> images(JsonNode node) {
            List<ImageInfo> out = new ArrayList<>();
            JsonNode n = resolve(node);
            if (n == null || n.isNull()) return out;
            if (n.isArray()) {
                for (JsonNode x : n) out.addAll(images(x));
                return out;
            }
            if (n.isTextual()) {
                String u = ctx.absolute(n.asText());
                if (u != null) out.add(new ImageInfo(u, null, null));
                return out;
            }
            if (!n.isObject()) return out;
            String u = ctx.absolute(n.path("contentUrl").isTextual() ? n.path("contentUrl").asText() : n.path("url").asText(null));
            String caption = clean(text(n.get("caption")).orElse(text(n.get("description")).orElse(null)));
            String credit = clean(text(n.get("creditText")).or(() -> text(n.get("copyrightHolder")))
                    .or(() -> text(n.get("author"))).or(() -> text(n.get("copyrightNotice"))).orElse(null));
            ImageInfo img = new ImageInfo(u, caption, credit);
            if (!img.isEmpty()) out.add(img);
            return out;
        }

        private List<String> keywords(JsonNode n) {
            List<String> out = new ArrayList<>();
            n = resolve(n);
            if (n == null || n.isNull()) return out;
            if (n.isArray()) {
                for (JsonNode x : n) out.addAll(keywords(x));
            } else if (n.isTextual()) {
                for (String k : n.asText().split(",")) {
                    String c = clean(k);
                    if (c != null && !out.contains(c) && !c.toLowerCase(Locale.ROOT).startsWith("http")) out.add(c);
                }
            }
            return out;
        }
    }
}
