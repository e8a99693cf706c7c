package org.newsgraph.read.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Agent;
import org.newsgraph.model.Article;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadListener;
import org.newsgraph.read.ReaderRegistry;

/** Issue 11's acceptance points on the real dev pages in ../shared/data/html. */
class DevPagesTest {
    static final Path DEV = Path.of("../shared/data/html");

    static Article read(String name, String as) throws IOException {
        Path page = DEV.resolve(name);
        assumeTrue(Files.exists(page), "../shared/data/html not present");
        byte[] bytes = Files.readAllBytes(page);
        InputSource in = InputSource.ofBytes(as, bytes);
        ReaderRegistry.Selection sel = ReaderRegistry.standard().select(in);
        List<Article> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        sel.reader().read(sel.input(), new ReadListener() {
            @Override public void article(Article a) { out.add(a); }

            @Override public void problem(Problem p) { problems.add(p); }
        });
        assertThat(problems).noneMatch(Problem::isError);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    @Test
    void bbcPageGivesHeadlineDateWithOffsetPublisherAndACleanBody() throws IOException {
        Article a = read("bbc.com.52241221.html", "bbc.com.52241221.html");
        assertThat(a.headline()).isEqualTo("New York ramps up mass burials amid virus outbreak");
        assertThat(a.datePublished()).isEqualTo(OffsetDateTime.parse("2020-04-10T17:58:15+01:00"));
        assertThat(a.publisher().name()).isEqualTo("BBC News");
        assertThat(a.publisher().kind()).isEqualTo(Agent.Kind.ORGANIZATION);
        assertThat(a.publisher().logo()).startsWith("https://www.bbc.co.uk/");
        assertThat(a.url()).isEqualTo("https://www.bbc.com/news/world-us-canada-52241221");
        assertThat(a.body()).startsWith("Images have emerged of coffins being buried in a mass grave in New York City")
                .contains("\n\nWorkers in hazmat outfits")
                .doesNotContain("function(", "window.", "{", "Top Stories", "Share this with", "Media playback",
                        "Image copyright", "Can we answer your question");
        assertThat(a.language()).startsWith("en");
    }

    @Test
    void theSamePageSavedAsTextGivesTheSameArticle() throws IOException {
        Article html = read("bbc.com.52241221.html", "bbc.com.52241221.html");
        Article txt = read("bbc.com.52241221.html", "saved-page.txt");
        Article bare = read("bbc.com.52241221.html", "saved-page");
        assertThat(txt).usingRecursiveComparison().ignoringFields("source").isEqualTo(html);
        assertThat(bare).usingRecursiveComparison().ignoringFields("source").isEqualTo(html);
    }

    @Test
    void independentAndReutersGivePersonAuthors() throws IOException {
        Article ind = read("independent.co.uk.penalty.html", "independent.co.uk.penalty.html");
        Article reu = read("reuters.com.parasite.html", "reuters.com.parasite.html");
        assertThat(ind.authors()).isNotEmpty().allMatch(x -> x.kind() == Agent.Kind.PERSON);
        assertThat(reu.authors()).isNotEmpty().allMatch(x -> x.kind() == Agent.Kind.PERSON);
    }
}
