package org.newsgraph.store.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.NewsStore;

/**
 * The article index on a real (in-memory) TDB2 store: what it counts, the order it gives, and that a committed write
 * is seen by the next query. The saved queries built on it are checked against the fixture knowledge graph in
 * {@code SavedQueriesFixtureTest}.
 */
class ArticleIndexTest {
    static { JenaSystem.init(); }

    static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX ex: <https://example.org/>
            PREFIX ngf: <https://w3id.org/newsgraph/fn#>
            """;

    /** Three articles: two on 1 March (10:00 and 08:00), one on 3 March; Ada in all, Bo in two, Cy in one. */
    static final String DATA = PREFIXES + """
            ex:a1 { ex:a1 a schema:NewsArticle ; schema:headline "one" ; schema:datePublished "2024-03-01T10:00:00Z"^^xsd:dateTime ;
                      schema:about ex:ada ; schema:mentions ex:bo, ex:paris ; schema:isBasedOn ex:agency .
                    ex:ada a schema:Person ; schema:name "Ada" .  ex:bo a schema:Person ; schema:name "Bo" .
                    ex:paris a schema:City ; schema:name "Paris" .  ex:agency a schema:Organization ; schema:name "Agency" .
                    ex:q1 a schema:Quotation ; schema:text "Yes." ; schema:spokenByCharacter ex:ada ; schema:isPartOf ex:a1 . }
            ex:a2 { ex:a2 a schema:NewsArticle ; schema:headline "two" ; schema:datePublished "2024-03-01T08:00:00Z"^^xsd:dateTime ;
                      schema:about ex:ada ; schema:mentions ex:ada, ex:cy .
                    ex:ada a schema:Person ; schema:name "Ada" .  ex:cy a schema:Person ; schema:name "Cy" . }
            ex:a3 { ex:a3 a schema:NewsArticle ; schema:headline "three" ; schema:datePublished "2024-03-03"^^xsd:date ;
                      schema:mentions ex:ada, ex:bo, ex:nameless .
                    ex:ada a schema:Person ; schema:name "Ada" .  ex:bo a schema:Person ; schema:name "Bo" .
                    ex:nameless a schema:Person .
                    ex:q3 a schema:Quotation ; schema:text "No." ; schema:creator ex:ada ; schema:isPartOf ex:a3 . }
            """;

    static NewsStore store() {
        NewsStore store = NewsStore.inMemory();
        Txn.executeWrite(store.dataset(), () ->
                RDFParser.create().source(new StringReader(DATA)).lang(Lang.TRIG).parse(store.dataset()));
        return store;
    }

    static Node ex(String local) { return NodeFactory.createURI("https://example.org/" + local); }

    static int day(String d) { return (int) LocalDate.parse(d).toEpochDay(); }

    @Test
    void countsDistinctArticlesPerNamedEntityOfTheClassMostFirst() {
        try (NewsStore store = store()) {
            ArticleIndex index = store.articleIndex();
            assertThat(index.articleCount()).isEqualTo(3);
            var people = index.entityCounts(ArticleIndex.PERSON, Integer.MIN_VALUE, Integer.MAX_VALUE, null);
            // Ada: about and mentions in a2 counts once; the nameless person is left out, as the SPARQL it replaces did.
            assertThat(people).extracting(ArticleIndex.Count::name, ArticleIndex.Count::articles)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Ada", 3), org.assertj.core.groups.Tuple.tuple("Bo", 2),
                            org.assertj.core.groups.Tuple.tuple("Cy", 1));
            assertThat(people.get(1).lastDay()).isEqualTo(day("2024-03-03"));
            var places = index.entityCounts(ArticleIndex.ANY_PLACE, Integer.MIN_VALUE, Integer.MAX_VALUE, null);
            assertThat(places).extracting(ArticleIndex.Count::node).containsExactly(ex("paris"));
        }
    }

    @Test
    void dayRangesAreInclusiveAndWorkOnDatesAndDateTimes() {
        try (NewsStore store = store()) {
            ArticleIndex index = store.articleIndex();
            assertThat(index.entityCounts(ArticleIndex.PERSON, day("2024-03-01"), day("2024-03-01"), null))
                    .extracting(ArticleIndex.Count::name).containsExactly("Ada", "Bo", "Cy");
            assertThat(index.entityCounts(ArticleIndex.PERSON, day("2024-03-02"), day("2024-03-03"), null))
                    .extracting(ArticleIndex.Count::name).containsExactly("Ada", "Bo");
            assertThat(index.entityCounts(ArticleIndex.PERSON, day("2024-03-04"), Integer.MAX_VALUE, null)).isEmpty();
            assertThat(index.entityCounts(ArticleIndex.PERSON, Integer.MIN_VALUE, Integer.MAX_VALUE, ex("cy")))
                    .extracting(ArticleIndex.Count::name).containsExactly("Ada");
        }
    }

    @Test
    void articlesComeNewestFirstByTimeOfDayAndOneRowPerRelation() {
        try (NewsStore store = store()) {
            List<String> rows = new ArrayList<>();
            Txn.executeRead(store.dataset(), () -> store.articleIndex()
                    .articles(ex("ada"), null, Integer.MIN_VALUE, Integer.MAX_VALUE, true, true)
                    .forEachRemaining(r -> rows.add(r.article().getLocalName() + ":" + r.relation())));
            assertThat(rows).containsExactly("a3:2", "a1:1", "a2:1", "a2:2");
            List<String> oldest = new ArrayList<>();
            Txn.executeRead(store.dataset(), () -> store.articleIndex()
                    .articles(ex("ada"), null, Integer.MIN_VALUE, Integer.MAX_VALUE, false, false)
                    .forEachRemaining(r -> oldest.add(r.article().getLocalName())));
            assertThat(oldest).containsExactly("a2", "a1", "a3");
            // a publisher the store does not know has no articles, with or without an entity
            Txn.executeRead(store.dataset(), () -> {
                assertThat(store.articleIndex().articles(ex("ada"), ex("nobody"), Integer.MIN_VALUE, Integer.MAX_VALUE, true, true)).isExhausted();
                assertThat(store.articleIndex().articles(null, ex("nobody"), Integer.MIN_VALUE, Integer.MAX_VALUE, true, true)).isExhausted();
            });
        }
    }

    @Test
    void pairsAreCountedOncePerArticleInIriOrder() {
        try (NewsStore store = store()) {
            var pairs = store.articleIndex().pairCounts(ArticleIndex.PERSON, Integer.MIN_VALUE, Integer.MAX_VALUE);
            assertThat(pairs).extracting(p -> p.firstName() + "+" + p.secondName() + "=" + p.articles())
                    .containsExactly("Ada+Bo=2", "Ada+Cy=1");
        }
    }

    @Test
    void quotationsOfASpeakerNewestFirst() {
        try (NewsStore store = store()) {
            var out = select(store, "SELECT ?text { (?q ?a ?day) ngf:quotes (ex:ada) GRAPH ?a { ?q schema:text ?text } }", "text");
            assertThat(out).containsExactly("No.", "Yes.");
        }
    }

    @Test
    void aCommittedWriteIsSeenByTheNextQuery() {
        try (NewsStore store = store()) {
            String q = "SELECT ?n { (?p ?n) ngf:entityCounts (schema:Person) FILTER(?p = ex:cy) }";
            assertThat(select(store, q, "n")).containsExactly("1");
            Txn.executeWrite(store.dataset(), () -> RDFParser.create().source(new StringReader(PREFIXES + """
                    ex:a4 { ex:a4 schema:datePublished "2024-03-05"^^xsd:date ; schema:about ex:cy .
                            ex:cy a schema:Person ; schema:name "Cy" . }""")).lang(Lang.TRIG).parse(store.dataset()));
            assertThat(select(store, q, "n")).containsExactly("2");
        }
    }

    @Test
    void theIndexIsSavedBesideTheStoreAndNotUsedOnceTheStoreChanged(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String q = "SELECT ?n { (?p ?n) ngf:entityCounts (schema:Person) FILTER(?p = ex:cy) }";
        try (NewsStore store = NewsStore.open(dir)) {
            Txn.executeWrite(store.dataset(), () ->
                    RDFParser.create().source(new StringReader(DATA)).lang(Lang.TRIG).parse(store.dataset()));
            assertThat(select(store, q, "n")).containsExactly("1");
        }
        assertThat(dir.resolve(ArticleIndexFile.NAME)).isRegularFile();
        assertThat(savedIndex(dir)).as("the saved index matches the closed store").isNotNull();
        assertThat(savedIndex(dir).articleCount()).isEqualTo(3);
        try (NewsStore store = NewsStore.open(dir)) {
            // read back from the file: the same answers, articles decoded from their saved TDB2 ids
            assertThat(select(store, q, "n")).containsExactly("1");
            assertThat(select(store, "SELECT ?a { (?a) ngf:articles (ex:ada ?p ?s ?u \"oldest\") }", "a"))
                    .containsExactly("https://example.org/a2", "https://example.org/a1", "https://example.org/a3");
            Txn.executeWrite(store.dataset(), () -> RDFParser.create().source(new StringReader(PREFIXES + """
                    ex:a4 { ex:a4 schema:datePublished "2024-03-05"^^xsd:date ; schema:about ex:cy .
                            ex:cy a schema:Person ; schema:name "Cy" . }""")).lang(Lang.TRIG).parse(store.dataset()));
        }
        assertThat(savedIndex(dir)).as("the saved index predates the write").isNull();
        try (NewsStore store = NewsStore.open(dir)) {
            assertThat(select(store, q, "n")).containsExactly("2");
        }
        assertThat(savedIndex(dir).articleCount()).as("saved again, rebuilt").isEqualTo(4);
    }

    private static ArticleIndex savedIndex(java.nio.file.Path dir) {
        try {
            return ArticleIndexFile.read(dir, ArticleIndexFile.fingerprint(dir.resolve("tdb2")), id -> null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void badArgumentsAreQueryErrors() {
        try (NewsStore store = store()) {
            assertThatThrownBy(() -> select(store, "SELECT * { (?a) ngf:articles (ex:ada ?p ?s ?u \"sideways\") }", "a"))
                    .hasMessageContaining("\"newest\" or \"oldest\"");
            assertThatThrownBy(() -> select(store, "SELECT * { (?p ?n) ngf:entityCounts (schema:Event) }", "p"))
                    .hasMessageContaining("Person, Organization or Place");
            assertThatThrownBy(() -> select(store, "SELECT * { (?p ?n) ngf:entityCounts (schema:Person \"yesterday\") }", "p"))
                    .hasMessageContaining("xsd:date");
        }
    }

    @Test
    void ngfEntityGivesTheStoreWideFactsOfOneEntityFromTheIndexOrTheGraphs() {
        try (NewsStore store = store()) {
            String q = "SELECT ?a ?n ?t { BIND(ex:%s AS ?e) (?a ?n ?t) ngf:entity (?e) }";
            // From the index: the articles naming the entity as a person/organisation/place, a name, the class.
            assertThat(select(store, q.formatted("ada"), "a")).containsExactly("3");
            assertThat(select(store, q.formatted("ada"), "t")).containsExactly("http://schema.org/Person");
            assertThat(select(store, q.formatted("paris"), "t")).containsExactly("http://schema.org/City");
            // The source agency is no mention (the index does not count it): read from the graphs that type and name it.
            assertThat(select(store, q.formatted("agency"), "n")).containsExactly("Agency");
            assertThat(select(store, q.formatted("agency"), "a")).containsExactly("1");
            // Never named, or never seen: no row.
            assertThat(select(store, q.formatted("nameless"), "a")).isEmpty();
            assertThat(select(store, q.formatted("nobody"), "a")).isEmpty();
            // The count is the one the graph scan it replaces in find-entity gives.
            assertThat(select(store, "SELECT (COUNT(DISTINCT ?g) AS ?c) { GRAPH ?g { ex:bo a ?t ; schema:name ?n } }", "c"))
                    .isEqualTo(select(store, q.formatted("bo"), "a")).containsExactly("2");
            assertThatThrownBy(() -> select(store, "SELECT * { (?a ?n ?t) ngf:entity (?unbound) }", "a"))
                    .hasMessageContaining("must be bound");
        }
    }

    @Test
    void entitiesNamedListsEveryEntityOnceWhateverTheCaseAndAccents() {
        try (NewsStore store = store()) {
            ArticleIndex index = store.articleIndex();
            assertThat(index.entitiesNamed("ADA")).extracting(ArticleIndex.Entity::node, ArticleIndex.Entity::articles)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ex("ada"), 3));
            assertThat(index.entitiesNamed("París")).extracting(ArticleIndex.Entity::node).containsExactly(ex("paris"));
            // The source agency is no mention, the nameless person has no name: neither is listed.
            assertThat(index.entitiesNamed("Agency")).isEmpty();
            assertThat(index.entitiesNamed("  ")).isEmpty();
            assertThat(select(store, "SELECT ?e { (?e ?a ?n ?t) ngf:entitiesNamed (\"bo\") }", "e")).containsExactly(ex("bo").getURI());
        }
    }

    @Test
    void entityNameWordsIgnoreCaseAccentsAndPunctuation() {
        assertThat(EntityNames.words("Thomas Müller-Wohlfahrt, Jr.")).containsExactly("thomas", "muller", "wohlfahrt", "jr");
        EntityNames names = new EntityNames(new String[] {"Anna Schmidt", "Karl Schmidt", "Anna Berg", null},
                new int[] {2, 1, 1, 1});
        assertThat(names.matching("schmidt")).containsExactly(0, 1);
        assertThat(names.matching("Anna SCHMIDT")).containsExactly(0);
        assertThat(names.matching("Schmid")).isEmpty();
    }

    static List<String> select(NewsStore store, String query, String var) {
        List<String> out = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query(QueryFactory.create(PREFIXES + query, Syntax.syntaxARQ)).build()) {
                qe.execSelect().forEachRemaining(s -> out.add(s.get(var).isLiteral()
                        ? s.getLiteral(var).getLexicalForm() : s.getResource(var).getURI()));
            }
        });
        return out;
    }
}
