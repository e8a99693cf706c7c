package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.SDO;

/** NLP's curated gazetteer ({@code places.tsv}): other names are the same place, never a neighbour or a part of it. */
class GazetteerTest {
    private final Gazetteer g = Gazetteer.standard();

    @Test
    void otherNamesAndDemonymsLeadToTheUsualName() {
        assertThat(g.byName("Kiev").map(Gazetteer.Place::name)).contains("Kyiv");
        assertThat(g.byName("the Netherlands").map(Gazetteer.Place::name)).contains("Netherlands");
        assertThat(g.byName("Bombay").map(Gazetteer.Place::name)).contains("Mumbai");
        assertThat(g.byDemonym("Chinese").map(Gazetteer.Place::name)).contains("China");
        assertThat(g.byName("Atlantis")).isEmpty();
    }

    @Test
    void delhiIsNotNewDelhi() {
        // New Delhi is a district of Delhi (two places, two Wikidata items): "reports from Delhi" is Delhi
        assertThat(g.byName("Delhi").map(Gazetteer.Place::name)).contains("Delhi");
        assertThat(g.byName("New Delhi").map(Gazetteer.Place::name)).contains("New Delhi");
        assertThat(g.byName("Delhi").map(Gazetteer.Place::schemaClass)).contains(SDO.City);
    }
}
