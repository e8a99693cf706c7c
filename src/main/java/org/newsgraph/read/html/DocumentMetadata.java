package org.newsgraph.read.html;

import java.util.Optional;
import java.time.temporal.Temporal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.read.NewsDates;
import org.newsgraph.read.TextCleaner;

/**
 * The page's own markup, the last resort: {@code <link rel=canonical>}, {@code <html lang>}, the first {@code <h1>}
 * (else {@code <title>}), and the first {@code <time datetime>} inside the article (else the page).
 */
final class DocumentMetadata implements MetadataSource {
    @Override public String name() { return "document"; }

    @Override
    public void read(Document page, PageMetadata.Filler into, PageContext ctx) {
        Element canonical = page.selectFirst("link[rel~=(?i)^canonical$][href]");
        if (canonical != null) into.url(ctx.absolute(canonical.attr("href")));
        Element html = page.selectFirst("html[lang]");
        if (html != null) into.language(MetaTagMetadata.locale(html.attr("lang")));
        Element h1 = page.selectFirst("article h1, main h1, h1");
        if (h1 != null) into.headline(TextCleaner.blankToNull(h1.text()));
        into.headline(TextCleaner.blankToNull(page.title()));
        for (String scope : new String[] {"article time[datetime]", "main time[datetime]", "time[datetime]"}) {
            Element t = page.selectFirst(scope);
            if (t == null) continue;
            Optional<Temporal> d = NewsDates.parse(t.attr("datetime"));
            if (d.isPresent()) {
                into.datePublished(d.get());
                break;
            }
        }
    }
}
