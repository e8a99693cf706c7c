package org.newsgraph.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sys.JenaSystem;
import org.newsgraph.model.Agent;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.ArticleMapper;

/**
 * Writes a synthetic corpus of N news articles as N-Quads, mapped by the real {@link ArticleMapper} (one named graph
 * per article). Deterministic (fixed seed). Usage: {@code CorpusGenerator N OUT.nq}.
 */
public final class CorpusGenerator {
    private static final String[] WORDS = ("rain flood harvest market bank rates inflation election minister council "
            + "river bridge school hospital strike port energy wind solar wheat prices court ruling festival museum "
            + "trade export union police storm drought housing rent transport rail airport budget tax").split(" ");
    private static final String[] FIRST = "Ana Luis Marta Jon Sara Pau Elena Omar Ines Hugo Lea Ivan Nora Tomas Rosa".split(" ");
    private static final String[] LAST = "Ruiz Gomez Klein Weber Rossi Silva Novak Haddad Costa Berg Marin Lund".split(" ");
    private static final String[][] OUTLETS = {{"Daily Example", "https://daily.example.com"},
            {"News Example", "https://news.example.org"}, {"The Courier", "https://courier.example.net"},
            {"Metro Wire", "https://metro.example.io"}};
    private static final String[] SECTIONS = "world politics economy science culture sport".split(" ");

    public static void main(String[] args) throws Exception {
        JenaSystem.init();
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long t0 = System.nanoTime();
        generate(n, out);
        System.err.printf("generated %,d articles into %s (%,d bytes) in %.1f s%n", n, out, Files.size(out),
                (System.nanoTime() - t0) / 1e9);
    }

    public static void generate(int n, Path out) throws Exception {
        ArticleMapper mapper = ArticleMapper.create().build();
        Random rnd = new Random(42);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            w.start();
            for (int i = 0; i < n; i++) mapper.map(article(i, rnd), w);
            w.finish();
        }
    }

    static Article article(int i, Random rnd) {
        String[] outlet = OUTLETS[i % OUTLETS.length];
        String headline = cap(words(rnd, 6)) + " " + i;
        StringBuilder body = new StringBuilder();
        for (int s = 0; s < 6; s++) body.append(cap(words(rnd, 12))).append(". ");
        Article.Builder b = Article.builder("bench-" + i)
                .url(outlet[1] + "/" + LocalDate.of(2024, 1, 1).plusDays(i % 365) + "/story-" + i)
                .headline(headline)
                .datePublished(LocalDate.of(2024, 1, 1).plusDays(i % 365))
                .publisher(Agent.organization(outlet[0], outlet[1]))
                .author(Agent.person(FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)]))
                .description(cap(words(rnd, 15)) + ".")
                .body(body.toString().strip())
                .language("en")
                .section(SECTIONS[rnd.nextInt(SECTIONS.length)]);
        b.keyword(WORDS[rnd.nextInt(WORDS.length)]).keyword(WORDS[rnd.nextInt(WORDS.length)]);
        return b.build();
    }

    private static String words(Random rnd, int k) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < k; j++) {
            if (j > 0) sb.append(' ');
            sb.append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String cap(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }
}
