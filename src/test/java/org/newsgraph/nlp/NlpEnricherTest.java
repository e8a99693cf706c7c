package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.read.Inputs;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadListener;
import org.newsgraph.read.ReaderRegistry;

class NlpEnricherTest {
    static final Path FIXTURE = Path.of("src/test/resources/org/newsgraph/nlp/fixture-article.txt");
    static final Path SAMPLE = Path.of("../shared/data/sample/moscowtimes-2023-03-13-xi-visit.txt");
    static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX ng: <https://w3id.org/newsgraph/ns#>
            """;

    @BeforeAll
    static void init() { JenaSystem.init(); }

    static Article read(Path file) throws Exception {
        List<Article> out = new ArrayList<>();
        var sel = ReaderRegistry.standard().select(Inputs.expand(List.of(file.toString())).get(0));
        sel.reader().read(sel.input(), new ReadListener() {
            @Override public void article(Article a) { out.add(a); }
            @Override public void problem(Problem p) {}
        });
        return out.get(0);
    }

    static Model convert(Article a, boolean mentions) {
        ArticleMapper mapper = ArticleMapper.create()
                .enricher(NlpEnricher.create().extractor(Nlp.EXTRACTOR).timestamps(false).mentions(mentions).build()).build();
        DatasetGraph dsg = DatasetGraphFactory.create();
        mapper.map(a, StreamRDFLib.dataset(dsg));
        return DatasetFactory.wrap(dsg).getUnionModel();
    }

    static Set<String> select(Model m, String query) {
        Set<String> out = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.model(m).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                StringBuilder sb = new StringBuilder();
                s.varNames().forEachRemaining(v -> sb.append(sb.length() == 0 ? "" : "|")
                        .append(s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                out.add(sb.toString());
            });
        }
        return out;
    }

    static Set<String> names(Model m, String cls) {
        return select(m, "SELECT ?n { ?a a schema:NewsArticle ; schema:about|schema:mentions ?e . ?e a schema:" + cls + " ; schema:name ?n }");
    }

    @Test
    void fixtureArticleYieldsPeopleOrganisationsAndPlacesWithShortFormsResolved() throws Exception {
        Model m = convert(read(FIXTURE), true);
        assertThat(names(m, "Person")).contains("Olaf Scholz", "Emmanuel Macron", "Olivia Gregoire");
        assertThat(names(m, "Place")).contains("Paris", "Berlin", "Brussels", "Germany", "France");
        assertThat(names(m, "Organization")).contains("Associated Press");
        assertThat(select(m, "SELECT ?alt { ?p schema:name 'Olaf Scholz' ; schema:alternateName ?alt }")).containsExactly("Scholz");
        assertThat(select(m, "SELECT ?c { ?a ng:entity/schema:name 'Olaf Scholz' ; ng:mentionCount ?c }")).containsExactly("5");
        assertThat(names(m, "Organization")).as("title-case headline words are no entity").doesNotContain("Meet Macron");
        assertThat(select(m, "SELECT ?c { ?e schema:name 'Elysee Palace' ; a ?c }")).contains("http://schema.org/GovernmentOrganization");
        assertThat(select(m, "SELECT ?n { ?a schema:about ?e . ?e schema:name ?n }")).contains("Olaf Scholz");
        assertThat(select(m, "SELECT ?c { ?e schema:name 'Paris' ; a ?c }")).contains("http://schema.org/City");
    }

    @Test
    void fixtureArticleYieldsRolesNationalityAndAffiliation() throws Exception {
        Model m = convert(read(FIXTURE), false);
        assertThat(select(m, "SELECT ?t ?nat { ?a ng:entity/schema:name 'Olaf Scholz' ; schema:jobTitle ?t ; schema:nationality/schema:name ?nat }"))
                .containsExactly("Chancellor|Germany");
        assertThat(select(m, "SELECT ?t { ?a ng:entity/schema:name 'Emmanuel Macron' ; schema:jobTitle ?t }")).containsExactly("President");
        // "Macron's spokesperson Olivia Gregoire": a role relative to a person, not a colleague, not an organisation
        assertThat(select(m, """
                SELECT ?t ?role ?boss { ?a ng:entity/schema:name 'Olivia Gregoire' ; schema:jobTitle ?t ;
                   ng:hasRole [ a schema:Role ; schema:roleName ?role ; ng:roleOf/schema:name ?boss ] }"""))
                .containsExactly("spokesperson|spokesperson|Emmanuel Macron");
        assertThat(select(m, "SELECT ?x { ?x schema:colleague|schema:worksFor ?y }")).isEmpty();
    }

    @Test
    void fixtureArticleYieldsAttributedQuotationsAndItsSource() throws Exception {
        Model m = convert(read(FIXTURE), false);
        assertThat(select(m, """
                SELECT ?text ?who { ?q a schema:Quotation ; schema:text ?text ; schema:isPartOf ?a ;
                   schema:spokenByCharacter/schema:name ?who . ?a a schema:NewsArticle }"""))
                .contains("We are ready to work closely with our German partners|Olivia Gregoire",
                        "a common responsibility for Europe|Olaf Scholz");
        assertThat(select(m, "SELECT ?n { ?a schema:isBasedOn/schema:name ?n }")).containsExactly("Associated Press");
        // indirect speech: "Gregoire telling reporters that …", "Scholz told a news conference in Berlin that …"
        assertThat(select(m, """
                SELECT ?text ?who { ?q a schema:Quotation , ng:Paraphrase ; schema:text ?text ; schema:isPartOf ?a ;
                   schema:creator/schema:name ?who }"""))
                .containsExactlyInAnyOrder("the agenda would be published in due course|Olivia Gregoire",
                        "Germany and France shared \"a common responsibility for Europe.\"|Olaf Scholz");
        assertThat(select(m, "SELECT ?q { ?q a schema:Quotation FILTER NOT EXISTS { ?q a ng:Paraphrase } FILTER NOT EXISTS { ?q schema:creator ?c } }"))
                .as("every direct quotation of the fixture has a speaker").isEmpty();
    }

    @Test
    void nifMentionsPointIntoTheTextNlpSawAndNeverIntoCaptionUrlOrRelatedLines() throws Exception {
        Article a = read(FIXTURE);
        Model m = convert(a, true);
        Set<String> contexts = select(m, "SELECT ?s { ?c a nif:Context ; nif:isString ?s }");
        assertThat(contexts).containsExactlyInAnyOrder(a.headline(), a.body());
        for (String c : contexts) assertThat(c).doesNotContain("Related article", "Original url", "example-news", "DPA");
        Set<String> rows = select(m, """
                SELECT ?b ?e ?anchor ?s { ?m nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ;
                   nif:referenceContext/nif:isString ?s ; itsrdf:taIdentRef ?ent ; itsrdf:taClassRef ?cls }""");
        assertThat(rows).hasSizeGreaterThan(20);
        for (String r : rows) {
            String[] f = r.split("\\|", 4);
            int b = Integer.parseInt(f[0]), e = Integer.parseInt(f[1]);
            assertThat(e).isLessThanOrEqualTo(f[3].length());
            assertThat(f[3].substring(b, e)).isEqualTo(f[2]);
        }
        assertThat(select(m, "SELECT ?n { ?m itsrdf:taIdentRef ?e . ?e schema:name ?n FILTER(CONTAINS(?n, 'Budget') || CONTAINS(?n, 'Praises') || CONTAINS(?n, 'example')) }")).isEmpty();
        assertThat(select(m, "SELECT ?c { ?r a ng:ExtractionRun , prov:Activity ; prov:wasAssociatedWith ?ag ; prov:used ?c }")).isNotEmpty();
        assertThat(select(m, "SELECT ?t { ?r a ng:ExtractionRun ; prov:startedAtTime ?t }")).as("timestamps off").isEmpty();
    }

    @Test
    void noMentionsFlagLeavesNifOut() throws Exception {
        Model m = convert(read(FIXTURE), false);
        assertThat(select(m, "SELECT ?m { ?m nif:anchorOf ?a }")).isEmpty();
        assertThat(names(m, "Person")).contains("Olaf Scholz");
    }

    @Test
    void sampleArticleMatchesMappingDoc() throws Exception {
        assumeTrue(Files.exists(SAMPLE), "../shared/data/sample not present");
        Model m = convert(read(SAMPLE), true);
        assertThat(names(m, "Person")).contains("Xi Jinping", "Vladimir Putin", "Dmitry Peskov");
        assertThat(names(m, "Organization")).contains("Reuters", "Kremlin", "Foreign Ministry");
        assertThat(names(m, "Place")).contains("Russia", "China", "Moscow", "Beijing", "Ukraine", "United States", "Washington");
        assertThat(select(m, "SELECT ?alt { ?p schema:name 'Xi Jinping' ; schema:alternateName ?alt }")).containsExactly("Xi");
        assertThat(select(m, "SELECT ?a { ?m nif:anchorOf ?a ; itsrdf:taIdentRef/schema:name 'Xi Jinping' }")).containsExactlyInAnyOrder("Xi", "Xi Jinping");
        assertThat(select(m, "SELECT ?n { ?a schema:about/schema:name ?n }")).contains("Xi Jinping", "Russia");
        assertThat(select(m, "SELECT ?t ?nat { ?a ng:entity/schema:name 'Xi Jinping' ; schema:jobTitle ?t ; schema:nationality/schema:name ?nat }"))
                .containsExactly("President|China");
        assertThat(select(m, "SELECT ?t ?boss { ?a ng:entity/schema:name 'Dmitry Peskov' ; schema:jobTitle ?t ; ng:hasRole/ng:roleOf/schema:name ?boss }"))
                .containsExactly("spokesperson|Vladimir Putin");
        // a place as speaker is its government, an organisation carrying the place's name; never the place
        assertThat(select(m, "SELECT ?text ?who ?cls { ?q a schema:Quotation ; schema:text ?text ; schema:creator ?c . ?c schema:name ?who ; a ?cls }"))
                .contains("spreading false information|Beijing|http://schema.org/GovernmentOrganization",
                        "lethal support|Washington|http://schema.org/GovernmentOrganization",
                        "no-limits|Vladimir Putin|http://schema.org/Person", "no-limits|Xi Jinping|http://schema.org/Person");
        assertThat(select(m, "SELECT ?q { ?q schema:creator|schema:spokenByCharacter ?c . ?c a schema:Place }")).isEmpty();
        assertThat(select(m, "SELECT ?text ?who { ?q a ng:Paraphrase ; schema:text ?text ; schema:spokenByCharacter/schema:name ?who }"))
                .contains("an announcement would be made in coordination with Beijing in due course|Dmitry Peskov");
        assertThat(select(m, "SELECT ?n { ?a schema:isBasedOn/schema:name ?n }")).containsExactly("Reuters");
        // nothing from the URL, the caption credit or the related-article headline
        assertThat(select(m, "SELECT ?n { ?m itsrdf:taIdentRef/schema:name ?n FILTER(REGEX(?n, 'moscowtimes|Congratulates|Hails|Third Term|kremlin.ru')) }")).isEmpty();
        assertThat(select(m, "SELECT ?s { ?c a nif:Context ; nif:isString ?s FILTER(CONTAINS(?s, 'Related article') || CONTAINS(?s, 'https')) }")).isEmpty();
    }

    @Test
    void perArticleFactsSitOnArticleNodesSoTwoArticlesKeepTheirValuesApartInTheUnionGraph() throws Exception {
        assumeTrue(Files.exists(SAMPLE), "../shared/data/sample not present");
        ArticleMapper mapper = ArticleMapper.create()
                .enricher(NlpEnricher.create().extractor(Nlp.EXTRACTOR).timestamps(false).mentions(false).build()).build();
        DatasetGraph dsg = DatasetGraphFactory.create();
        mapper.map(read(SAMPLE), StreamRDFLib.dataset(dsg));
        mapper.map(read(Path.of("src/test/resources/org/newsgraph/nlp/second-article.txt")), StreamRDFLib.dataset(dsg));
        Model union = DatasetFactory.wrap(dsg).getUnionModel();
        // each article's salience, mention count and title of Xi, told apart by ng:inArticle
        assertThat(select(union, """
                SELECT ?headline ?s ?c ?t { ?a ng:entity ?xi ; ng:inArticle/schema:headline ?headline ;
                   ng:salience ?s ; ng:mentionCount ?c ; schema:jobTitle ?t . ?xi schema:name 'Xi Jinping' }"""))
                .containsExactlyInAnyOrder("China's Xi to Visit Russia 'as Soon as Next Week' – Reports|1.0|8|President",
                        "Xi Meets EU Leaders in Beijing|0.425|1|leader");
        // the one shared node of Xi carries none of them
        assertThat(select(union, "SELECT ?xi { ?xi schema:name 'Xi Jinping' ; a schema:Person }")).hasSize(1);
        assertThat(select(union, """
                SELECT ?e ?p { ?e ?p ?v FILTER(?p IN (ng:salience, ng:mentionCount, schema:jobTitle, schema:nationality,
                   schema:worksFor, ng:hasRole)) FILTER NOT EXISTS { ?e a ng:ArticleEntity } }""")).isEmpty();
        // and each article graph holds its own node only
        for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
            var g = it.next();
            assertThat(select(DatasetFactory.wrap(dsg).getNamedModel(g.getURI()),
                    "SELECT ?a { ?a ng:inArticle ?other FILTER(?other != <" + g.getURI() + ">) }")).isEmpty();
        }
    }
}
