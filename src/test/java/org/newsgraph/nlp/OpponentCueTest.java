package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.RulesTest.anchors;
import static org.newsgraph.nlp.RulesTest.entity;
import static org.newsgraph.nlp.RulesTest.names;

import org.junit.jupiter.api.Test;

/**
 * The opponent cue of {@link SportsTeams} on the real CoreNLP pipeline ({@link Nlp#EXTRACTOR}, loaded once per JVM):
 * a place after a result or match word and "against" is a team; "against" without such a word right before it is not
 * sport ("protests against China"). {@link #OFF} runs the same pipeline with the cue switched off, to show that a
 * retyping is the cue's doing and not NER's.
 */
class OpponentCueTest {
    static final EntityExtractor OFF = EntityExtractor.create().disable("OpponentCue").build();

    static EntityType type(Extraction x, String name) { return entity(x, name).orElseThrow().type(); }

    @Test
    void aPlaceAfterAResultVerbAndAScoreIsTheOpponentThroughoutTheArticle() {
        String s = "Ireland lost 3-0 against Norway in Oslo on Tuesday. Norway now lead the group by four points.";
        Extraction x = Nlp.EXTRACTOR.extract(null, s);
        assertThat(type(x, "Norway")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(anchors(entity(x, "Norway").orElseThrow())).containsExactly("Norway", "Norway");
        assertThat(type(x, "Oslo")).as("no cue: still a place").isEqualTo(EntityType.PLACE);
        assertThat(type(OFF.extract(null, s), "Norway")).as("NER's type without the cue").isEqualTo(EntityType.PLACE);
    }

    @Test
    void aHyphenatedMatchNounCountsAndAPossessiveSideIsATeamToo() {
        Extraction x = Nlp.EXTRACTOR.extract(null, "Kane scored a hat-trick against Wales in Cardiff.");
        assertThat(type(x, "Wales")).isEqualTo(EntityType.ORGANIZATION);
        assertThat(type(x, "Cardiff")).isEqualTo(EntityType.PLACE);
        Extraction y = Nlp.EXTRACTOR.extract(null, "Scotland's defeat against Norway ended their unbeaten run.");
        assertThat(names(y)).containsExactlyInAnyOrder("ORGANIZATION:Scotland", "ORGANIZATION:Norway");
        assertThat(names(OFF.extract(null, "Scotland's defeat against Norway ended their unbeaten run.")))
                .containsExactlyInAnyOrder("PLACE:Scotland", "PLACE:Norway");
    }

    @Test
    void everyPlaceListedAfterTheCueIsAnOpponent() {
        Extraction x = Nlp.EXTRACTOR.extract(null, "He missed the matches against Croatia and Portugal with a knee injury.");
        assertThat(names(x)).containsExactlyInAnyOrder("ORGANIZATION:Croatia", "ORGANIZATION:Portugal");
        Extraction y = Nlp.EXTRACTOR.extract(null, "After a goalless draw against Peru in Lima, the coach made four changes.");
        assertThat(names(y)).containsExactlyInAnyOrder("ORGANIZATION:Peru", "PLACE:Lima");
    }

    @Test
    void againstWithoutAResultOrMatchWordRightBeforeItIsNoSport() {
        assertThat(names(Nlp.EXTRACTOR.extract(null, "Thousands joined protests against China in Hong Kong on Sunday.")))
                .contains("PLACE:China", "PLACE:Hong Kong");
        assertThat(names(Nlp.EXTRACTOR.extract(null, "The EU extended sanctions against Russia on Monday."))).contains("PLACE:Russia");
        assertThat(names(Nlp.EXTRACTOR.extract(null, "Regulators in Brussels have built the case against Google for years.")))
                .contains("PLACE:Brussels");
        assertThat(names(Nlp.EXTRACTOR.extract(null, "MPs held a vote against Britain's plan to leave the customs union.")))
                .containsExactly("PLACE:United Kingdom");
        // a sports word elsewhere in the sentence, or a result verb with its object between, is no opponent cue
        assertThat(names(Nlp.EXTRACTOR.extract(null, "After the match, fans in Paris joined protests against China.")))
                .containsExactlyInAnyOrder("PLACE:Paris", "PLACE:China");
        assertThat(names(Nlp.EXTRACTOR.extract(null, "The party won the vote against France's proposal in Strasbourg.")))
                .containsExactlyInAnyOrder("PLACE:France", "PLACE:Strasbourg");
    }
}
