package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue: headers, parameter specs from variable names, the shipped copy, and the generated README. */
class QueryCatalogTest {
    static { JenaSystem.init(); }

    private static final Path QUERIES = Path.of("queries");

    @Test
    void checkedInReadmeIsTheCatalogueGeneratedFromTheHeaders() throws Exception {
        String generated = CatalogWriter.markdown(SavedQueryCatalog.fromDirectory(QUERIES));
        String checkedIn = Files.readString(QUERIES.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(checkedIn).as("queries/README.md is stale: run 'newsgraph query --catalog > queries/README.md'")
                .isEqualTo(generated);
    }

    @Test
    void theCopyOnTheClassPathHoldsTheSameQueries() {
        SavedQueryCatalog shipped = SavedQueryCatalog.fromClasspath();
        assertThat(shipped.all()).extracting(SavedQuery::name)
                .containsExactlyElementsOf(SavedQueryCatalog.fromDirectory(QUERIES).all().stream().map(SavedQuery::name).toList());
    }

    @Test
    void parametersAreReadFromVariableNames() {
        SavedQuery q = SavedQuery.parse("t", """
                #+ summary: test
                #+ defaults:
                #+   - limit: 5
                #+ pagination: 10
                SELECT ?x { ?x ?p ?_person_iri ; ?q ?__since_xsd_date ; ?r ?_name_en ; ?s ?__n_integer ; ?t ?_q .
                  FILTER(?x != ?__limit) }
                """);
        assertThat(q.params()).extracting(ParamSpec::name).containsExactly("person", "since", "name", "n", "q", "limit");
        assertThat(q.param("person")).isEqualTo(new ParamSpec("person", "_person_iri", true, ParamType.IRI, null));
        assertThat(q.param("since").required()).isFalse();
        assertThat(q.param("since").type()).isEqualTo(ParamType.DATE);
        assertThat(q.param("name").type()).isEqualTo(ParamType.LANG_STRING);
        assertThat(q.param("name").lang()).isEqualTo("en");
        assertThat(q.param("n").type()).isEqualTo(ParamType.INTEGER);
        assertThat(q.param("q").type()).isEqualTo(ParamType.STRING);
        assertThat(q.param("limit").type()).isEqualTo(ParamType.INTEGER);
        assertThat(q.pagination()).isEqualTo(10);

        BoundQuery b = q.bind(Map.of("person", "https://example.org/p", "name", "Xi", "q", "a \"b\"", "page", "3"));
        String s = b.query().toString();
        assertThat(s).contains("<https://example.org/p>").contains("\"Xi\"@en").contains("\"a \\\"b\\\"\"")
                .contains("?__since_xsd_date").contains("?__n_integer").contains("LIMIT   10").contains("OFFSET  20");
        assertThat(s).as("default for limit").contains("5");
        assertThat(q.query().toString()).as("the parsed query is not modified").contains("?_person_iri");
    }

    @Test
    void aDefaultThatDoesNotFitItsTypeIsRefusedAtLoad() {
        assertThatThrownBy(() -> SavedQuery.parse("t", """
                #+ defaults:
                #+   - since: yesterday
                SELECT * { ?s ?p ?__since_xsd_date }
                """)).hasMessageContaining("since");
    }

    @Test
    void aBrokenQueryFileIsReportedWithItsNameAndTheOthersStillLoad(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.rq"), "#+ summary: fine\nSELECT * { ?s ?p ?o }\n");
        Files.writeString(dir.resolve("bad.rq"), "#+ summary: broken\nSELECT * { ?s ?p }\n");
        SavedQueryCatalog c = SavedQueryCatalog.fromDirectory(dir);
        assertThat(c.all()).extracting(SavedQuery::name).containsExactly("good");
        assertThat(c.problems()).singleElement().asString().startsWith("bad.rq").contains("line 2");
    }

    @Test
    void valuesAreCheckedAgainstTheirType() {
        assertThat(ParamType.IRI.toNode("p", "http://dbpedia.org/resource/Xi_Jinping", null).getURI())
                .isEqualTo("http://dbpedia.org/resource/Xi_Jinping");
        for (String bad : new String[] {"relative/path", "http://x y", "<http://x>", "http://x>} DROP ALL #", ""})
            assertThatThrownBy(() -> ParamType.IRI.toNode("p", bad, null)).as(bad).isInstanceOf(BadParameterException.class);
        assertThat(ParamType.DATE.toNode("d", "2024-02-29", null).getLiteralLexicalForm()).isEqualTo("2024-02-29");
        for (String bad : new String[] {"2023-02-29", "2023-3-1", "today", "2023-03-01T00:00:00Z"})
            assertThatThrownBy(() -> ParamType.DATE.toNode("d", bad, null)).as(bad).isInstanceOf(BadParameterException.class);
        assertThatThrownBy(() -> ParamType.INTEGER.toNode("n", "1.5", null)).isInstanceOf(BadParameterException.class);
        assertThat(ParamType.INTEGER.toNode("n", "-7", null).getLiteralValue()).isEqualTo(-7);
    }

    @Test
    void theExampleInDocsQueriesParsesAndTakesItsDateDefault() throws Exception {
        String doc = Files.readString(Path.of("docs/queries.md"), StandardCharsets.UTF_8);
        String block = doc.substring(doc.indexOf("```sparql") + 9, doc.indexOf("```", doc.indexOf("```sparql") + 9));
        String rq = block.lines().map(String::strip).reduce("", (a, b) -> a + b + "\n");
        SavedQuery q = SavedQuery.parse("articles-citing-source", rq);
        assertThat(q.defaults()).containsEntry("since", "2020-01-01");
        assertThat(q.params()).extracting(ParamSpec::name).containsExactly("source", "since");
        assertThat(q.bind(Map.of("source", "https://w3id.org/newsgraph/id/organization/reuters")).query().toString())
                .contains("\"2020-01-01\"^^xsd:date").contains("LIMIT   50");
    }
}
