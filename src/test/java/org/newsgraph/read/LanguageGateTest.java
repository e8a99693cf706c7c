package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.NlpEnricher;
import org.newsgraph.pipeline.Conversion;
import org.newsgraph.pipeline.ConversionReport;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.vocab.SDO;

/**
 * Issue 11, item 6: NLP (English models) runs on English articles only; the language comes from the input's metadata
 * or, when it names none, from Lingua; the summary says how many articles skipped NLP and why. Only non-English
 * articles go through NLP here, so CoreNLP is never loaded: an article that reached it would fail this test by
 * producing entity triples.
 */
class LanguageGateTest {
    static final String GERMAN = "Die Bundesregierung hat am Dienstag in Berlin ein neues Gesetz zur Förderung erneuerbarer "
            + "Energien beschlossen. Nach Angaben des Wirtschaftsministeriums sollen damit bis zum Jahr 2030 mehr als "
            + "achtzig Prozent des Stroms aus Wind und Sonne kommen.";
    static final String FRENCH = "Le gouvernement a annoncé mardi à Paris un nouveau plan pour les transports publics. "
            + "Selon le ministère, les lignes de train régionales seront modernisées d'ici à la fin de la décennie.";

    @Test
    void lingualIdentifiesTheLanguageOfALongEnoughText() {
        assertThat(LanguageIdentifier.identify(GERMAN)).contains("de");
        assertThat(LanguageIdentifier.identify(FRENCH)).contains("fr");
        assertThat(LanguageIdentifier.identify("The government announced on Tuesday a new plan for public transport, "
                + "with regional train lines to be modernised by the end of the decade, the ministry said.")).contains("en");
        assertThat(LanguageIdentifier.identify("Berlin, Dienstag.")).isEmpty();
    }

    @Test
    void namesDoNotOutvoteTheFunctionWords() {
        // an English results report full of Dutch clubs and towns: Lingua reads the whole text as Dutch
        String report = "Ajax Amsterdam beat Groningen 3-1 on Sunday while champions PSV Eindhoven won 2-0 at Utrecht. "
                + "Feyenoord were held 1-1 by Vitesse Arnhem in Rotterdam, and Heerenveen lost at Roda JC Kerkrade. "
                + "Ajax coach Louis van Gaal praised striker Patrick Kluivert and Edgar Davids, "
                + "who have scored in each of their games so far this season.";
        assertThat(LanguageIdentifier.identify(report)).contains("en");
        assertThat(LanguageIdentifier.withoutCapitalisedWords("Ajax beat Groningen on Sunday.")).isEqualTo("  beat   on  ");
        // German nouns are capitalised, but its function words are not
        assertThat(LanguageIdentifier.identify(GERMAN)).contains("de");
    }

    @Test
    void englishTagsAreEnglish() {
        assertThat(LanguageIdentifier.isEnglish("en")).isTrue();
        assertThat(LanguageIdentifier.isEnglish("en-GB")).isTrue();
        assertThat(LanguageIdentifier.isEnglish("EN_us")).isTrue();
        assertThat(LanguageIdentifier.isEnglish("de")).isFalse();
        assertThat(LanguageIdentifier.isEnglish("es-419")).isFalse();
    }

    @Test
    void nonEnglishArticlesGetTheirLanguageAndTheMetadataGraphButNoNlp() {
        String page = "<!DOCTYPE html><html lang=\"fr\"><head><title>Transports</title></head><body><article><h1>Transports</h1><p>"
                + FRENCH + "</p></article></body></html>";
        String text = "Neues Energiegesetz beschlossen\n\nMarch 4, 2025\n\n" + GERMAN + "\n";
        List<Quad> quads = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ConversionReport r = Conversion.create()
                .mapper(ArticleMapper.create().identifyLanguage(true).enricher(NlpEnricher.create().build()).build())
                .sink((g, q) -> quads.addAll(q)).onProblem(problems::add)
                .run(List.of(InputSource.ofBytes("transports.html", page.getBytes(StandardCharsets.UTF_8)),
                        InputSource.ofBytes("energie.txt", text.getBytes(StandardCharsets.UTF_8))));
        assertThat(r.articles()).isEqualTo(2);
        assertThat(quads).filteredOn(q -> q.getPredicate().equals(SDO.inLanguage))
                .extracting(q -> q.getObject().getLiteralLexicalForm()).containsExactlyInAnyOrder("fr", "de");
        assertThat(quads).filteredOn(q -> q.getPredicate().equals(SDO.headline)).hasSize(2);
        assertThat(quads).noneMatch(q -> q.getPredicate().equals(SDO.mentions) || q.getPredicate().equals(SDO.about));
        assertThat(r.summary()).endsWith("; NLP skipped on 2 articles (not English: de 1, not English: fr 1)");
    }

    @Test
    void withoutIdentificationAnArticleThatNamesNoLanguageIsLeftAsItIs() {
        Article a = Article.builder("x").headline("Neues Energiegesetz").body(GERMAN).build();
        List<Quad> quads = new ArrayList<>();
        ArticleMapper.create().build().map(a, new org.apache.jena.riot.lang.CollectorStreamQuads() {
            @Override public void quad(Quad q) { quads.add(q); }
        });
        assertThat(quads).filteredOn(q -> q.getPredicate().equals(SDO.inLanguage))
                .extracting(q -> q.getObject().getLiteralLexicalForm()).containsExactly("en"); // the mapper's default
    }
}
