package org.newsgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.newsgraph.model.Article;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadListener;
import org.newsgraph.read.html.HtmlArticleReader;

/**
 * Prints one JSON line {@code {source, body, headline}} per HTML page given (files or directories), the input that
 * {@code ../shared/tools/score_maintext.py} scores:
 * <pre>
 *   java -cp target/classes:target/test-classes:$(cat cp.txt) org.newsgraph.bench.HtmlBodies ../shared/data/html &gt; bodies.jsonl
 *   python3 ../shared/tools/score_maintext.py ../shared/data/html/evaldata-dev.json bodies.jsonl
 * </pre>
 */
public final class HtmlBodies {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        HtmlArticleReader reader = HtmlArticleReader.create();
        for (String arg : args) {
            Path p = Path.of(arg);
            try (var files = Files.isDirectory(p) ? Files.list(p) : java.util.stream.Stream.of(p)) {
                for (Path f : files.filter(x -> x.toString().matches(".*\\.html?$")).sorted().toList()) {
                    Optional<Article> a;
                    try (InputStream in = Files.newInputStream(f)) {
                        a = reader.readPage(in, null, f.toString(), null, null, new ReadListener() {
                            @Override public void article(Article article) {}

                            @Override public void problem(Problem problem) { System.err.println(problem); }
                        });
                    }
                    ObjectNode o = json.createObjectNode().put("source", f.toString());
                    a.ifPresent(x -> o.put("body", x.body()).put("headline", x.headline()));
                    System.out.println(json.writeValueAsString(o));
                }
            }
        }
    }
}
