package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 2 acceptance: {@code newsgraph convert ../shared/data/sample/*.txt} prints Turtle with every item of
 * MAPPING.md's "The article" section. Metadata only ({@code --no-nlp}): the NLP part has its own tests.
 */
class SampleArticleConvertTest {
    static final Path SAMPLE = Path.of("../shared/data/sample/moscowtimes-2023-03-13-xi-visit.txt");
    static Model model;
    static String turtle;

    @BeforeAll
    static void convert() {
        assumeTrue(Files.exists(SAMPLE), "../shared/data/sample not present");
        ConvertCommandTest.Run r = ConvertCommandTest.run("convert", "--no-nlp", SAMPLE.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stderr()).contains("1 article, 0 failed, 0 warnings");
        turtle = r.stdout();
        model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(turtle)).lang(Lang.TURTLE).parse(model);
    }

    private static QuerySolution one(String where) {
        String q = "PREFIX schema: <http://schema.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT * { " + where + " }";
        try (QueryExecution qe = QueryExecution.model(model).query(q).build()) {
            var rs = qe.execSelect();
            assertThat(rs.hasNext()).as(where).isTrue();
            return rs.next();
        }
    }

    @Test
    void theArticleHasItsHeadlineWithTheEnDashDateRepairedUrlAndLanguage() {
        QuerySolution s = one("?a a schema:NewsArticle ; schema:headline ?h ; schema:datePublished ?d ; schema:url ?u ;"
                + " schema:mainEntityOfPage ?u ; schema:inLanguage ?l ; schema:wordCount ?w ; schema:articleBody ?b");
        assertThat(s.getLiteral("h").getString()).isEqualTo("China's Xi to Visit Russia 'as Soon as Next Week' – Reports");
        assertThat(s.getLiteral("d").getLexicalForm()).isEqualTo("2023-03-13");
        assertThat(s.getLiteral("d").getDatatypeURI()).isEqualTo("http://www.w3.org/2001/XMLSchema#date");
        assertThat(s.getResource("u").getURI()).isEqualTo(
                "https://www.themoscowtimes.com/2023/03/13/chinas-xi-to-visit-russia-as-soon-as-next-week-reports-a80462");
        assertThat(s.getLiteral("l").getString()).isEqualTo("en");
        assertThat(s.getLiteral("w").getInt()).isGreaterThan(200);
    }

    @Test
    void theBodyIsCleanText() {
        String body = one("?a schema:articleBody ?b").getLiteral("b").getString();
        assertThat(body).startsWith("Chinese President Xi Jinping plans to visit").contains("Reuters reported Monday")
                .contains("sensitivity of the issue.").endsWith("\"spreading false information.\"")
                .doesNotContain("<u>", "</u>", "Related article", "Original url", "TASS / kremlin.ru");
    }

    @Test
    void thePublisherIsTheMoscowTimes() {
        QuerySolution s = one("?a schema:publisher ?p . ?p a schema:NewsMediaOrganization ; schema:name ?n ; schema:url ?u");
        assertThat(s.getLiteral("n").getString()).isEqualTo("The Moscow Times");
        assertThat(s.getResource("u").getURI()).isEqualTo("https://www.themoscowtimes.com/");
    }

    @Test
    void theImageHasCaptionCreditAndTassAsCreditedOrganisation() {
        QuerySolution s = one("?a schema:image ?i . ?i a schema:ImageObject ; schema:caption ?c ; schema:creditText ?t ;"
                + " schema:copyrightHolder ?o . ?o a schema:Organization ; schema:name ?on");
        assertThat(s.getLiteral("c").getString()).isEqualTo("Chinese leader Xi Jinping.");
        assertThat(s.getLiteral("t").getString()).isEqualTo("TASS / kremlin.ru");
        assertThat(s.getLiteral("on").getString()).isEqualTo("TASS");
    }

    @Test
    void theRelatedArticleIsCited() {
        QuerySolution s = one("?a schema:articleBody ?b ; schema:citation ?r . ?r a schema:NewsArticle ; schema:headline ?h");
        assertThat(s.getLiteral("h").getString())
                .isEqualTo("Putin Congratulates China's Xi on Third Term, Hails 'Strengthening' Ties");
    }

    @Test
    void theTurtleIsReadableWithPrefixes() {
        assertThat(turtle).contains("PREFIX schema:").contains("schema:NewsArticle");
    }
}
