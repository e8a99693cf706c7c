package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.RulesTest.anchors;
import static org.newsgraph.nlp.RulesTest.entity;
import static org.newsgraph.nlp.RulesTest.names;

import org.junit.jupiter.api.Test;

/**
 * Three patterns of financial and wire news writing on the real CoreNLP pipeline ({@link Nlp#EXTRACTOR}, loaded once
 * per JVM): an acronym after a national long form ({@code NationalAcronym} of {@link InDocumentResolution}), an
 * organisation span NER ran on into a title ({@link TitleTail}), and company names with a possessive form
 * ({@link PossessiveNames}). Each is also run with its rule switched off, to show the change is the rule's doing.
 */
class FinancialNamesTest {
    static Extraction off(String rule, String headline, String body) {
        return EntityExtractor.create().disable(rule).build().extract(headline, body);
    }

    // ---- WireBrackets, DatelinePlace, WireSignoff ----------------------------------------------------------------

    @Test
    void wireCopyOfTheEightiesIsReadAsWritten() {
        String b = "SAO PAULO, March 26 - <Cominco Ltd> said it sold its stake in <Pine Point Mines Ltd> to Teck Corp.\n Reuter\n";
        Extraction x = Nlp.EXTRACTOR.extract(null, b);
        assertThat(names(x)).contains("PLACE:SAO PAULO", "ORGANIZATION:Cominco Ltd", "ORGANIZATION:Pine Point Mines Ltd",
                "ORGANIZATION:Reuters");
        // the mention is the name, without its brackets, at the original offsets
        Mention m = entity(x, "Cominco Ltd").orElseThrow().mentions().get(0);
        assertThat(b.substring(m.begin(), m.end())).isEqualTo("Cominco Ltd");
        // a bracketed ticker is the company's, not part of its name
        Extraction t = Nlp.EXTRACTOR.extract("TEXACO <TX> SEES NO QUICK SETTLEMENT",
                "HOUSTON, March 3 - Texaco Inc <TX> said it would appeal. Texaco shares fell.");
        assertThat(names(t)).contains("ORGANIZATION:Texaco Inc").noneMatch(n -> n.contains("TX") || n.contains("Texas"));
    }

    // ---- NationalAcronym ---------------------------------------------------------------------------------------

    @Test
    void anAcronymJoinsItsLongFormAfterADottedCountryAbbreviation() {
        String h = "FDA approves new diabetes drug";
        String b = "The U.S. Food and Drug Administration approved the drug on Tuesday. The FDA said it would review further data.";
        Extraction x = Nlp.EXTRACTOR.extract(h, b);
        ExtractedEntity fda = entity(x, "U.S. Food and Drug Administration").orElseThrow();
        assertThat(anchors(fda)).containsExactlyInAnyOrder("FDA", "U.S. Food and Drug Administration", "FDA");
        assertThat(entity(x, "FDA")).isEmpty();
        assertThat(entity(off("NationalAcronym", h, b), "FDA")).as("without the rule, an entity of its own").isPresent();
    }

    @Test
    void anAcronymJoinsItsLongFormAfterADemonym() {
        String b = "The Japanese Financial Services Agency ordered the bank to improve. The FSA said it would inspect the lender.";
        Extraction x = Nlp.EXTRACTOR.extract(null, b);
        assertThat(anchors(entity(x, "Japanese Financial Services Agency").orElseThrow()))
                .containsExactly("Japanese Financial Services Agency", "FSA");
        assertThat(entity(off("NationalAcronym", null, b), "FSA")).isPresent();
        // "Britain's Financial Conduct Authority": NER tags Britain apart, so the initials match without the rule too
        Extraction y = Nlp.EXTRACTOR.extract(null,
                "Britain's Financial Conduct Authority fined the lender on Monday. The FCA said the failings were serious.");
        assertThat(anchors(entity(y, "Financial Conduct Authority").orElseThrow()))
                .containsExactly("Financial Conduct Authority", "FCA");
    }

