package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.LinkingResolver;
import org.newsgraph.link.TestIndex;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.validate.Validation;
import org.newsgraph.validate.Validator;

/**
 * The acceptance points of the speaker and per-article work on the seed article's full output (NLP, mentions and the
 * real offline linker, as {@code convert} makes it): it validates, no place is a creator, the places that speak are
 * their governments, and no per-article fact sits on a shared entity.
 */
class SeedArticleAcceptanceTest {
    static Model m;
    static Validation validation;

    @BeforeAll
    static void convert() throws Exception {
        assumeTrue(Files.exists(NlpEnricherTest.SAMPLE), "../shared/data/sample not present");
        EntityLinker linker = EntityLinker.create().cache(TestIndex.get().directory().getParent()).build();
        ArticleMapper mapper = ArticleMapper.create()
                .enricher(NlpEnricher.create().extractor(Nlp.EXTRACTOR).resolver(new LinkingResolver(linker)).build()).build();
        DatasetGraph dsg = DatasetGraphFactory.create();
        mapper.map(NlpEnricherTest.read(NlpEnricherTest.SAMPLE), StreamRDFLib.dataset(dsg));
        m = DatasetFactory.wrap(dsg).getUnionModel();
        validation = Validator.create().build().validate(m.getGraph());
    }

    static Set<String> select(String q) { return NlpEnricherTest.select(m, q); }

    @Test
    void theFullOutputValidates() {
        assertThat(validation.entries(org.apache.jena.shacl.validation.Severity.Violation)).isEmpty();
        assertThat(validation.conforms()).isTrue();
    }

    @Test
    void noPlaceIsACreatorAndTheSpeakingPlacesAreTheirGovernments() {
        assertThat(select("SELECT ?q { ?q schema:creator|schema:spokenByCharacter ?c . ?c a schema:Place }")).isEmpty();
        assertThat(select("""
                SELECT ?text ?who { ?q a schema:Quotation ; schema:text ?text ; schema:creator ?c .
                   ?c a schema:GovernmentOrganization ; schema:sameAs ?who }"""))
                .contains("spreading false information|https://en.wikipedia.org/wiki/Government_of_China",
                        "lethal support|https://en.wikipedia.org/wiki/Federal_government_of_the_United_States");
    }

    @Test
    void noPerArticleFactOnASharedEntity() {
        assertThat(select("""
                SELECT ?e ?p { ?e ?p ?v FILTER(?p IN (ng:salience, ng:mentionCount, schema:jobTitle, schema:nationality))
                   FILTER NOT EXISTS { ?e a ng:ArticleEntity } }""")).isEmpty();
        assertThat(select("SELECT ?s { ?a ng:entity <https://w3id.org/newsgraph/id/entity/Xi_Jinping> ; ng:salience ?s }"))
                .containsExactly("1.0");
    }

    @Test
    void peskovIsPutinsSpokespersonAndHisIndirectSpeechIsAParaphrase() {
        assertThat(select("SELECT ?t ?boss { ?a ng:entity/schema:name 'Dmitry Peskov' ; ng:hasRole [ schema:roleName ?t ; ng:roleOf/schema:name ?boss ] }"))
                .containsExactly("spokesperson|Vladimir Putin");
        assertThat(select("SELECT ?text { ?q a ng:Paraphrase ; schema:text ?text ; schema:creator/schema:name 'Dmitry Peskov' }"))
                .containsExactly("an announcement would be made in coordination with Beijing in due course");
    }
}
