package org.newsgraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.time.temporal.Temporal;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.model.Article;

/**
 * TEMPORARY stand-in for {@code org.newsgraph.read.html.HtmlArticleReader} (being written on branch {@code html}),
 * with the same signatures, so the WARC and feed readers can be built and tested meanwhile. Deleted when the real
 * reader is on main. Not a main-text extractor: title and {@code <p>} texts only.
 */
public final class HtmlStandIn {
    private HtmlStandIn() {}

    public static Optional<Article> readPage(InputStream bytes, String charsetHintOrNull, String sourceName,
            String pageUrlOrNull, Temporal fallbackDateOrNull, ReadListener listener) throws IOException {
        Document doc = Jsoup.parse(bytes, charsetHintOrNull, pageUrlOrNull == null ? "" : pageUrlOrNull);
        Article.Builder b = Article.builder(sourceName).url(pageUrlOrNull).datePublished(fallbackDateOrNull);
        b.headline(TextCleaner.blankToNull(doc.title()));
        b.body(paragraphs(doc));
        if (b.headline() == null && b.body() == null) {
            listener.problem(Problem.error(sourceName, 0, 0, null, "no headline and no text: not an article page"));
            return Optional.empty();
        }
        return Optional.of(b.build());
    }

    public static String fragmentText(String htmlFragment) {
        if (htmlFragment == null || htmlFragment.isBlank()) return "";
        String s = paragraphs(Jsoup.parseBodyFragment(htmlFragment));
        return s == null ? "" : s;
    }

    private static String paragraphs(Document doc) {
        StringBuilder sb = new StringBuilder();
        var ps = doc.select("p");
        if (ps.isEmpty()) ps = new org.jsoup.select.Elements(doc.body());
        for (Element p : ps) {
            String t = p.text().strip();
            if (t.isEmpty()) continue;
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(t);
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
