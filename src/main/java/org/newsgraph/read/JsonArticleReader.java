package org.newsgraph.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.newsgraph.model.Article;

/**
 * Reads articles from JSON (one object, or an array of objects) and JSON Lines (one object a line), with Jackson's
 * streaming parser: only one article is in memory at a time, so inputs of any size stream.
 * Field names are those of {@link JsonArticleMapping}. A malformed JSON Lines record is reported with its line and
 * column and the next line is read; in a JSON document, reading stops at the first syntax error, keeping the
 * articles before it.
 */
public final class JsonArticleReader implements ArticleReader {
    /** Made on first use (a holder class): creating a Jackson mapper costs a tenth of a second of start-up. */
    private static final class Shared {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    @Override public String name() { return "json"; }

    @Override public List<String> extensions() { return List.of("json", "jsonl", "ndjson"); }

    @Override public List<String> mediaTypes() { return List.of("application/json", "application/x-ndjson", "application/jsonl"); }

    /** A JSON value starts here: an object or an array. */
    @Override
    public boolean sniff(byte[] head, String logicalName) {
        int i = Sniffing.firstNonBlank(head);
        return i < head.length && (head[i] == '{' || head[i] == '[') && Sniffing.isText(head);
    }

    @Override
    public void read(InputSource input, ReadListener listener) throws IOException {
        String ln = input.logicalName();
        JsonArticleMapping mapping = new JsonArticleMapping(input.name(), listener);
        if (ln.endsWith(".jsonl") || ln.endsWith(".ndjson")) {
            readLines(input, mapping, listener);
        } else {
            readDocument(input, mapping, listener);
        }
    }

    /** JSON Lines: each line parsed on its own so a bad line costs only itself. */
    private void readLines(InputSource input, JsonArticleMapping mapping, ReadListener listener) throws IOException {
        TextDecoding.Decoded text = TextDecoding.decode(input.open());
        if (text.warning() != null) listener.problem(Problem.warning(input.name(), 0, null, text.warning()));
        long n = 0, records = 0;
        try (BufferedReader r = new BufferedReader(text.reader(), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank()) continue;
                records++;
                JsonNode node;
                try {
                    node = Shared.MAPPER.readTree(line);
                } catch (JsonProcessingException e) {
                    JsonLocation loc = e.getLocation();
                    listener.problem(Problem.error(input.name(), n, loc == null ? 0 : loc.getColumnNr(), null,
                            "malformed JSON: " + e.getOriginalMessage()));
                    continue;
                }
                emit(node, n, mapping, listener, input.name());
            }
        } catch (IOException e) {
            listener.problem(Problem.error(input.name(), n + 1, 0, null, "cannot read further: "
                    + TextDecoding.describe(e, text.charset()) + "; the records before it are kept"));
            return;
        }
        if (records == 0) listener.problem(Problem.error(input.name(), 1, 0, null, "empty input: no JSON records"));
    }

    /** A JSON document holding one article object or an array of them, streamed element by element. */
    private void readDocument(InputSource input, JsonArticleMapping mapping, ReadListener listener) throws IOException {
        JsonFactory factory = Shared.MAPPER.getFactory();
        TextDecoding.Decoded text = TextDecoding.decode(input.open());
        if (text.warning() != null) listener.problem(Problem.warning(input.name(), 0, null, text.warning()));
        try (Reader in = text.reader(); JsonParser p = factory.createParser(in)) {
            try {
                JsonToken t = p.nextToken();
                if (t == null) {
                    listener.problem(Problem.error(input.name(), 1, 0, null, "empty input: no JSON"));
                    return;
                }
                if (t == JsonToken.START_ARRAY) {
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (t == null) throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input in array");
                        long line = p.currentLocation().getLineNr();
                        JsonNode node = Shared.MAPPER.readTree(p);
                        emit(node, line, mapping, listener, input.name());
                    }
                } else {
                    // One object, or several concatenated (JSON Lines without the extension).
                    do {
                        long line = p.currentLocation().getLineNr();
                        JsonNode node = Shared.MAPPER.readTree(p);
                        emit(node, line, mapping, listener, input.name());
                    } while (p.nextToken() != null);
                }
            } catch (JsonProcessingException e) {
                JsonLocation loc = e.getLocation();
                listener.problem(Problem.error(input.name(), loc == null ? 0 : loc.getLineNr(),
                        loc == null ? 0 : loc.getColumnNr(), null, "malformed JSON: " + e.getOriginalMessage()));
            } catch (IOException e) {
                listener.problem(Problem.error(input.name(), p.currentLocation().getLineNr(), 0, null, "cannot read further: "
                        + TextDecoding.describe(e, text.charset()) + "; the articles before it are kept"));
            }
        }
    }

    private static void emit(JsonNode node, long line, JsonArticleMapping mapping, ReadListener listener, String src) {
        if (!node.isObject()) {
            listener.problem(Problem.error(src, line, 0, null, "expected a JSON object for an article, found " + node.getNodeType()));
            return;
        }
        Article a = mapping.toArticle(node, line);
        if (a != null) listener.article(a);
    }
}
