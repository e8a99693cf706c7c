package org.newsgraph.sink;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.model.Agent;
import org.newsgraph.model.Article;
import org.newsgraph.model.ImageInfo;
import org.newsgraph.model.RelatedArticle;

/**
 * The article records themselves as JSON Lines, one object a line, in the field names the JSON reader accepts
 * ({@code url, headline, alternativeHeadline, datePublished, dateModified, authors, publisher, description, body,
 * image (an array when there are several, the lead image first), language, keywords, section, related}), so the output reads back into the same articles. Each record also carries
 * {@code source}: the input and the place in it the article came from ({@code crawl.warc.gz#offset=1234},
 * {@code feed.xml#item=2}, {@code news.jsonl:17}), which the JSON reader ignores. Written with Jackson, one record
 * at a time: nothing is held.
 *
 * <pre>
 *   try (JsonLinesArticleSink out = JsonLinesArticleSink.create(System.out)) { out.accept(article); }
 * </pre>
 */
public final class JsonLinesArticleSink implements Consumer<Article>, AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonGenerator out;

    private JsonLinesArticleSink(OutputStream out) throws IOException {
        this.out = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
        this.out.setRootValueSeparator(null);
        this.out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** A sink writing UTF-8 JSON Lines to {@code out} (flushed, not closed, by {@link #close()}). */
    public static JsonLinesArticleSink create(OutputStream out) {
        try {
            return new JsonLinesArticleSink(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void accept(Article a) {
        try {
            MAPPER.writeTree(out, toJson(a));
            out.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One article as the JSON object the JSON reader accepts, plus {@code source}. */
    public static ObjectNode toJson(Article a) {
        ObjectNode o = MAPPER.createObjectNode();
        put(o, "source", a.source());
        put(o, "url", a.url());
        put(o, "headline", a.headline());
        put(o, "alternativeHeadline", a.alternativeHeadline());
        put(o, "datePublished", date(a.datePublished()));
        put(o, "dateModified", date(a.dateModified()));
        if (!a.authors().isEmpty()) {
            ArrayNode authors = o.putArray("authors");
            for (Agent ag : a.authors()) authors.add(agent(ag));
        }
        if (a.publisher() != null) o.set("publisher", agent(a.publisher()));
        put(o, "description", a.description());
        put(o, "body", a.body());
        List<ImageInfo> images = a.images();
        if (images.size() == 1) o.set("image", image(images.get(0)));
        else if (images.size() > 1) {
            ArrayNode all = o.putArray("image"); // the lead image first
            for (ImageInfo img : images) all.add(image(img));
        }
        put(o, "language", a.language());
        if (!a.keywords().isEmpty()) {
            ArrayNode k = o.putArray("keywords");
            a.keywords().forEach(k::add);
        }
        put(o, "section", a.section());
        if (!a.related().isEmpty()) {
            ArrayNode r = o.putArray("related");
            for (RelatedArticle ra : a.related()) {
                ObjectNode x = r.addObject();
                put(x, "headline", ra.headline());
                put(x, "url", ra.url());
            }
        }
        return o;
    }

    private static ObjectNode agent(Agent a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("@type", a.kind() == Agent.Kind.ORGANIZATION ? "Organization" : "Person");
        put(o, "name", a.name());
        put(o, "url", a.url());
        put(o, "logo", a.logo());
        return o;
    }

    private static ObjectNode image(ImageInfo img) {
        ObjectNode i = MAPPER.createObjectNode();
        put(i, "url", img.url());
        put(i, "caption", img.caption());
        put(i, "credit", img.credit());
        return i;
    }

    /** ISO 8601, seconds always written and the offset kept, as {@code NewsDates} reads it back. */
    static String date(Temporal t) {
        if (t == null) return null;
        if (t instanceof LocalDate d) return d.toString();
        if (t instanceof OffsetDateTime d) return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d);
        if (t instanceof ZonedDateTime d) return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.toOffsetDateTime());
        if (t instanceof LocalDateTime d) return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(d);
        return t.toString();
    }

    private static void put(ObjectNode o, String field, String value) {
        if (value != null) o.put(field, value);
    }

    /** Flushes; the output stream is left open. */
    @Override
    public void close() {
        try {
            out.flush();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
