package org.newsgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One oversized article is refused, located, before NLP; the good article next to it is converted. */
class ArticleLimitsTest {
    static final String GOOD = StdoutFailureTest.ARTICLE;

    record Out(Cli.Run run, String stdout) {}

    static Out convert(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli.Run r = Cli.inProcess(new PrintStream(out, true, StandardCharsets.UTF_8), args);
        return new Out(r, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTenMegabyteSingleLineArticleIsRefusedBeforeNlpAndTheGoodOneIsKept(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), GOOD);
        String huge = ("The committee met again on Tuesday and said that the harbour would reopen soon. ").repeat(125_000);
        Files.writeString(dir.resolve("b-huge.jsonl"), "{\"headline\": \"A very long one\", \"body\": \"" + huge + "\"}\n");
        // NLP on (the real CoreNLP pipeline), linking off
        Out o = convert("convert", "--no-link", "--threads", "2", "-f", "nquads", dir.toString());
        assertThat(o.run().exit()).as(o.run().stderr()).isEqualTo(4);
        assertThat(o.run().stderr()).contains("b-huge.jsonl:1: error: ").contains("--max-body")
                .contains("1 article, 1 failed");
        assertThat(o.stdout()).contains("Harbour Cranes Return to Service");
    }

    @Test
    void theLimitIsAnOption(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), GOOD);
        Out refused = convert("convert", "--no-nlp", "--max-body", "100", in.toString());
        assertThat(refused.run().exit()).isEqualTo(4);
        assertThat(refused.run().stderr()).contains("a.txt: error: articleBody: article text of").contains("over the limit of 100");
        assertThat(convert("convert", "--no-nlp", "--max-body", "1k", in.toString()).run().exit()).isZero();
    }
}
