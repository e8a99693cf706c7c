package org.newsgraph.read.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.newsgraph.model.Agent;
import org.newsgraph.model.Article;
import org.newsgraph.model.ImageInfo;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadListener;
import org.newsgraph.read.Sniffing;
import org.newsgraph.read.TextCleaner;

/**
 * Reads a news web page: its metadata from schema.org JSON-LD, microdata, RDFa, then {@code <meta>} tags
 * (OpenGraph, Twitter, Dublin Core) and the document itself (best source first, each filling what the ones before
 * left empty; see {@link MetadataSource}), and its main text without boilerplate ({@link MainTextExtractor}).
 * Parsed with jsoup, which also detects the charset from a byte order mark or {@code <meta charset>}.
 *
 * <pre>
 *   Optional&lt;Article&gt; a = HtmlArticleReader.create().readPage(in, null, "page.html", null, null, listener);
 * </pre>
 * Pages above {@value #MAX_PAGE_BYTES} bytes are read up to that size, with a warning.
 */
public final class HtmlArticleReader implements ArticleReader {
    /** Larger pages are cut here: no news page is this big, and a parsed page takes ~10 times its size in memory. */
    public static final int MAX_PAGE_BYTES = 8 << 20;

    private final List<MetadataSource> sources = List.of(new JsonLdMetadata(), ItemMetadata.microdata(),
            ItemMetadata.rdfa(), new MetaTagMetadata(), new DocumentMetadata());
    private final MainTextExtractor extractor = MainTextExtractor.standard();

    private HtmlArticleReader() {}

    public static HtmlArticleReader create() { return new HtmlArticleReader(); }

    @Override public String name() { return "html"; }

    @Override public List<String> extensions() { return List.of("html", "htm", "xhtml", "shtml"); }

    @Override public List<String> mediaTypes() { return List.of("text/html", "application/xhtml+xml"); }

    /** An HTML document: a doctype or an {@code <html>}, {@code <head>} or {@code <body>} element before any feed's root. */
    @Override
    public boolean sniff(byte[] head, String logicalName) {
        if (!Sniffing.isMarkupDocument(head)) return false;
        String s = Sniffing.lowerAscii(head, head.length);
        int html = firstOf(s, "<!doctype html", "<html", "<head", "<body");
        if (html < 0) return false;
        int feed = firstOf(s, "<rss", "<feed", "<rdf:rdf", "<opml");
        return feed < 0 || html < feed;
    }

