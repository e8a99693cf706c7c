package org.newsgraph.read.html;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.model.Agent;
import org.newsgraph.model.ImageInfo;
import org.newsgraph.read.NewsDates;
import org.newsgraph.read.TextCleaner;

/**
 * schema.org items written into the HTML's attributes: microdata ({@code itemscope itemtype itemprop}) or RDFa Lite
 * ({@code vocab typeof property}). The two differ only in attribute names, so one class reads both; see
 * {@link #microdata()} and {@link #rdfa()}. A property belongs to the nearest enclosing item; a property element
 * that is itself an item (an author {@code Person}) is read for its {@code name}, {@code url} and {@code logo}.
 */
final class ItemMetadata implements MetadataSource {
    private final String name, scopeAttr, typeAttr, propAttr;

    private ItemMetadata(String name, String scopeAttr, String typeAttr, String propAttr) {
        this.name = name;
        this.scopeAttr = scopeAttr;
        this.typeAttr = typeAttr;
        this.propAttr = propAttr;
    }

    static ItemMetadata microdata() { return new ItemMetadata("microdata", "itemscope", "itemtype", "itemprop"); }

    static ItemMetadata rdfa() { return new ItemMetadata("rdfa", "typeof", "typeof", "property"); }

    @Override public String name() { return name; }

    @Override
    public void read(Document page, PageMetadata.Filler into, PageContext ctx) {
        Element found = null;
        for (Element e : page.select("[" + scopeAttr + "]")) {
            if (types(e).stream().anyMatch(JsonLdMetadata.ARTICLE_TYPES::contains)) {
                found = e;
                break;
            }
        }
        if (found == null) return;
        Element article = found;
        into.headline(text(first(article, "headline").or(() -> first(article, "name"))));
        into.alternativeHeadline(text(first(article, "alternativeHeadline")));
        into.description(text(first(article, "description")));
        into.datePublished(date(first(article, "datePublished"), ctx));
        into.dateModified(date(first(article, "dateModified"), ctx));
        into.url(ctx.absolute(first(article, "url").or(() -> first(article, "mainEntityOfPage")).map(this::value).orElse(null)));
        into.section(text(first(article, "articleSection")));
        into.language(MetaTagMetadata.locale(text(first(article, "inLanguage"))));
        Agent publisher = first(article, "publisher").map(e -> agent(e, Agent.Kind.ORGANIZATION, ctx)).orElse(null);
        into.publisher(publisher);
        List<Agent> authors = new ArrayList<>();
        for (Element e : all(article, "author")) {
            if (isItem(e)) {
                Agent a = agent(e, Agent.Kind.PERSON, ctx);
                if (a != null) authors.add(a);
            } else {
                for (String n : Bylines.names(value(e))) authors.add(Agent.person(n));
            }
        }
        into.authors(authors);
        List<ImageInfo> images = new ArrayList<>();
        for (Element e : all(article, "image")) {
            if (isItem(e)) {
                String u = ctx.absolute(first(e, "contentUrl").or(() -> first(e, "url")).map(this::value).orElse(null));
                ImageInfo img = new ImageInfo(u, text(first(e, "caption")), text(first(e, "creditText").or(() -> first(e, "copyrightHolder"))));
                if (!img.isEmpty()) images.add(img);
            } else {
                String u = ctx.absolute(value(e));
                if (u != null) images.add(new ImageInfo(u, null, null));
            }
        }
        into.images(images);
        List<String> keywords = new ArrayList<>();
        for (Element e : all(article, "keywords"))
            for (String k : value(e).split(",")) {
                String c = TextCleaner.blankToNull(k);
                if (c != null && !keywords.contains(c)) keywords.add(c);
            }
        into.keywords(keywords);
    }

    private boolean isItem(Element e) { return e.hasAttr(scopeAttr) && (scopeAttr.equals(typeAttr) || e.hasAttr(typeAttr)); }

    private List<String> types(Element e) {
        List<String> out = new ArrayList<>();
        for (String t : e.attr(typeAttr).trim().split("\\s+")) {
            int i = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
            if (!t.isEmpty()) out.add(i >= 0 ? t.substring(i + 1) : t);
        }
        return out;
    }

    /** The item's properties named {@code prop}, not those of items nested in it. */
    private List<Element> all(Element item, String prop) {
        List<Element> out = new ArrayList<>();
        for (Element e : item.getAllElements()) {
            if (e == item || !hasProp(e, prop)) continue;
            if (owner(e) == item) out.add(e);
        }
        return out;
    }

    private Optional<Element> first(Element item, String prop) {
        List<Element> all = all(item, prop);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private boolean hasProp(Element e, String prop) {
        for (String p : e.attr(propAttr).trim().split("\\s+")) {
            int i = Math.max(p.lastIndexOf('/'), p.lastIndexOf(':'));
            if ((i >= 0 ? p.substring(i + 1) : p).equals(prop)) return true;
        }
        return false;
    }

    /** The nearest ancestor that is an item. */
    private Element owner(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (isItem(p)) return p;
        return null;
    }

    /** A property's value by the element that carries it, as microdata and RDFa define it. */
    private String value(Element e) {
        if (e.hasAttr("content")) return e.attr("content");
        switch (e.normalName()) {
            case "a", "link", "area" -> { return e.attr("href"); }
            case "img", "audio", "video", "source", "embed", "iframe", "track" -> { return e.attr("src"); }
            case "time" -> { return e.hasAttr("datetime") ? e.attr("datetime") : e.text(); }
            case "data", "meter" -> { return e.attr("value"); }
            case "meta" -> { return e.attr("content"); }
            default -> { return e.hasAttr("datetime") ? e.attr("datetime") : e.text(); }
        }
    }

    private String text(Optional<Element> e) {
        return e.map(x -> TextCleaner.blankToNull(TextCleaner.stripHtml(isItem(x) ? first(x, "name").map(this::value).orElse(x.text()) : value(x))))
                .orElse(null);
    }

    private Temporal date(Optional<Element> e, PageContext ctx) {
        if (e.isEmpty()) return null;
        String v = value(e.get());
        Optional<Temporal> d = NewsDates.parse(v);
        if (d.isEmpty()) ctx.warn(PageContext.lineOf(e.get()), name + " date", "not a date in a known format: \"" + v + "\"");
        return d.orElse(null);
    }

    private Agent agent(Element e, Agent.Kind dflt, PageContext ctx) {
        if (!isItem(e)) {
            String v = TextCleaner.blankToNull(value(e));
            return v == null ? null : new Agent(TextCleaner.stripHtml(v), null, dflt);
        }
        List<String> types = types(e);
        Agent.Kind kind = types.contains("Person") ? Agent.Kind.PERSON
                : types.stream().anyMatch(t -> t.endsWith("Organization")) ? Agent.Kind.ORGANIZATION : dflt;
        String n = text(first(e, "name"));
        String url = ctx.absolute(first(e, "url").map(this::value).orElse(null));
        String logo = first(e, "logo").map(l -> isItem(l) ? first(l, "url").or(() -> first(l, "contentUrl")).map(this::value).orElse(null) : value(l))
                .map(ctx::absolute).orElse(null);
        if (n == null && url == null) return null;
        return new Agent(n, url, kind, logo);
    }
}
