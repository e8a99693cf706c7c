package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

/** The NLP run's prov:startedAtTime / endedAtTime are valid xsd:dateTime at every instant, a whole minute included. */
class RunTimestampTest {
    @Test
    void aWholeMinuteKeepsItsSeconds() {
        Node n = NlpEnricher.dateTime(OffsetDateTime.of(2026, 12, 4, 0, 2, 0, 0, ZoneOffset.UTC));
        assertThat(n.getLiteralLexicalForm()).isEqualTo("2026-12-04T00:02:00Z");
        assertThat(XSDDatatype.XSDdateTime.isValid(n.getLiteralLexicalForm())).isTrue();
    }

    @Test
    void millisecondsAreKept() {
        Node n = NlpEnricher.dateTime(OffsetDateTime.of(2026, 12, 4, 0, 2, 7, 250_000_000, ZoneOffset.UTC));
        assertThat(n.getLiteralLexicalForm()).isEqualTo("2026-12-04T00:02:07.25Z");
        assertThat(XSDDatatype.XSDdateTime.isValid(n.getLiteralLexicalForm())).isTrue();
    }
}
