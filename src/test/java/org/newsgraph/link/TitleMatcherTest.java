package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gold-matching rule on the real WikiDict: a gold label's own top title, QIDs when known. */
class TitleMatcherTest {
    final TitleMatcher matcher = TitleMatcher.create(TestIndex.get());

    @Test
    void aTitleMatchesWhenItIsTheGoldLabelsTopWikiDictTitle() {
        assertThat(matcher.goldTitle("Washington, D.C.")).isEqualTo("Washington,_D.C.");
        assertThat(matcher.matches("Washington,_D.C.", "Q61", "Washington, D.C.")).isTrue();
        assertThat(matcher.matches("Washington", "Q61", "Washington, D.C.")).isFalse();
        assertThat(matcher.matches("United_States", "Q30", "United States of America")).isTrue();
        assertThat(matcher.matches("Xi Jinping", "Q15031", "Xi Jinping")).isTrue();
    }

    @Test
    void theGoldLabelIsTakenAsWrittenUnderTheExactRuleAndCaseMergedUnderTheOldOne() {
        TitleMatcher old = TitleMatcher.create(TestIndex.get(), TitleMatcher.Rule.CASE_MERGED);
        assertThat(matcher.rule()).isEqualTo(TitleMatcher.Rule.EXACT);
        // Only the lower-case anchor "beverly hills" points at the TV series; "Beverly Hills" is the city.
        assertThat(matcher.goldTitle("Beverly Hills")).isEqualTo("Beverly_Hills,_California");
        assertThat(old.goldTitle("Beverly Hills")).isEqualTo("Beverly_Hills,_90210");
        assertThat(matcher.matches("Beverly_Hills,_California", "Q127856", "Beverly Hills")).isTrue();
        assertThat(old.matches("Beverly_Hills,_California", "Q127856", "Beverly Hills")).isFalse();
        // Without an entry for the label as written, the exact rule falls back to the case-merged title.
        assertThat(TestIndex.get().exactTitle("people's republic of chinA")).isNull();
        assertThat(matcher.goldTitle("people's republic of chinA")).isEqualTo(old.goldTitle("people's republic of chinA")).isNotNull();
    }

    @Test
    void aLabelUnknownToTheWikiDictIsComparedAsATitle() {
        assertThat(matcher.goldTitle("Pete Buttigieg")).isEqualTo("Pete_Buttigieg");
        assertThat(matcher.matches("Buttigieg", "Q7173106", "Pete Buttigieg")).isFalse();
    }

    @Test
    void qidsAreComparedDirectlyWhenThePredictionHasOne() {
        assertThat(matcher.matches("Q61", "Q61", "Washington, D.C.")).isTrue();
        assertThat(matcher.matches("Q1223", "Q61", "Washington, D.C.")).isFalse();
        TitleMatcher withQids = TitleMatcher.create(TestIndex.get(), Map.of("TASS", "Q223642")::get);
        assertThat(withQids.matches("TASS", "Q223642", "TASS")).isTrue();
        assertThat(withQids.matches("TASS", "Q1", "TASS")).isFalse();
    }
}
