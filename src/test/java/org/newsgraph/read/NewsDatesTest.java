package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NewsDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"March 13, 2023", "13 March 2023", "2023-03-13", "Mar. 13, 2023", "Monday, March 13, 2023",
            "Mar 13 2023", "13th March 2023", "Published March 13, 2023"})
    void datesWithoutTimeAreLocalDates(String text) {
        assertThat(NewsDates.parse(text)).contains(LocalDate.of(2023, 3, 13));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mar. 13, 2023 10:15 am EST|2023-03-13T10:15-05:00",
            "March 13, 2023 at 4:05 p.m. EDT|2023-03-13T16:05-04:00",
            "2023-03-13T10:15:00+03:00|2023-03-13T10:15+03:00",
            "2023-03-13T07:15:00Z|2023-03-13T07:15Z",
            "13 March 2023 18:30 GMT|2023-03-13T18:30Z"})
    void dateTimesWithZoneKeepTheirOffset(String text, String expected) {
        assertThat(NewsDates.parse(text)).contains(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-03-13 10:15:00", "2023-03-13T10:15:00"})
    void dateTimesWithoutZoneAreLocal(String text) {
        assertThat(NewsDates.parse(text)).contains(LocalDateTime.of(2023, 3, 13, 10, 15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Chinese leader Xi Jinping.", "March 45, 2023", "yesterday", "13/14/2023",
            "Mar. 13, 2023 10:15 am XYZ"})
    void nonDatesAreRejected(String text) {
        assertThat(NewsDates.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void offsetsAreExact() {
        assertThat(NewsDates.parse("Mar. 13, 2023 10:15 am EST").map(t -> ((OffsetDateTime) t).getOffset()))
                .contains(ZoneOffset.ofHours(-5));
    }
}
