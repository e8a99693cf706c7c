package org.newsgraph.read.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.time.temporal.Temporal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.model.Agent;
import org.newsgraph.model.ImageInfo;
import org.newsgraph.read.NewsDates;
import org.newsgraph.read.TextCleaner;

/**
 * {@code <meta>} tags: OpenGraph ({@code og:*}), Open Graph article ({@code article:*}), Twitter cards, Dublin Core
 * ({@code DC.*}, {@code dcterms.*}) and the common plain names ({@code author}, {@code description},
 * {@code keywords}, {@code news_keywords}, {@code pubdate} …). For each field the first tag in the order below wins.
 */
final class MetaTagMetadata implements MetadataSource {
    @Override public String name() { return "meta"; }

    @Override
    public void read(Document page, PageMetadata.Filler into, PageContext ctx) {
        Map<String, List<Element>> tags = new LinkedHashMap<>();
        for (Element m : page.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (key.isBlank()) continue;
            tags.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(m);
        }
        Meta meta = new Meta(tags);
        into.headline(meta.first("og:title", "twitter:title", "dc.title", "dcterms.title", "title", "headline", "sailthru.title", "parsely-title"));
        into.description(meta.first("og:description", "description", "twitter:description", "dc.description", "dcterms.description"));
        into.url(ctx.absolute(meta.first("og:url", "twitter:url", "parsely-link")));
        into.section(meta.first("article:section", "section", "parsely-section", "dc.subject"));
        into.language(locale(meta.first("og:locale", "dc.language", "dcterms.language", "language", "content-language")));
        into.datePublished(date(meta, ctx, "article:published_time", "og:published_time", "datepublished",
                "dcterms.created", "dc.date", "dc.date.issued", "dcterms.issued", "pubdate", "publishdate", "date",
                "parsely-pub-date", "sailthru.date", "article.published", "publication_date"));
        into.dateModified(date(meta, ctx, "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
                "last-modified", "article.updated"));
        String site = meta.first("og:site_name", "application-name", "dc.publisher", "dcterms.publisher");
        if (site != null) into.publisher(new Agent(TextCleaner.stripHtml(site), null, Agent.Kind.ORGANIZATION));
        List<Agent> authors = new ArrayList<>();
        for (String key : List.of("article:author", "author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl")) {
            for (String v : meta.all(key)) {
                if (v.matches("(?i)https?://.*")) { // article:author is often the author's profile page
                    if (!key.equals("article:author") || v.contains("facebook.com")) continue;
                    authors.add(new Agent(null, v, Agent.Kind.PERSON));
                } else {
                    for (String n : Bylines.names(v)) authors.add(Agent.person(n));
                }
            }
            if (!authors.isEmpty()) break;
        }
        authors.removeIf(a -> a.name() == null); // a profile URL alone names nobody
        into.authors(authors);
        List<ImageInfo> images = new ArrayList<>();
        String img = ctx.absolute(meta.first("og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src"));
        if (img != null) images.add(new ImageInfo(img, TextCleaner.blankToNull(meta.first("og:image:alt", "twitter:image:alt")), null));
        into.images(images);
        List<String> keywords = new ArrayList<>();
        for (String key : List.of("article:tag", "news_keywords", "keywords", "parsely-tags")) {
            for (String v : meta.all(key))
                for (String k : v.split(",")) {
                    String c = TextCleaner.blankToNull(k);
                    if (c != null && !keywords.contains(c)) keywords.add(c);
                }
            if (!keywords.isEmpty()) break;
        }
        into.keywords(keywords);
    }

    /** "en_GB" → "en-GB". */
    static String locale(String s) {
        if (s == null) return null;
        String t = s.strip().replace('_', '-');
        return t.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") ? t : null;
    }

    private static Temporal date(Meta meta, PageContext ctx, String... keys) {
        for (String k : keys) {
            for (Element e : meta.tags.getOrDefault(k, List.of())) {
                Optional<Temporal> d = NewsDates.parse(e.attr("content"));
                if (d.isPresent()) return d.get();
                ctx.warn(PageContext.lineOf(e), "meta " + k, "not a date in a known format: \"" + e.attr("content") + "\"");
            }
        }
        return null;
    }

    private record Meta(Map<String, List<Element>> tags) {
        String first(String... keys) {
            for (String k : keys) {
                for (Element e : tags.getOrDefault(k, List.of())) {
                    String v = TextCleaner.blankToNull(e.attr("content"));
                    if (v != null) return TextCleaner.stripHtml(v);
                }
            }
            return null;
        }

        List<String> all(String key) {
            List<String> out = new ArrayList<>();
            for (Element e : tags.getOrDefault(key, List.of())) {
                String v = TextCleaner.blankToNull(e.attr("content"));
                if (v != null) out.add(v);
            }
            return out;
        }
    }
}
