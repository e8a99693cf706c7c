package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.SDO;

class EntityExtractorTest {
    static Optional<ExtractedEntity> entity(Extraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    static List<String> anchors(ExtractedEntity e) { return e.mentions().stream().map(Mention::text).toList(); }

    @Test
    void shortFormsAndPossessivesResolveToTheFullNameSeenInTheArticle() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "Chinese President Xi Jinping met Vladimir Putin in Moscow. Xi's visit was welcomed by Putin, and Xi left on Friday.");
        ExtractedEntity xi = entity(x, "Xi Jinping").orElseThrow();
        assertThat(xi.type()).isEqualTo(EntityType.PERSON);
        assertThat(anchors(xi)).containsExactly("Xi Jinping", "Xi", "Xi");
        assertThat(xi.alternateNames()).containsExactly("Xi");
        assertThat(anchors(entity(x, "Vladimir Putin").orElseThrow())).containsExactly("Vladimir Putin", "Putin");
        assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("Xi", "Putin", "Xi's");
    }

    @Test
    void demonymBeforeATitleIsNationalityElsewhereAMentionOfTheCountry() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "Chinese President Xi Jinping arrived on Monday. Talks on a Russian-Ukrainian peace deal continued.");
        Role r = entity(x, "Xi Jinping").orElseThrow().roles().get(0);
        assertThat(r.title()).isEqualTo("President");
        assertThat(r.nationality().name()).isEqualTo("China");
        assertThat(r.nationality().schemaClass()).isEqualTo(SDO.Country);
        assertThat(entity(x, "China")).as("'Chinese' before a title is no mention").isEmpty();
        assertThat(anchors(entity(x, "Russia").orElseThrow())).containsExactly("Russian");
        assertThat(anchors(entity(x, "Ukraine").orElseThrow())).containsExactly("Ukrainian");
    }

    @Test
    void placeCommaRegionIsTwoPlacesTheFirstContainedInTheSecond() {
        Extraction x = Nlp.EXTRACTOR.extract(null, "The company opened offices in Denver, Colorado, last year.");
        assertThat(x.containment()).extracting(c -> c.place().name() + " < " + c.region().name())
                .containsExactly("Denver < Colorado");
        assertThat(entity(x, "Colorado").orElseThrow().schemaClass()).isEqualTo(SDO.AdministrativeArea);
    }

    @Test
    void honorificBelongsToTheMentionButNotToTheName() {
        Extraction x = Nlp.EXTRACTOR.extract(null, "Tony Blair spoke first. Later Mr Blair left the room.");
        ExtractedEntity blair = entity(x, "Tony Blair").orElseThrow();
        assertThat(anchors(blair)).containsExactly("Tony Blair", "Mr Blair");
        assertThat(blair.alternateNames()).doesNotContain("Mr Blair");
    }

    @Test
    void quotationsAreAttributedAndNewsAgenciesThatReportedAreSources() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "Angela Merkel met reporters in Berlin, Reuters reported. \"We will find a solution,\" Merkel said.");
        assertThat(x.quotes()).hasSize(1);
        Quote q = x.quotes().get(0);
        assertThat(q.text()).isEqualTo("We will find a solution");
        assertThat(q.speakers()).extracting(ExtractedEntity::name).containsExactly("Angela Merkel");
        assertThat(x.sources()).extracting(ExtractedEntity::name).containsExactly("Reuters");
        assertThat(entity(x, "Reuters").orElseThrow().schemaClass()).isEqualTo(SDO.NewsMediaOrganization);
    }

    @Test
    void offsetsAreIntoHeadlinePlusBlankLinePlusBody() {
        Extraction x = Nlp.EXTRACTOR.extract("Merkel Visits Paris", "Angela Merkel arrived in Paris on Monday.");
        assertThat(x.bodyOffset()).isEqualTo("Merkel Visits Paris".length() + 2);
        for (ExtractedEntity e : x.entities())
            for (Mention m : e.mentions()) assertThat(x.text().substring(m.begin(), m.end())).isEqualTo(m.text());
        assertThat(anchors(entity(x, "Angela Merkel").orElseThrow())).containsExactly("Merkel", "Angela Merkel");
        assertThat(NlpEnricher.isAbout(x, entity(x, "Angela Merkel").orElseThrow())).isTrue();
    }

    @Test
    void placeWithASportsCueIsItsTeamThroughoutTheArticle() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "England beat Samoa 35-3 in Tokyo on Saturday. The England captain Owen Farrell kicked four penalties, "
                + "and England now meet Japan in the quarter-final. England and Tonga have met twice before.");
        ExtractedEntity england = entity(x, "England").orElseThrow();
        assertThat(england.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(england.schemaClass()).isEqualTo(SDO.SportsTeam);
        assertThat(anchors(england)).containsExactly("England", "England", "England", "England");
        assertThat(entity(x, "Samoa").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(x, "Tonga").orElseThrow().type()).as("listed with a team").isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(x, "Tokyo").orElseThrow().type()).as("no cue: still a place").isEqualTo(EntityType.PLACE);
        assertThat(entity(x, "Japan").orElseThrow().type()).as("no cue: still a place").isEqualTo(EntityType.PLACE);
    }

    @Test
    void placeWithoutASportsCueStaysAPlace() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "Inflation in England rose again in May, and the England economy grew by 0.2 per cent. The Bank's "
                + "Captain Street branch in Liverpool closed.");
        assertThat(entity(x, "England").orElseThrow().type()).isEqualTo(EntityType.PLACE);
        assertThat(entity(x, "Liverpool").orElseThrow().type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void sportsCueOnAnOccurrenceNerLeftUntaggedStillMakesTheTeam() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "Rostov's Ivan Novoseltsev scored after ten minutes. Furious Rostov defender Dennis Hadzikadunic then argued with the referee.");
        ExtractedEntity rostov = entity(x, "Rostov").orElseThrow();
        assertThat(rostov.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(anchors(rostov)).containsExactly("Rostov", "Rostov");
    }

    @Test
    void aHyphenatedSportRoleIsACueThoughCoreNlpSplitsIt() {
        Extraction x = Nlp.EXTRACTOR.extract(null, "The Wales full-back Liam Williams limped off in Cardiff.");
        assertThat(entity(x, "Wales").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(x, "Cardiff").orElseThrow().type()).isEqualTo(EntityType.PLACE);
        Extraction y = Nlp.EXTRACTOR.extract(null, "Ireland fly-half Jack Carty kicked two penalties.");
        assertThat(entity(y, "Ireland").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        Extraction z = Nlp.EXTRACTOR.extract(null, "Roads in Wales - back in use since May - were resurfaced.");
        assertThat(entity(z, "Wales").orElseThrow().type()).as("a dash is no hyphen").isEqualTo(EntityType.PLACE);
    }

    @Test
    void aLoneInitialNerLeavesOutBelongsToThePersonsName() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "In 1990 the label signed T Bone Burnett, a songwriter. A Smith spokesman declined to comment.");
        ExtractedEntity p = entity(x, "T Bone Burnett").orElseThrow();
        assertThat(anchors(p)).containsExactly("T Bone Burnett");
        assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("Bone Burnett", "A Smith");
    }

    @Test
    void aCamelCaseBrandIsAnOrganisationButNamePrefixesAreNot() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "CrowdFunder says its fees are the lowest. The money raised went to CrowdFunder and the runners "
                + "thanked Emma MacArthur. SoundCloud said revenue grew, said Mike DeVos.");
        assertThat(entity(x, "CrowdFunder").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(anchors(entity(x, "CrowdFunder").orElseThrow())).hasSize(2);
        assertThat(entity(x, "SoundCloud").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(x, "Emma MacArthur").orElseThrow().type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(x, "Mike DeVos").orElseThrow().type()).isEqualTo(EntityType.PERSON);
        assertThat(BrandCase.isBrandCase("YouTube")).isTrue();
        assertThat(BrandCase.isBrandCase("McDonald")).isFalse();
        assertThat(BrandCase.isBrandCase("FitzGerald")).isFalse();
        assertThat(BrandCase.isBrandCase("iTunes")).as("lower-case start: not this rule").isFalse();
    }

    @Test
    void aDemonymAfterACapitalisedWordIsPartOfALongerNameNotTheCountry() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "He wore Dior Swiss Blue, and the shop sells Lurpak Danish pastries. The Chinese and Russian leaders met.");
        assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("Switzerland", "Denmark");
        assertThat(anchors(entity(x, "China").orElseThrow())).containsExactly("Chinese");
        assertThat(anchors(entity(x, "Russia").orElseThrow())).containsExactly("Russian");
    }

    @Test
    void anAllCapsNameNerMissedIsAnOrganisationWhenItRecursOrTakesTheArticle() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "Staff at G4S were told of the cuts on Monday, and the union said G4S had broken its word. Savers are "
                + "protected by the FSCS. A TV executive said costs rose to EUR 20 million.\n\nAT THE PLATE: Smith hit twice.");
        ExtractedEntity g4s = entity(x, "G4S").orElseThrow();
        assertThat(g4s.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(anchors(g4s)).containsExactly("G4S", "G4S");
        assertThat(entity(x, "FSCS").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("TV", "EUR", "AT", "THE", "PLATE");
    }

    @Test
    void anOrganisationsNameRunsOnOverCapitalisedWordsNerLeftOut() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "The series is available on Amazon Prime Video and in shops. He spoke on the KIIS FM breakfast show.");
        assertThat(anchors(entity(x, "Amazon Prime Video").orElseThrow())).containsExactly("Amazon Prime Video");
        assertThat(entity(x, "KIIS FM").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("Amazon", "KIIS");
    }

    @Test
    void aKnownNewsOutletNerLeftUntaggedIsAnOrganisation() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "It was a long shoot, he told The Independent last week. He wrote for the Guardian for years.");
        ExtractedEntity independent = entity(x, "Independent").orElseThrow();
        assertThat(independent.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(anchors(independent)).containsExactly("The Independent");
        assertThat(entity(x, "Guardian").orElseThrow().schemaClass()).isEqualTo(SDO.NewsMediaOrganization);
    }

    @Test
    void capitalisedWordsEndingInAnOrganisationsHeadNounAreAnOrganisation() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "The case was reopened by lawyers from the Second Look Project in May, and he left the Kindness Trust "
                + "for good. Project Manager Jones quit.");
        assertThat(entity(x, "Second Look Project").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(x, "Kindness Trust").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("Project Manager", "Project Manager Jones");
    }

    @Test
    void aDayOrMonthAfterANameIsNoPartOfIt() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "The documentary will be broadcast on CNN Saturday night. Reuters Monday reported the deal.");
        assertThat(anchors(entity(x, "CNN").orElseThrow())).containsExactly("CNN");
        assertThat(anchors(entity(x, "Reuters").orElseThrow())).containsExactly("Reuters");
        assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("CNN Saturday", "Reuters Monday");
    }

    @Test
    void aPlaceAPlayerPlaysForIsATeam() {
        Extraction x = Nlp.EXTRACTOR.extract(null, "Kovac plays for Freiburg, and he lives in Basel.");
        assertThat(entity(x, "Freiburg").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(x, "Basel").orElseThrow().type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void aPlaceAfterCityOfOrDuchessOfIsPartOfTheLongerName() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "Cheering crowds greeted the Princess of Wales in Swansea, and later the Princess spoke to children. "
                + "Old rules for the City of London were torn up.");
        ExtractedEntity princess = entity(x, "Princess of Wales").orElseThrow();
        assertThat(princess.type()).isEqualTo(EntityType.PERSON);
        assertThat(anchors(princess)).containsExactly("Princess of Wales");
        assertThat(entity(x, "City of London").orElseThrow().type()).isEqualTo(EntityType.PLACE);
        assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("Wales", "London", "Princess");
        assertThat(entity(x, "Swansea")).isPresent();
    }

    @Test
    void anUntaggedNameWhosePossessiveTakesAJobTitleIsTheEmployer() {
        Extraction x = Nlp.EXTRACTOR.extract(null,
                "Ann Lee, Unite's assistant general secretary, said it was shocking. Britain's prime minister agreed.");
        assertThat(entity(x, "Unite").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(x, "United Kingdom").orElseThrow().type()).isEqualTo(EntityType.PLACE);
        assertThat(entity(x, "Ann Lee").orElseThrow().type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void organisationsJoinedByASlashAreTwo() {
        Extraction x = Nlp.EXTRACTOR.extract(null, "A YouGov/Times survey found that support fell.");
        assertThat(entity(x, "YouGov").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(x, "Times").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(x.entities()).extracting(ExtractedEntity::name).doesNotContain("YouGov/Times");
    }

    @Test
    void aStatesNameWithStateIsItsUniversity() {
        Extraction x = Nlp.EXTRACTOR.extract(null, "He was let down by the Michigan State recruiter in the spring. She lives in Ohio.");
        assertThat(entity(x, "Michigan State").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(x, "Ohio").orElseThrow().type()).isEqualTo(EntityType.PLACE);
        assertThat(entity(x, "Michigan")).isEmpty();
    }

    @Test
    void channelAndANumberIsABroadcaster() {
        Extraction x = Nlp.EXTRACTOR.extract(null, "The drama starts on Channel 5 next week.");
        assertThat(entity(x, "Channel 5").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aPlaceAYearAndANameIsAnEventNotAMentionOfThePlace() {
        Extraction x = Nlp.EXTRACTOR.extract(null, "He helped plan the Paris 2024 Olympics before moving to Paris in 2025.");
        ExtractedEntity paris = entity(x, "Paris").orElseThrow();
        assertThat(paris.mentions()).hasSize(1);
        assertThat(paris.mentions().get(0).begin()).isEqualTo(x.text().lastIndexOf("Paris"));
    }

    @Test
    void aPartyCalledByItsMembersNameIsAnOrganisation() {
        Extraction x = Nlp.EXTRACTOR.extract(null, "Support for the ruling Conservatives fell to a new low, and the Socialists gained.");
        assertThat(entity(x, "Conservatives").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(x, "Socialists").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
    }
}
