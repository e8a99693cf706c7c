package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.read.ArticleReader;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadListener;
import org.newsgraph.read.ReaderRegistry;

/** Failures inside the pipeline: a broken input is reported and skipped; a fatal error is not swallowed. */
class ConversionTest {

    @BeforeAll
    static void init() { org.apache.jena.sys.JenaSystem.init(); }

    /** A reader for ".boom" files: one article, then the failure named in the file. */
    static final class FailingReader implements ArticleReader {
        @Override public String name() { return "boom"; }
        @Override public List<String> extensions() { return List.of("boom"); }
        @Override public List<String> mediaTypes() { return List.of(); }

        @Override public boolean sniff(byte[] head, String logicalName) { return logicalName.endsWith(".boom"); }

        @Override
        public void read(InputSource input, ReadListener listener) throws java.io.IOException {
            String what = new String(input.open().readAllBytes(), StandardCharsets.UTF_8).strip();
            listener.article(Article.builder(input.name()).headline("Before the failure in " + input.name()).build());
            if (what.equals("runtime")) throw new IllegalStateException("reader bug");
            if (what.equals("error")) throw new AssertionError("fatal");
        }
    }

    private static InputSource text(String name, String headline) {
        return InputSource.ofBytes(name, (headline + "\n\nMay 2, 2024\n\nBody text.\n\nOriginal url: https://example.org/" + name)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Conversion conversion(int threads, List<String> delivered, List<Problem> problems) {
        return Conversion.create()
                .readers(ReaderRegistry.standard().register(new FailingReader()))
                .mapper(ArticleMapper.create().build())
                .sink((g, quads) -> { })
                .onArticle(a -> delivered.add(a.headline()))
                .onProblem(problems::add)
                .threads(threads);
    }

    @ParameterizedTest(name = "{0} thread(s)")
    @ValueSource(ints = {1, 2})
    void aReaderFailingOnOneInputIsReportedAndTheOtherInputsAreConverted(int threads) {
        List<String> delivered = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ConversionReport r = conversion(threads, delivered, problems).run(List.of(
                text("a.txt", "First"), InputSource.ofBytes("b.boom", "runtime".getBytes(StandardCharsets.UTF_8)),
                text("c.txt", "Third")));
        assertThat(delivered).containsExactly("First", "Before the failure in b.boom", "Third");
        assertThat(problems).extracting(Problem::toString).containsExactly("b.boom: error: cannot read: reader bug");
        assertThat(r.summary()).isEqualTo("3 articles, 1 failed, 0 warnings");
    }

    @ParameterizedTest(name = "{0} thread(s)")
    @ValueSource(ints = {1, 2})
    void aFatalErrorInTheReaderIsThrownNotSwallowed(int threads) {
        List<String> delivered = new ArrayList<>();
        assertThatThrownBy(() -> conversion(threads, delivered, new ArrayList<>()).run(List.of(
                text("a.txt", "First"), InputSource.ofBytes("b.boom", "error".getBytes(StandardCharsets.UTF_8)),
                text("c.txt", "Third"))))
                .isInstanceOf(AssertionError.class).hasMessage("fatal");
        assertThat(delivered).doesNotContain("Third");
    }
}