    @Test
    void initialsThatMatchNoLongFormEvenWithoutItsPrefixStayApart() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "The U.S. Securities and Exchange Commission fined the bank. The SEC said the NFL had not been told.");
        assertThat(anchors(entity(x, "U.S. Securities and Exchange Commission").orElseThrow()))
                .containsExactly("U.S. Securities and Exchange Commission", "SEC");
        assertThat(entity(x, "NFL")).isPresent();
    }

    // ---- TitleTail ---------------------------------------------------------------------------------------------

    @Test
    void titleWordsNerRanOnIntoGoBackToTheTitleBeforeAPerson() {
        String b = "IMF Managing Director Christine Lagarde said on Thursday that growth was too weak.";
        Extraction x = Nlp.EXTRACTOR.extract(null, b);
        ExtractedEntity imf = entity(x, "IMF").orElseThrow();
        assertThat(anchors(imf)).containsExactly("IMF");
        Role r = entity(x, "Christine Lagarde").orElseThrow().roles().get(0);
        assertThat(r.title()).isEqualTo("Managing Director");
        assertThat(r.of()).isSameAs(imf);
        // NER tags "IMF" alone here; the run-on over capitalised words took "Managing" too until it learnt to stop
        // before a title's modifier ("IMF | Managing Director"): now the span is "IMF" even with TitleTail off
        assertThat(names(off("TitleTail", null, b))).contains("ORGANIZATION:IMF").doesNotContain("ORGANIZATION:IMF Managing");
    }

    @Test
    void anOrganisationsHeadNounOrSeatOfGovernmentStaysInItsName() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "White House Press Secretary Sean Spicer said the president would sign the order.");
        assertThat(anchors(entity(x, "White House").orElseThrow())).containsExactly("White House");
        assertThat(entity(x, "Sean Spicer").orElseThrow().roles().get(0).title()).isEqualTo("Press Secretary");
        Extraction y = Nlp.EXTRACTOR.extract(null, "NSW Police commissioner Mick Fuller said officers were ready.");
        assertThat(anchors(entity(y, "NSW Police").orElseThrow())).containsExactly("NSW Police");
    }

    // ---- PossessiveNames ---------------------------------------------------------------------------------------

    @Test
    void aListedNameKeepsItsPossessiveInTheMentionAndTheName() {
        String b = "Moody's cut the bank's rating on Wednesday, and Standard & Poor's followed. McDonald's said sales rose.";
        Extraction x = Nlp.EXTRACTOR.extract("Moody's cuts rating", b);
        assertThat(anchors(entity(x, "Moody's").orElseThrow())).containsExactly("Moody's", "Moody's");
        assertThat(entity(x, "Moody's").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(anchors(entity(x, "Standard & Poor's").orElseThrow())).containsExactly("Standard & Poor's");
        assertThat(anchors(entity(x, "McDonald's").orElseThrow())).containsExactly("McDonald's");
        assertThat(entity(off("PossessiveNames", "Moody's cuts rating", b), "Moody's")).isEmpty();
        assertThat(PossessiveNames.isName("Moody’s")).isTrue();
        assertThat(PossessiveNames.isName("Apple's")).isFalse();
    }

    @Test
    void aNameOfSeveralWordsTakesThePersonTagsNerGaveItsParts() {
        Extraction x = Nlp.EXTRACTOR.extract(null, "Trader Joe's and Ben & Jerry's were also named in the report.");
        assertThat(names(x)).containsExactlyInAnyOrder("ORGANIZATION:Trader Joe's", "ORGANIZATION:Ben & Jerry's");
    }

    @Test
    void anyOtherPossessiveStaysAPossessiveAndAPersonsNameIsLeftAlone() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "Apple's shares fell on Monday. Chris Christie's campaign ended, and Sotheby's held an auction.");
        assertThat(anchors(entity(x, "Apple").orElseThrow())).containsExactly("Apple");
        assertThat(anchors(entity(x, "Chris Christie").orElseThrow())).containsExactly("Chris Christie");
        assertThat(names(x)).doesNotContain("ORGANIZATION:Christie's");
        assertThat(anchors(entity(x, "Sotheby's").orElseThrow())).containsExactly("Sotheby's");
    }
}
