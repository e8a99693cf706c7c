package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.Conversion;
import org.newsgraph.pipeline.ConversionReport;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.sink.ArticleSink;
import org.newsgraph.vocab.SDO;

/**
 * Large JSON inputs stream: articles reach the listener while the input is still being produced, and a conversion
 * of 20,000 generated articles delivers them all, in order, through a counting sink that keeps nothing.
 */
class StreamingReadTest {
    private static final int N = 20_000;

    @BeforeAll
    static void init() { org.apache.jena.sys.JenaSystem.init(); }

    /** Generates a JSON array or JSON Lines of {@code n} articles on the fly; {@link #produced} counts bytes served. */
    static final class GeneratedArticles extends InputStream {
        private final int n;
        private final boolean array;
        private int next;
        private byte[] chunk = new byte[0];
        private int pos;
        final AtomicLong produced = new AtomicLong();

        GeneratedArticles(int n, boolean array) {
            this.n = n;
            this.array = array;
            this.chunk = (array ? "[\n" : "").getBytes(StandardCharsets.UTF_8);
        }

        static String article(int i) {
            return "{\"url\": \"https://news.example.com/2024/01/story-" + i + "\", \"headline\": \"Story number " + i
                    + "\", \"datePublished\": \"2024-01-" + String.format("%02d", 1 + i % 28) + "T08:00:00Z\", \"authors\": [{\"name\": \"Reporter "
                    + (i % 50) + "\"}], \"body\": \"Paragraph one of story " + i + ".\\n\\nParagraph two.\"}";
        }

        private boolean refill() {
            if (next > n) return false;
            String s;
            if (next == n) s = array ? "\n]\n" : "";
            else s = article(next) + (array ? (next < n - 1 ? ",\n" : "") : "\n");
            next++;
            chunk = s.getBytes(StandardCharsets.UTF_8);
            pos = 0;
            return true;
        }

        @Override
        public int read() {
            while (pos >= chunk.length) if (!refill()) return -1;
            produced.incrementAndGet();
            return chunk[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            while (pos >= chunk.length) if (!refill()) return -1;
            int k = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, k);
            pos += k;
            produced.addAndGet(k);
            return k;
        }
    }

    private static void readsAsAStream(String name, boolean array) throws IOException {
        GeneratedArticles gen = new GeneratedArticles(N, array);
        InputSource src = new InputSource(name, () -> gen);
        long[] producedAtFirst = {-1};
        AtomicLong count = new AtomicLong();
        List<Problem> problems = new ArrayList<>();
        new JsonArticleReader().read(src, new ReadListener() {
            @Override public void article(Article a) {
                if (count.getAndIncrement() == 0) producedAtFirst[0] = gen.produced.get();
                if (count.get() == 1) assertThat(a.headline()).isEqualTo("Story number 0");
            }

            @Override public void problem(Problem p) { problems.add(p); }
        });
        assertThat(problems).isEmpty();
        assertThat(count.get()).isEqualTo(N);
        // The first article arrived after at most a few buffers of input, not after the whole ~4 MB.
        assertThat(producedAtFirst[0]).isLessThan(gen.produced.get() / 10);
    }

    @Test
    void hugeJsonArrayIsReadElementByElement() throws IOException {
        readsAsAStream("big.json", true);
    }

    @Test
    void hugeJsonLinesIsReadLineByLine() throws IOException {
        readsAsAStream("big.jsonl", false);
    }

    @Test
    void conversionOfTwentyThousandArticlesDeliversAllInOrderOnTwoThreads() {
        GeneratedArticles gen = new GeneratedArticles(N, false);
        AtomicLong quads = new AtomicLong();
        List<String> outOfOrder = new ArrayList<>();
        long[] seen = {0};
        ArticleSink counting = (Node graph, List<Quad> qs) -> {
            quads.addAndGet(qs.size());
            String expected = "Story number " + seen[0]++;
            boolean ok = qs.stream().anyMatch(q -> q.getPredicate().equals(SDO.headline)
                    && q.getSubject().equals(graph) && q.getObject().getLiteralLexicalForm().equals(expected));
            if (!ok && outOfOrder.size() < 5) outOfOrder.add(expected);
        };
        ConversionReport r = Conversion.create().mapper(ArticleMapper.create().build()).sink(counting).threads(2)
                .run(List.of(new InputSource("big.jsonl", () -> gen)));
        assertThat(r.articles()).isEqualTo(N);
        assertThat(r.failed()).isZero();
        assertThat(r.quads()).isEqualTo(quads.get()).isGreaterThan(N * 10L);
        assertThat(outOfOrder).as("articles delivered in input order").isEmpty();
    }

    @Test
    void malformedElementInAJsonArrayKeepsTheArticlesBeforeItAndIsLocated() throws IOException {
        String json = "[\n" + GeneratedArticles.article(0) + ",\n" + GeneratedArticles.article(1) + ",\n{\"headline\": \"x\" \"url\": 1}\n]";
        List<Article> arts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new JsonArticleReader().read(InputSource.ofBytes("a.json", json.getBytes(StandardCharsets.UTF_8)), listener(arts, problems));
        assertThat(arts).extracting(Article::headline).containsExactly("Story number 0", "Story number 1");
        assertThat(problems).extracting(Problem::toString)
                .singleElement().asString().startsWith("a.json:4:18: error: malformed JSON: Unexpected character");
    }

    @Test
    void malformedLineInJsonLinesCostsOnlyThatLine() throws IOException {
        String jsonl = GeneratedArticles.article(0) + "\n{\"headline\": \n" + GeneratedArticles.article(2) + "\n";
        List<Article> arts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new JsonArticleReader().read(InputSource.ofBytes("a.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)), listener(arts, problems));
        assertThat(arts).extracting(Article::headline).containsExactly("Story number 0", "Story number 2");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.toString()).startsWith("a.jsonl:2:");
        });
    }

    @Test
    void inputWithoutKnownExtensionIsSniffed() throws IOException {
        ReaderRegistry reg = ReaderRegistry.standard();
        byte[] json = ("  \n" + GeneratedArticles.article(7)).getBytes(StandardCharsets.UTF_8);
        assertThat(reg.select(InputSource.ofBytes("export.dat", json)).reader().name()).isEqualTo("json");
        byte[] text = "Headline\n\nMarch 1, 2024\n\nBody.".getBytes(StandardCharsets.UTF_8);
        assertThat(reg.select(InputSource.ofBytes("export.dat", text)).reader().name()).isEqualTo("text");
    }

    @Test
    void captionCreditIsNotAQuotedSentenceEnd() {
        assertThat(PlainTextArticleReader.caption("Dockers march in Rotterdam. ANP / Reuters"))
                .satisfies(c -> assertThat(c.credit()).isEqualTo("ANP / Reuters"));
        assertThat(PlainTextArticleReader.caption("The union said talks would resume. He said \"no.\"")).isNull();
        assertThat(PlainTextArticleReader.caption("The union said talks would resume Monday.")).isNull();
        assertThat(PlainTextArticleReader.caption("Photo: Getty Images").credit()).isEqualTo("Getty Images");
    }

    private static ReadListener listener(List<Article> arts, List<Problem> problems) {
        return new ReadListener() {
            @Override public void article(Article a) { arts.add(a); }

            @Override public void problem(Problem p) { problems.add(p); }
        };
    }
}
