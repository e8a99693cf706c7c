package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.EntityType;

class ScorerTest {
    static final Path TINY = Path.of("src/test/resources/org/newsgraph/eval/tiny-gold.jsonl");

    @Test
    void readsElevantLabelsAndMarksCorefNilAndOtherTypesAsUnscored() throws Exception {
        List<GoldDocument> gold = GoldReader.elevant(TINY);
        assertThat(gold).hasSize(2);
        assertThat(gold.get(0).labels()).allMatch(GoldLabel::scored);
        assertThat(gold.get(0).labels().get(2).types()).containsExactlyInAnyOrder(EntityType.PLACE, EntityType.ORGANIZATION);
        GoldDocument d2 = gold.get(1);
        assertThat(d2.evalBegin()).isEqualTo(12);
        assertThat(d2.labels()).filteredOn(GoldLabel::scored).extracting(GoldLabel::begin).containsExactly(23);
    }

    @Test
    void scoresSpanAndTypedPrecisionRecallAndF1Exactly() throws Exception {
        List<GoldDocument> gold = GoldReader.elevant(TINY);
        Scorer s = new Scorer();
        s.add(gold.get(0), List.of(
                p(0, 13, EntityType.PERSON),          // right
                p(18, 33, EntityType.ORGANIZATION),   // right span, wrong type
                p(37, 42, EntityType.ORGANIZATION),   // gold allows place|organisation
                p(60, 69, EntityType.ORGANIZATION),   // right
                p(70, 75, EntityType.PERSON)));       // not gold
        s.add(gold.get(1), List.of(
                p(23, 29, EntityType.PLACE),          // right
                p(38, 44, EntityType.ORGANIZATION),   // gold says another type: not counted
                p(52, 56, EntityType.ORGANIZATION),   // gold says NIL: not counted
                p(0, 5, EntityType.PERSON),           // outside the evaluation span: ignored
                p(62, 69, EntityType.PLACE)));        // outside the evaluation span: ignored
        Scores r = s.scores();
        assertThat(r.goldMentions()).isEqualTo(6);
        assertThat(r.predictions()).isEqualTo(6);
        assertThat(r.span()).isEqualTo(new Scores.Counts(5, 1, 1));
        assertThat(r.span().f1()).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(r.typed()).isEqualTo(new Scores.Counts(4, 2, 2));
        assertThat(r.typed().precision()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(r.typed().recall()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(r.of(EntityType.PERSON)).isEqualTo(new Scores.Counts(1, 1, 2));
        assertThat(r.of(EntityType.ORGANIZATION)).isEqualTo(new Scores.Counts(2, 1, 0));
        assertThat(r.of(EntityType.PLACE)).isEqualTo(new Scores.Counts(1, 0, 0));
        assertThat(r.table()).contains("typed").contains("0.667");
    }

    @Test
    void emptyPredictionsScoreZeroWithoutDividingByZero() throws Exception {
        Scorer s = new Scorer();
        for (GoldDocument d : GoldReader.elevant(TINY)) s.add(d, List.of());
        assertThat(s.scores().typed()).isEqualTo(new Scores.Counts(0, 0, 6));
        assertThat(s.scores().typed().f1()).isZero();
    }

    @Test
    void readsNifGoldWithTypesFromClassRefAndNotInWikiAsUnscored() {
        List<GoldDocument> gold = GoldReader.nif(Path.of("src/test/resources/org/newsgraph/eval/tiny-gold.nif.ttl"));
        assertThat(gold).hasSize(1);
        GoldDocument d = gold.get(0);
        assertThat(d.text()).startsWith("Angela Merkel");
        assertThat(d.labels()).extracting(GoldLabel::begin).containsExactly(0, 18, 37);
        assertThat(d.labels().get(0).types()).containsExactly(EntityType.PERSON);
        assertThat(d.labels().get(0).link()).isEqualTo("http://dbpedia.org/resource/Angela_Merkel");
        assertThat(d.labels().get(1).types()).as("no class: any type").hasSize(3);
        assertThat(d.labels().get(2).scored()).isFalse();
    }

    private static Prediction p(int b, int e, EntityType t) { return new Prediction(b, e, t, null); }
}
