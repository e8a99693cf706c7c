package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.EntityType;

class LinkAccuracyTest {
    private static final GoldDocument DOC = new GoldDocument("d1", "Xi met Putin in Moscow near Foo.", 0, 32, List.of(
            new GoldLabel(0, 2, EnumSet.of(EntityType.PERSON), true, "Q15031", "Xi Jinping"),
            new GoldLabel(7, 12, EnumSet.of(EntityType.PERSON), true, "Q7747", "Vladimir Putin"),
            new GoldLabel(16, 22, EnumSet.of(EntityType.PLACE), true, "Q649", "Moscow"),
            new GoldLabel(28, 31, EnumSet.of(EntityType.PLACE), false, null, null)));

    /** Titles match when they are the gold name written as a title (a stand-in for TitleMatcher's rule). */
    private final LinkAccuracy acc = new LinkAccuracy((title, g) -> title.equals(g.name().replace(' ', '_')));

    @Test
    void countsOnlyFoundGoldLinkedMentionsAndUnlinkedPredictionsAsWrong() {
        acc.add(DOC, List.of(
                new Prediction(0, 2, EntityType.PERSON, "Xi_Jinping"),         // found, right
                new Prediction(7, 12, EntityType.PERSON, "Putin_(surname)"),  // found, wrong
                new Prediction(28, 31, EntityType.PLACE, "Foo")));            // NIL gold: not counted
        // Moscow was not found by extraction: not counted.
        assertThat(acc.found()).isEqualTo(2);
        assertThat(acc.correct()).isEqualTo(1);
        assertThat(acc.accuracy()).isEqualTo(0.5);
        assertThat(acc.linked()).isEqualTo(2);
        // The link on the NIL span is counted apart, as a link where gold has none.
        assertThat(acc.nilFound()).isEqualTo(1);
        assertThat(acc.nilLinked()).isEqualTo(1);
    }

    @Test
    void reportsEachMissWithItsMentionAndBothLinks() {
        List<LinkAccuracy.Miss> misses = new java.util.ArrayList<>();
        acc.onMiss(misses::add).add(DOC, List.of(
                new Prediction(0, 2, EntityType.PERSON, "Xi_Jinping"),
                new Prediction(7, 12, EntityType.PERSON, "Putin_(surname)"),
                new Prediction(16, 22, EntityType.PLACE, null),
                new Prediction(28, 31, EntityType.PLACE, "Foo")));
        assertThat(misses).containsExactly(
                new LinkAccuracy.Miss("d1", 7, 12, "Putin", "Putin_(surname)", "Q7747", "Vladimir Putin"),
                new LinkAccuracy.Miss("d1", 16, 22, "Moscow", null, "Q649", "Moscow"),
                new LinkAccuracy.Miss("d1", 28, 31, "Foo", "Foo", null, null));
    }

    @Test
    void aPredictionWithoutLinkOnAGoldLinkedSpanIsWrong() {
        acc.add(DOC, List.of(new Prediction(16, 22, EntityType.PLACE, null)));
        assertThat(acc.found()).isEqualTo(1);
        assertThat(acc.accuracy()).isZero();
        assertThat(acc.linked()).isZero();
        acc.add(DOC, List.of(new Prediction(28, 31, EntityType.PLACE, null)));
        assertThat(acc.nilFound()).isEqualTo(1);
        assertThat(acc.nilLinked()).isZero();
    }
}