    private static int firstOf(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = s.indexOf(n);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    @Override
    public void read(InputSource input, ReadListener listener) throws IOException {
        try (InputStream in = input.open()) {
            readPage(in, null, input.name(), null, null, listener).ifPresent(listener::article);
        }
    }

    /**
     * Reads one page.
     *
     * @param charsetHintOrNull the charset a transport declared (HTTP {@code Content-Type}), or null to detect it
     * @param pageUrlOrNull the URL the page was fetched from: the article URL when the page names none
     * @param fallbackDateOrNull the publication date when the page gives none (a WARC record's date)
     * @return the article, or empty when the page holds no article (an error has then been reported)
     */
    public Optional<Article> readPage(InputStream bytes, String charsetHintOrNull, String sourceName, String pageUrlOrNull,
            Temporal fallbackDateOrNull, ReadListener listener) throws IOException {
        byte[] data = bytes.readNBytes(MAX_PAGE_BYTES);
        PageContext ctx = new PageContext(sourceName, pageUrlOrNull, listener);
        if (bytes.read() >= 0) {
            ctx.warn(0, null, "page larger than " + (MAX_PAGE_BYTES >> 20) + " MB: only its first "
                    + (MAX_PAGE_BYTES >> 20) + " MB were read");
        } else if (looksTruncated(data)) {
            ctx.warn(0, null, "page looks truncated (no closing </html>): its text may be incomplete");
        }
        Document page = parse(data, charsetHintOrNull, pageUrlOrNull);
        PageMetadata meta = new PageMetadata();
        for (MetadataSource s : sources) s.read(page, meta.filler(s.name()), ctx);

        String url = meta.url != null ? meta.url : pageUrlOrNull;
        Article.Builder b = Article.builder(sourceName);
        b.url(url);
        b.headline(meta.headline);
        b.alternativeHeadline(meta.alternativeHeadline);
        b.description(meta.description);
        b.datePublished(meta.datePublished != null ? meta.datePublished : fallbackDateOrNull);
        b.dateModified(meta.dateModified);
        b.language(meta.language);
        b.section(meta.section);
        meta.keywords.forEach(b::keyword);
        meta.authors.forEach(b::author);
        if (meta.publisher != null) b.publisher(meta.publisher);
        meta.images.forEach(b::addImage);
        Figures.of(page, new PageContext(sourceName, url, listener)).forEach(b::addImage);

        String body = extractor.extract(page, meta.headline);
        if (body == null && meta.articleBody != null) body = JsonBody.paragraphs(meta.articleBody);
        b.body(body);
        if (body == null) ctx.warn(0, "articleBody", "no main text found on the page");
        if (meta.headline == null && body == null) {
            listener.problem(Problem.error(sourceName, 0, 0, null, "no headline and no text: not an article page"));
            return Optional.empty();
        }
        if (meta.headline == null) ctx.warn(0, "headline", "no headline in the page's metadata, <h1> or <title>");
        if (b.datePublished() == null) ctx.warn(0, "datePublished", "no publication date in the page's metadata");
        return Optional.of(b.build());
    }

    private static boolean looksTruncated(byte[] data) {
        int from = Math.max(0, data.length - 4096);
        String tail = new String(data, from, data.length - from, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        return !tail.contains("</html") && !tail.contains("</body");
    }

    private static Document parse(byte[] data, String charset, String baseUri) throws IOException {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return Jsoup.parse(new ByteArrayInputStream(data), charset, baseUri == null ? "" : baseUri, parser);
    }

    /**
     * Text of an HTML fragment (a feed item's {@code content:encoded}): paragraphs separated by a blank line, by the
     * same block/inline rules as the main text; scripts, styles and embedded media dropped. Empty when there is no text.
     */
    public static String fragmentText(String htmlFragment) {
        if (htmlFragment == null || htmlFragment.isBlank()) return "";
        Document doc = Jsoup.parseBodyFragment(htmlFragment);
        MainTextExtractor.Extraction x = new MainTextExtractor.Extraction(doc, null);
        new ExtractionSteps.RemoveNonContent().apply(x);
        String text = TextBlocks.join(TextBlocks.of(doc.body()));
        return text == null ? "" : text;
    }

    /** Images in the page's figures, with their captions and credits. */
    static final class Figures {
        private Figures() {}

        private static final int MAX = 20;

        static List<ImageInfo> of(Document page, PageContext ctx) {
            List<ImageInfo> out = new java.util.ArrayList<>();
            Element scope = page.selectFirst("article");
            if (scope == null) scope = page.body();
            for (Element fig : scope.select("figure")) {
                Element img = fig.selectFirst("img[src], img[data-src]");
                if (img == null) continue;
                String src = ctx.absolute(img.hasAttr("src") && !img.attr("src").startsWith("data:") ? img.attr("src") : img.attr("data-src"));
                if (src == null) continue;
                Element cap = fig.selectFirst("figcaption");
                String caption = null, credit = null;
                if (cap != null) {
                    Element cr = cap.selectFirst("[class*=credit], [class*=copyright], small, cite");
                    if (cr != null) {
                        credit = TextCleaner.blankToNull(cr.text());
                        cr.remove();
                    }
                    caption = TextCleaner.blankToNull(cap.text());
                }
                if (caption == null) caption = TextCleaner.blankToNull(img.attr("alt"));
                out.add(new ImageInfo(src, caption, credit));
                if (out.size() >= MAX) break;
            }
            return out;
        }
    }

    /** An {@code articleBody} given in metadata: HTML or plain text, split into paragraphs. */
    static final class JsonBody {
        private JsonBody() {}

        static String paragraphs(String s) {
            String t = s.indexOf('<') >= 0 ? fragmentText(s) : s;
            StringBuilder sb = new StringBuilder();
            for (String p : t.split("\\n\\s*\\n|\\n")) {
                String c = TextCleaner.stripHtml(p);
                if (c == null || c.isEmpty()) continue;
                if (sb.length() > 0) sb.append("\n\n");
                sb.append(c);
            }
            return sb.length() == 0 ? null : sb.toString();
        }
    }
}
