package org.newsgraph.read.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.newsgraph.model.Agent;
import org.newsgraph.model.Article;
import org.newsgraph.model.ImageInfo;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.html.HtmlArticleReader;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.NewsDates;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadListener;
import org.newsgraph.read.TextCleaner;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome: each item or entry is an article — title, link,
 * {@code pubDate}/{@code dc:date}/{@code published} (else {@code updated}) with the feed's own offset kept,
 * {@code dc:creator}/{@code author}, categories as keywords, {@code content:encoded} or Atom {@code content} (else
 * {@code description}/{@code summary}) as the body with its HTML turned into paragraphs by the HTML reader's fragment
 * extractor, the description as {@code description} when there is content, an image enclosure as the image, and the
 * channel's {@code language} (Atom: the feed's {@code xml:lang}).
 *
 * <p>Items are located as {@code FILE#item=N} (N from 1, in document order). A feed is one XML document, parsed whole
 * (feeds are small); XML that is not well-formed is one error with its line and column and yields no items. An item
 * with neither title, link nor text is an error that costs only itself.
 */
public final class FeedArticleReader implements ArticleReader {

    @Override public String name() { return "feed"; }

    @Override public List<String> extensions() { return List.of("rss", "atom", "xml"); }

    @Override public List<String> mediaTypes() {
        return List.of("application/rss+xml", "application/atom+xml", "application/rdf+xml");
    }

    /** XML whose document element is {@code rss}, {@code feed} or {@code rdf:RDF} (any prefix). */
    @Override
    public boolean sniff(byte[] head, String logicalName) {
        String root = rootElement(head);
        if (root == null) return false;
        String local = root.substring(root.indexOf(':') + 1);
        return root.equals("rss") || root.equals("feed") || local.equals("RDF");
    }

    /** The name of the first element in an XML head, after the declaration, comments, processing instructions and doctype. */
    static String rootElement(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        int i = s.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            if (i >= s.length() || s.charAt(i) != '<') return null;
            if (s.startsWith("<?", i)) i = end(s, i, "?>");
            else if (s.startsWith("<!--", i)) i = end(s, i, "-->");
            else if (s.startsWith("<!", i)) i = endOfDoctype(s, i);
            else {
                int j = i + 1;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && "/>".indexOf(s.charAt(j)) < 0) j++;
                return j == i + 1 || j >= s.length() ? null : s.substring(i + 1, j);
            }
            if (i < 0) return null;
        }
    }

    private static int end(String s, int from, String close) {
        int k = s.indexOf(close, from);
        return k < 0 ? -1 : k + close.length();
    }

    /** The end of {@code <!DOCTYPE …>}, with an internal subset in brackets. */
    private static int endOfDoctype(String s, int from) {
        int depth = 0;
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == '>' && depth <= 0) return k + 1;
        }
        return -1;
    }

    @Override
    public void read(InputSource input, ReadListener listener) throws IOException {
        try (InputStream in = input.open()) {
            read(in, input.name(), listener);
        }
    }

    /**
     * Reads a feed from a stream of its XML (its encoding detected as XML does; not closed here).
     *
     * @param name the name items and problems are located by ({@code name#item=N})
     */
    public void read(InputStream in, String name, ReadListener listener) throws IOException {
        Document xml;
        try {
            xml = parser().build(new XmlReader(new NonClosing(in), true));
        } catch (JDOMParseException e) {
            listener.problem(Problem.error(name, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()),
                    null, "malformed XML: " + e.getCause().getMessage()));
            return;
        } catch (JDOMException e) {
            listener.problem(Problem.error(name, 0, 0, null, "malformed XML: " + e.getMessage()));
            return;
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(xml);
        } catch (IllegalArgumentException | FeedException e) {
            long line = e instanceof ParsingFeedException p ? Math.max(0, p.getLineNumber()) : 0;
            listener.problem(Problem.error(name, line, 0, null, "not an RSS or Atom feed (document element <"
                    + xml.getRootElement().getQualifiedName() + ">): " + e.getMessage()));
            return;
        }
        List<Element> raw = itemElements(xml.getRootElement());
        List<SyndEntry> entries = feed.getEntries();
        String language = TextCleaner.blankToNull(feed.getLanguage());
        if (language == null) language = TextCleaner.blankToNull(xml.getRootElement().getAttributeValue("lang", org.jdom2.Namespace.XML_NAMESPACE));
        for (int i = 0; i < entries.size(); i++) {
            String source = name + "#item=" + (i + 1);
            Element wire = raw.size() == entries.size() ? raw.get(i) : null;
            try {
                toArticle(entries.get(i), wire, source, language, listener).ifPresent(listener::article);
            } catch (RuntimeException e) {
                listener.problem(Problem.error(source, 0, 0, null, "cannot read item: " + e));
            }
        }
    }

    /** Leaves the caller's stream open (the XML parser closes what it reads). */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) { super(in); }

        @Override public void close() { /* the caller's */ }
    }

    /** A JDOM parser that reads no external entity or DTD (feeds come from anywhere). */
    private static SAXBuilder parser() {
        SAXBuilder b = new SAXBuilder(XMLReaders.NONVALIDATING);
        b.setExpandEntities(false);
        b.setFeature("http://xml.org/sax/features/external-general-entities", false);
        b.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        b.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return b;
    }

    /** The item/entry elements in document order: the raw dates are read from them (Rome keeps no offset). */
    private static List<Element> itemElements(Element root) {
        if (root.getName().equals("feed")) return children(root, "entry");
        Element channel = children(root, "channel").stream().findFirst().orElse(null);
        List<Element> items = channel == null ? List.of() : children(channel, "item");
        return items.isEmpty() ? children(root, "item") : items; // RSS 1.0 puts items beside the channel
    }

    private static List<Element> children(Element e, String localName) {
        return e.getChildren().stream().filter(c -> c.getName().equals(localName)).toList();
    }

    private Optional<Article> toArticle(SyndEntry e, Element wire, String source, String language, ReadListener listener) {
        Article.Builder b = Article.builder(source);
        b.headline(TextCleaner.blankToNull(TextCleaner.stripHtml(nullToEmpty(e.getTitle()))));
        b.url(link(e));

        Temporal published = date(wire, e.getPublishedDate(), "pubDate", "date", "published", "issued");
        Temporal updated = date(wire, e.getUpdatedDate(), "updated", "modified");
        Temporal date = published != null ? published : updated;
        b.datePublished(date);
        if (published != null) b.dateModified(updated);

        authors(e).forEach(b::author);
        for (SyndCategory c : e.getCategories()) {
            String k = TextCleaner.blankToNull(c.getName());
            if (k != null) b.keyword(k.strip());
        }
        String content = e.getContents().stream().map(SyndContent::getValue).map(this::text)
                .filter(t -> !t.isEmpty()).findFirst().orElse("");
        String description = e.getDescription() == null ? "" : text(e.getDescription().getValue());
        if (!content.isEmpty()) {
            b.body(content);
            if (!description.isEmpty()) b.description(description.replace("\n\n", " "));
        } else if (!description.isEmpty()) {
            b.body(description);
        }
        image(e, wire).ifPresent(b::image);
        b.language(language);

        if (b.headline() == null && b.url() == null && b.body() == null) {
            listener.problem(Problem.error(source, 0, 0, null, "item has no title, link or text: not an article"));
            return Optional.empty();
        }
        if (b.url() == null) listener.problem(Problem.warning(source, 0, "url", "item has no link: the article IRI is a hash of its text"));
        if (date == null) listener.problem(Problem.warning(source, 0, "datePublished", "item has no date"));
        return Optional.of(b.build());
    }

    private static final String MEDIA_RSS = "http://search.yahoo.com/mrss/";

    /**
     * The item's image: an {@code image/*} enclosure, else Media RSS {@code media:content} (an image) or
     * {@code media:thumbnail} (also inside {@code media:group}), whose {@code media:description}/{@code media:title}
     * is the caption and {@code media:credit} the credit, as news feeds (BBC, Guardian, AP) carry them.
     */
    private static Optional<ImageInfo> image(SyndEntry e, Element wire) {
        Optional<ImageInfo> media = wire == null ? Optional.empty() : mediaImage(wire);
        for (SyndEnclosure enc : e.getEnclosures()) {
            if (enc.getType() != null && enc.getType().startsWith("image/") && TextCleaner.blankToNull(enc.getUrl()) != null) {
                String url = enc.getUrl().strip();
                // the same picture described in Media RSS lends its caption and credit
                return Optional.of(media.filter(m -> url.equals(m.url()))
                        .map(m -> new ImageInfo(url, m.caption(), m.credit())).orElse(new ImageInfo(url, null, null)));
            }
        }
        return media;
    }

    private static Optional<ImageInfo> mediaImage(Element item) {
        org.jdom2.Namespace ns = org.jdom2.Namespace.getNamespace(MEDIA_RSS);
        List<Element> candidates = new java.util.ArrayList<>(item.getChildren("content", ns));
        for (Element g : item.getChildren("group", ns)) candidates.addAll(g.getChildren("content", ns));
        candidates.removeIf(c -> !isImage(c));
        candidates.addAll(item.getChildren("thumbnail", ns));
        for (Element g : item.getChildren("group", ns)) candidates.addAll(g.getChildren("thumbnail", ns));
        for (Element c : candidates) {
            String url = TextCleaner.blankToNull(c.getAttributeValue("url"));
            if (url == null) continue;
            String caption = mediaText(c, item, ns, "description");
            if (caption == null) caption = mediaText(c, item, ns, "title");
            return Optional.of(new ImageInfo(url.strip(), caption, mediaText(c, item, ns, "credit")));
        }
        return Optional.empty();
    }

    private static boolean isImage(Element content) {
        String medium = content.getAttributeValue("medium"), type = content.getAttributeValue("type");
        return "image".equals(medium) || (type != null && type.startsWith("image/"))
                || (medium == null && type == null && content.getAttributeValue("url", "").matches("(?i).*\\.(jpe?g|png|gif|webp)(\\?.*)?"));
    }

    /** A Media RSS text element of the image element itself, else of the item. */
    private static String mediaText(Element image, Element item, org.jdom2.Namespace ns, String name) {
        for (Element holder : List.of(image, item)) {
            Element t = holder.getChild(name, ns);
            if (t != null) {
                String v = "html".equals(t.getAttributeValue("type")) ? TextCleaner.stripHtml(t.getText()) : t.getTextNormalize();
                if (TextCleaner.blankToNull(v) != null) return v.strip();
            }
        }
        return null;
    }

    private String text(String html) {
        return html == null ? "" : HtmlArticleReader.fragmentText(html);
    }

    private static String nullToEmpty(String s) { return s == null ? "" : s; }

    /** The item's link; for RSS without one, a permalink {@code guid}. */
    private static String link(SyndEntry e) {
        String link = TextCleaner.blankToNull(e.getLink());
        if (link == null && e.getUri() != null && e.getUri().matches("(?i)https?://\\S+")) link = e.getUri();
        return link == null ? null : TextCleaner.repairUrl(link.strip());
    }

    private static final Pattern EMAIL_AND_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");

    /** Atom persons (name and uri), else {@code dc:creator}s and the RSS {@code author} ("jane@example.org (Jane Doe)"). */
    private static List<Agent> authors(SyndEntry e) {
        List<Agent> out = new java.util.ArrayList<>();
        for (SyndPerson p : e.getAuthors()) {
            String name = TextCleaner.blankToNull(p.getName());
            String uri = TextCleaner.blankToNull(p.getUri());
            if (name != null || uri != null) out.add(new Agent(name == null ? null : name.strip(), uri, Agent.Kind.PERSON));
        }
        if (!out.isEmpty()) return out;
        DCModule dc = (DCModule) e.getModule(DCModule.URI);
        List<String> creators = dc == null ? List.of() : dc.getCreators();
        if (creators.isEmpty() && e.getAuthor() != null) creators = List.of(e.getAuthor());
        for (String c : creators) {
            String name = TextCleaner.blankToNull(c);
            if (name == null) continue;
            Matcher m = EMAIL_AND_NAME.matcher(name.strip());
            if (m.matches()) name = m.group(1).strip();
            else if (EMAIL.matcher(name.strip()).matches()) continue; // an address alone names no one
            out.add(Agent.person(name.strip()));
        }
        return out;
    }

    /** The first of these child elements whose text is a date, with its offset; else Rome's instant in UTC. */
    private static Temporal date(Element item, Date romeDate, String... names) {
        if (item != null) {
            for (String n : names) {
                for (Element c : item.getChildren()) {
                    if (!c.getName().equals(n)) continue;
                    Temporal t = parseDate(c.getTextTrim());
                    if (t != null) return t;
                }
            }
        }
        return romeDate == null ? null : OffsetDateTime.ofInstant(romeDate.toInstant(), ZoneOffset.UTC);
    }

    static Temporal parseDate(String s) {
        if (s == null || s.isEmpty()) return null;
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
        } catch (DateTimeParseException ignored) {
            return NewsDates.parse(s).orElse(null);
        }
    }
}
