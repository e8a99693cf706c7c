package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Reuters <u>reported</u> Monday|Reuters reported Monday",
            "the <a href=\"https://x.org/\" target=\"_blank\">FNV union</a> said|the FNV union said",
            "said <i>no new talks</i> were scheduled &amp; that|said no new talks were scheduled & that",
            "two  spaces,\ta tab and\u00a0a no-break space|two spaces, a tab and a no-break space",
            "space before tab \t and before nbsp \u00a0 here|space before tab and before nbsp here",
            "  plain text stays  |plain text stays",
            "Caf&eacute; &lt;b&gt;|Café <b>",
            // a wire's bracketed company is no tag: its name stays
            "<Cominco Ltd> sold its stake in <Pine Point Mines Ltd> to <u>Teck</u>|<Cominco Ltd> sold its stake in <Pine Point Mines Ltd> to Teck",
            "prices rose if x < y and <b>fell</b>|prices rose if x < y and fell"})
    void stripsHtmlAndTidiesSpaces(String in, String expected) {
        assertThat(TextCleaner.stripHtml(in)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://www.themoscowtimes.com/2023/03/13/reports-a 80462|https://www.themoscowtimes.com/2023/03/13/reports-a80462",
            "https://example.org/a/ \t b-c|https://example.org/a/b-c",
            "https://example.org/ok|https://example.org/ok"})
    void repairsUrlsBrokenByWhiteSpace(String in, String expected) {
        assertThat(TextCleaner.repairUrl(in)).isEqualTo(expected);
    }
}
