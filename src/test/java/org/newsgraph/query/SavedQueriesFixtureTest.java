package org.newsgraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.resultset.ResultSetReaderRegistry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;

/**
 * Every saved query in {@code queries/} parses, and every non-federated one runs against the fixture knowledge graph
 * (loaded into a real TDB2 store with its text index) and gives the expected results. Set
 * {@code -Dqueries.regenerate=true} to rewrite the expected files from the actual results (then review the diff).
 */
class SavedQueriesFixtureTest {
    static { JenaSystem.init(); }

    @TempDir static Path storeDir;
    static NewsStore store;
    static SavedQueryCatalog catalog;

    @BeforeAll
    static void loadFixture() {
        store = NewsStore.open(storeDir);
        QueryFixture.load(store);
        catalog = SavedQueryCatalog.fromDirectory(Path.of("queries"));
    }

    @AfterAll
    static void close() { store.close(); }

    @Test
    void everySavedQueryFileParsesWithAHeader() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        assertThat(catalog.problems()).isEmpty();
        assertThat(files).hasSizeGreaterThanOrEqualTo(12);
        assertThat(catalog.all()).hasSameSizeAs(files);
        for (SavedQuery q : catalog.all()) {
            assertThat(q.name()).as("kebab-case name").matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(q.summary()).as(q.name() + " summary").isNotBlank().isNotEqualTo(q.name());
            assertThat(q.description()).as(q.name() + " description").isNotBlank();
            assertThat(q.tags()).as(q.name() + " tags").isNotEmpty();
        }
    }

    @Test
    void exactlyTheWikidataQueryIsFederated() {
        assertThat(catalog.all().stream().filter(SavedQuery::federated).map(SavedQuery::name))
                .containsExactly("wikidata-person-facts");
        assertThat(catalog.get("wikidata-person-facts").orElseThrow().text()).contains("SERVICE <https://query.wikidata.org/sparql>");
    }

    @Test
    void everyNonFederatedQueryHasAnExpectedResultsCase() {
        Set<String> covered = new TreeSet<>();
        QueryFixture.cases().forEach(c -> covered.add(c.query()));
        Set<String> local = new TreeSet<>();
        catalog.all().stream().filter(q -> !q.federated()).forEach(q -> local.add(q.name()));
        assertThat(covered).containsExactlyInAnyOrderElementsOf(local);
    }

    @TestFactory
    Stream<DynamicTest> savedQueriesGiveTheExpectedResultsOnTheFixture() {
        return QueryFixture.cases().stream().map(c -> DynamicTest.dynamicTest(c.name() + " (" + c.query() + ")", () -> check(c)));
    }

    private static void check(QueryFixture.Case c) throws Exception {
        SavedQuery q = catalog.get(c.query()).orElseThrow(() -> new AssertionError("no saved query " + c.query()));
        BoundQuery bound = q.bind(c.params());
        boolean graph = bound.query().isConstructType();
        ResultFormat fmt = graph ? ResultFormat.NTRIPLES : ResultFormat.TSV;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SavedQueryRunner.over(store.dataset()).run(bound, fmt, out);
        Path expected = QueryFixture.EXPECTED.resolve(c.name() + (graph ? ".ttl" : ".tsv"));
        if (Boolean.getBoolean("queries.regenerate")) {
            Files.createDirectories(expected.getParent());
            if (graph) {
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NTRIPLES).parse(g);
                try (var os = Files.newOutputStream(expected)) {
                    org.apache.jena.riot.RDFWriter.source(g).format(org.apache.jena.riot.RDFFormat.TURTLE_PRETTY).output(os);
                }
            } else {
                Files.write(expected, out.toByteArray());
            }
        }
        assertThat(expected).as("expected results file").exists();
        if (graph) {
            Graph actual = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NTRIPLES).parse(actual);
            Graph want = RDFDataMgr.loadGraph(expected.toString());
            assertThat(actual.isIsomorphicWith(want)).as(c.name() + ": graph isomorphic to " + expected).isTrue();
            assertThat(actual.size()).isGreaterThan(0);
        } else {
            ResultSetRewindable actual = read(out.toByteArray());
            ResultSetRewindable want = read(Files.readAllBytes(expected));
            // ngf: functions and text:query give their rows in a documented order (text:query: best hit first), which
            // the queries keep instead of sorting.
            boolean ordered = bound.query().hasOrderBy() || q.text().contains("ngf:") || q.text().contains("text:query");
            boolean same = ordered ? ResultSetCompare.equalsByTermAndOrder(actual, want) : ResultSetCompare.equalsByTerm(actual, want);
            actual.reset();
            assertThat(same).as(c.name() + ": results equal " + expected + "; actual:\n" + out.toString(StandardCharsets.UTF_8)).isTrue();
        }
    }

    private static ResultSetRewindable read(byte[] tsv) {
        ResultSet rs = ResultSetReaderRegistry.getFactory(ResultSetLang.RS_TSV).create(ResultSetLang.RS_TSV)
                .read(new ByteArrayInputStream(tsv), null);
        return ResultSetFactory.makeRewindable(rs);
    }

    @Test
    void fullTextSearchFindsAnArticleByABodyWord() {
        String out = runToString("search-articles", Map.of("q", "howitzers"), ResultFormat.CSV);
        assertThat(out).contains("https://w3id.org/newsgraph/id/article/0b6f2e9d4c1a8735")
                .contains("One Year On, Scholz Pledges");
        assertThat(out.lines().count()).as("header + one article").isEqualTo(2);
    }

    @Test
    void optionalParameterLeftOutMatchesEverything() {
        String all = runToString("articles-by-publisher", Map.of(), ResultFormat.CSV);
        assertThat(all.lines().count()).isEqualTo(1 + 6);
    }

    @Test
    void badParametersAreRejectedBeforeAnyQueryRuns() {
        SavedQuery q = catalog.get("articles-about-person").orElseThrow();
        long before = SavedQueryRunner.executions();
        List<Map<String, String>> bad = new ArrayList<>();
        bad.add(Map.of("person", "\"> } DROP ALL #"));
        bad.add(Map.of("person", "https://w3id.org/newsgraph/id/person/xi-jinping> } ; DROP ALL ; #"));
        bad.add(Map.of("person", "xi-jinping"));
        bad.add(Map.of("person", "https://w3id.org/x", "since", "2023-13-45"));
        bad.add(Map.of("person", "https://w3id.org/x", "since", "\"2023-01-01\"^^xsd:date) || true || (\""));
        bad.add(Map.of("person", "https://w3id.org/x", "page", "-1"));
        bad.add(Map.of("person", "https://w3id.org/x", "sinc", "2023-01-01"));
        bad.add(Map.of());
        for (Map<String, String> params : bad) {
            assertThatThrownBy(() -> SavedQueryRunner.over(store.dataset()).run(q.bind(params), ResultFormat.JSON, new ByteArrayOutputStream()))
                    .as(params.toString()).isInstanceOf(BadParameterException.class);
        }
        assertThatThrownBy(() -> q.bind(Map.of("person", "not an iri"))).hasMessageContaining("parameter 'person'")
                .hasMessageContaining("not an absolute IRI");
        assertThatThrownBy(() -> q.bind(Map.of("person", "https://w3id.org/x", "since", "2023-13-45")))
                .hasMessageContaining("parameter 'since'").hasMessageContaining("date");
        assertThatThrownBy(() -> q.bind(Map.of())).hasMessageContaining("parameter 'person'").hasMessageContaining("required");
        SavedQuery people = catalog.get("people-most-mentioned").orElseThrow();
        assertThatThrownBy(() -> people.bind(Map.of("min_articles", "2; DROP"))).hasMessageContaining("parameter 'min_articles'");
        assertThat(SavedQueryRunner.executions()).as("no query ran").isEqualTo(before);
    }

    @Test
    void aStringParameterIsBoundAsOneLiteralNotAsSyntax() {
        String attack = "xyzzy\" } DROP ALL #";
        BoundQuery bound = catalog.get("search-articles").orElseThrow().bind(Map.of("q", attack));
        assertThat(bound.bindings().get(org.apache.jena.sparql.core.Var.alloc("_q")))
                .isEqualTo(org.apache.jena.graph.NodeFactory.createLiteralString(attack));
        // The bound query, written out and read back (as sent to a remote endpoint), is the same query.
        org.apache.jena.query.Query reparsed = org.apache.jena.query.QueryFactory.create(bound.query().serialize());
        assertThat(reparsed).isEqualTo(bound.query());
        long size = store.size();
        String out = runToString("search-articles", Map.of("q", "xyzzy DROP ALL"), ResultFormat.CSV);
        assertThat(out.lines().count()).isEqualTo(1);
        assertThat(store.size()).isEqualTo(size);
    }

    @Test
    void defaultsFromTheHeaderApplyWhenAParameterIsLeftOut() {
        SavedQuery q = catalog.get("people-most-mentioned").orElseThrow();
        assertThat(q.defaults()).containsEntry("min_articles", "1");
        assertThat(q.bind(Map.of()).query().toString()).contains(">= 1");
    }

    private static String runToString(String name, Map<String, String> params, ResultFormat fmt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SavedQueryRunner.over(store.dataset()).run(catalog.get(name).orElseThrow().bind(new LinkedHashMap<>(params)), fmt, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
