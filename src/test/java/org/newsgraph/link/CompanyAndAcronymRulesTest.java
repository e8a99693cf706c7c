package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.link.NewsNameRulesTest.link;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules {@code compoundnames} ({@link NameMatch#namesOrganisation}), {@code acronymcase}, {@code outletnames} and {@code umlauts}, the
 * spelled-out legal form ({@link NameForms#spelledOut}), a company's web-address title, double surnames with or without
 * their hyphen and a country's qualifier written as its adjective ({@link QualifierWords}), on
 * sentences written for this test, with the real WikiDict index; a rule switched off by name loses the link it makes.
 */
class CompanyAndAcronymRulesTest {
    static final Linker linker = NewsNameRulesTest.linker;

    @Test
    void aNameWithItsLegalFormIsTheCompanyWhoseTitleEndsInOneNotTheGroup() {
        String text = "Copper fell as the market digested losses at Sumitomo Corp. Mitsubishi Corp also trades copper.";
        assertThat(link(linker, "Sumitomo Corp", EntityType.ORGANIZATION, text)).contains("Sumitomo_Corporation");
        assertThat(link(linker, "Mitsubishi Corp", EntityType.ORGANIZATION, text)).contains("Mitsubishi_Corporation");
        assertThat(NameMatch.CompanyName.of("Sumitomo Corp").qualifierContext("Sumitomo_Corporation")).isEqualTo(0.5);
        // without a legal form the name says nothing of it; and the title must be the name's ("BBH" is no Beckham Brand Holdings)
        assertThat(NameMatch.CompanyName.of("Sumitomo").qualifierContext("Sumitomo_Corporation")).isZero();
        assertThat(NameMatch.CompanyName.of("Beckham Brand Holdings").qualifierContext("Brown_Brothers_Harriman_&_Co.")).isZero();
        Linker off = Linker.create(TestIndex.get()).without(List.of("companynames")).build();
        assertThat(link(off, "Sumitomo Corp", EntityType.ORGANIZATION, text)).isNotEqualTo(Optional.of("Sumitomo_Corporation"));
    }

    @Test
    void aCompanyNamedByItsFirstWordInABusinessStoryIsLookedUpWithItsTradeWords() {
        String tesla = "Tesla recalled 2 million vehicles in the United States. Shares of Tesla fell 1% in New York.";
        assertThat(new ArticleText(tesla).business()).isTrue();
        assertThat(link(linker, "Tesla", EntityType.ORGANIZATION, tesla)).contains("Tesla_Motors");
        assertThat(link(linker, "Delta", EntityType.ORGANIZATION, "Delta said profit rose as it added flights to Europe."))
                .contains("Delta_Air_Lines");
        // no business story, a sports report, or a word whose own titles hold an organisation: not this rule's
        assertThat(link(linker, "Duke", EntityType.ORGANIZATION, "The Duke and Duchess of Cambridge have announced a baby."))
                .isNotEqualTo(Optional.of("Duke_Energy"));
        assertThat(link(linker, "United", EntityType.ORGANIZATION, "United beat Chelsea 2-0 and the striker scored twice; "
                + "shares in the club rose.")).isNotEqualTo(Optional.of("United_Airlines"));
        assertThat(link(linker, "Shell", EntityType.ORGANIZATION, "Shell reported record profit.")).contains("Royal_Dutch_Shell");
        Linker off = Linker.create(TestIndex.get()).without(List.of("tradewords")).build();
        assertThat(link(off, "Tesla", EntityType.ORGANIZATION, tesla)).isNotEqualTo(Optional.of("Tesla_Motors"));
    }

    @Test
    void anOrganisationQualifiedByAPlaceIsATitleNamingIt() {
        assertThat(NameMatch.namesOrganisation("Project_MKULTRA", "CIA")).isFalse();
        assertThat(NameMatch.namesOrganisation("Central_Intelligence_Agency", "CIA")).isTrue();
        assertThat(NameMatch.namesOrganisation("United_States_Environmental_Protection_Agency", "EPA")).isTrue();
        assertThat(NameMatch.namesOrganisation("Federal_Reserve_System", "Fed")).isTrue();
        assertThat(NameMatch.namesOrganisation("Ministry_of_Foreign_Affairs_(China)", "Foreign Ministry")).isTrue();
        assertThat(NameMatch.namesOrganisation("Beijing", "Foreign Ministry")).isFalse();
        String text = "The FBI and the CIA briefed lawmakers, officials in the United States said.";
        LinkRequest.ContextEntity us = new LinkRequest.ContextEntity("United States", EntityType.PLACE);
        assertThat(link(linker, "CIA", EntityType.ORGANIZATION, text, us)).contains("Central_Intelligence_Agency");
        Linker off = Linker.create(TestIndex.get()).without(List.of("compoundnames")).build();
        assertThat(link(off, "CIA", EntityType.ORGANIZATION, text, us)).contains("Project_MKULTRA");
        // the word that says which body it is must be in the title too, by its first five letters at least
        assertThat(NameMatch.namesOrganisation("Department_of_the_Missouri", "Justice Department")).isFalse();
        assertThat(NameMatch.namesOrganisation("United_States_Department_of_Justice", "Justice Department")).isTrue();
        assertThat(NameMatch.namesOrganisation("Ministry_of_Defence_(Russia)", "Defense Ministry")).isTrue();
    }

    @Test
    void anOrganisationKeepsAWordThatIsAPersonsHonorific() {
        // "Justice" before a name is a judge's style; "Justice Department" is no "Department" (of the Missouri)
        String ferguson = "FERGUSON, Missouri (Reuters) - Police in Ferguson shot a teenager. Attorney General Eric Holder "
                + "said the Justice Department would investigate.";
        LinkRequest.ContextEntity missouri = new LinkRequest.ContextEntity("Missouri", EntityType.PLACE);
        assertThat(link(linker, "Justice Department", EntityType.ORGANIZATION, ferguson, missouri))
                .contains("United_States_Department_of_Justice");
        assertThat(link(linker, "Justice Ruth Bader Ginsburg", EntityType.PERSON, "Justice Ruth Bader Ginsburg dissented."))
                .contains("Ruth_Bader_Ginsburg");
    }

    @Test
    void anAcronymIsNotAWordSpelledInCapitals() {
        String text = "\"How will they survive without food,\" a villager told ANI on Sunday.";
        assertThat(link(linker, "ANI", EntityType.ORGANIZATION, text)).isNotEqualTo(Optional.of("Ani"));
        // a dateline in capitals is no acronym of an organisation
        assertThat(link(linker, "LONDON", EntityType.PLACE, "LONDON (Reuters) - Shares fell.")).contains("London");
        assertThat(link(linker, "CIA", EntityType.ORGANIZATION, text)).contains("Central_Intelligence_Agency");
        Linker off = Linker.create(TestIndex.get()).without(List.of("acronymcase")).build();
        assertThat(link(off, "ANI", EntityType.ORGANIZATION, text)).contains("Ani");
        // a headline in capitals: "TEXACO" is the word the story writes "Texaco", no acronym
        String wire = "TEXACO <TX> SEES NO QUICK SETTLEMENT\n\nHOUSTON, March 3 - Texaco Inc said it would appeal.";
        assertThat(link(linker, "TEXACO", EntityType.ORGANIZATION, wire)).contains("Texaco");
        assertThat(link(linker, "TEXACO", EntityType.ORGANIZATION, "TEXACO <TX> SEES NO QUICK SETTLEMENT")).isEmpty();
    }

    @Test
    void anAbbreviatedLegalFormIsLookedUpSpelledOut() {
        assertThat(NameForms.spelledOut("Walt Disney Co")).isEqualTo("Walt Disney Company");
        assertThat(NameForms.spelledOut("Tandy Corp.")).isEqualTo("Tandy Corporation");
        assertThat(NameForms.spelledOut("Coca-Cola")).isNull();
        assertThat(NameForms.variants("Walt Disney Co", EntityType.ORGANIZATION)).contains("Walt Disney Company", "Walt Disney");
        assertThat(NameForms.variants("Walt Disney Co", EntityType.ORGANIZATION, false, true)).doesNotContain("Walt Disney Company");
        String text = "The show aired on ABC, owned by Walt Disney Co.";
        assertThat(link(linker, "Walt Disney Co", EntityType.ORGANIZATION, text)).contains("The_Walt_Disney_Company");
        Linker off = Linker.create(TestIndex.get()).without(List.of("legalform")).build();
        assertThat(link(off, "Walt Disney Co", EntityType.ORGANIZATION, text)).isNotEqualTo(Optional.of("The_Walt_Disney_Company"));
    }

    @Test
    void anOutletsNameTheWikiDictGivesOnlyToAnotherOrganisationIsThatOne() {
        LinkRule outlets = LinkRule.outlets(java.util.Map.of("EPA", "European_Pressphoto_Agency", "TASS", "TASS"));
        Linker l = Linker.create(TestIndex.get()).rule(outlets).build();
        String text = "The EPA delayed its decision on the pesticide, TASS reported.";
        assertThat(link(l, "EPA", EntityType.ORGANIZATION, text)).contains("United_States_Environmental_Protection_Agency");
        assertThat(link(l, "TASS", EntityType.ORGANIZATION, text)).as("anchors 'TASS' reach the title TASS").contains("TASS");
        Linker off = Linker.create(TestIndex.get()).rule(outlets).without(List.of("outletnames")).build();
        assertThat(link(off, "EPA", EntityType.ORGANIZATION, text)).contains("European_Pressphoto_Agency");
    }

    @Test
    void twoLegalFormsInARowAreBothDropped() {
        assertThat(NameForms.withoutLegalForm("British Petroleum Co PLC")).isEqualTo("British Petroleum");
        assertThat(NameForms.withoutLegalForm("Samsung Electronics Co Ltd")).isEqualTo("Samsung Electronics");
        assertThat(NameForms.withoutLegalForm("Cabaye and Co")).isEqualTo("Cabaye and Co");
        assertThat(link(linker, "British Petroleum Co PLC", EntityType.ORGANIZATION, "British Petroleum Co PLC made a bid."))
                .contains("BP");
        // Nordic and Dutch forms
        assertThat(NameForms.withoutLegalForm("Norsk Hydro AS")).isEqualTo("Norsk Hydro");
        assertThat(NameForms.withoutLegalForm("A.P. Moller-Maersk A/S")).isEqualTo("A.P. Moller-Maersk");
        assertThat(link(linker, "Norsk Hydro AS", EntityType.ORGANIZATION, "Norsk Hydro AS said profit rose.")).contains("Norsk_Hydro");
    }

    @Test
    void aLeadingInitialBeforeTheGivenNameIsDropped() {
        assertThat(NameForms.variants("J. Hugh Liedtke", EntityType.PERSON)).contains("Hugh Liedtke");
        assertThat(NameForms.variants("J. Hugh Liedtke", EntityType.ORGANIZATION)).doesNotContain("Hugh Liedtke");
        assertThat(NameMatch.personNameFits("J. Hugh Liedtke", new String[] {"j", "hugh", "liedtke"}, "Hugh Liedtke",
                TitleType.UNKNOWN, TitleType.PERSON)).isTrue();
        assertThat(NameMatch.personNameFits("J. Hugh Liedtke", new String[] {"j", "hugh", "liedtke"}, "Anna Liedtke",
                TitleType.UNKNOWN, TitleType.PERSON)).isFalse();
        String text = "Pennzoil chairman J. Hugh Liedtke said Texaco should settle.";
        assertThat(link(linker, "J. Hugh Liedtke", EntityType.PERSON, text)).contains("Hugh_Liedtke");
        Linker off = Linker.create(TestIndex.get()).without(List.of("initials")).build();
        assertThat(link(off, "J. Hugh Liedtke", EntityType.PERSON, text)).isEmpty();
    }

    @Test
    void aNationalCapitalInTheStoryNamesTheCountryOfItsBodies() {
        String tokyo = "Talks in Tokyo went on, and the Foreign Ministry said it would respond.";
        LinkRequest.ContextEntity city = new LinkRequest.ContextEntity("Tokyo", EntityType.PLACE);
        assertThat(link(linker, "Foreign Ministry", EntityType.ORGANIZATION, tokyo, city)).contains("Ministry_of_Foreign_Affairs_(Japan)");
        Linker off = Linker.create(TestIndex.get()).without(List.of("capitalcountry")).build();
        assertThat(link(off, "Foreign Ministry", EntityType.ORGANIZATION, tokyo, city)).isEmpty();
        // a person's title is no longer name of an organisation: "Treasury Secretary James Baker"
        String crash = "Wall Street suffered its worst day. Treasury Secretary James Baker said the economy was sound.";
        assertThat(link(linker, "Treasury", EntityType.ORGANIZATION, crash)).contains("United_States_Department_of_the_Treasury");
    }

    @Test
    void aFormalGivenNameFitsTheShortOneOfTheTitle() {
        assertThat(NameMatch.personNameFits("Richard Gephardt", new String[] {"richard", "gephardt"}, "Dick Gephardt",
                TitleType.UNKNOWN, TitleType.PERSON)).isTrue();
        assertThat(NameMatch.personNameFits("Richard Gephardt", new String[] {"richard", "gephardt"}, "Anna Gephardt",
                TitleType.UNKNOWN, TitleType.PERSON)).isFalse();
        String text = "Missouri Democrat Richard Gephardt and Senator Edward Kennedy backed the trade bill.";
        assertThat(link(linker, "Richard Gephardt", EntityType.PERSON, text)).contains("Dick_Gephardt");
        assertThat(link(linker, "Edward Kennedy", EntityType.PERSON, text)).contains("Ted_Kennedy");
    }

    @Test
    void aBareTownOfAStoryAboutBritainIsNoAmericanTown() {
        assertThat(ForeignBodies.townMark("Durham,_North_Carolina")).isEqualTo(new ForeignBodies.Mark("North Carolina", "United States"));
        assertThat(ForeignBodies.townMark("Durham")).isNull();
        assertThat(ForeignBodies.townMark("Perth,_Scotland")).isNull();
        String uk = "Durham police believe he broke lockdown rules. His 260-mile journey to Durham from London on 27 March "
                + "was made to find childcare, he said, and he drove to Barnard Castle in England on his wife's birthday.";
        LinkRequest.ContextEntity england = new LinkRequest.ContextEntity("England", EntityType.PLACE);
        LinkRequest.ContextEntity barnard = new LinkRequest.ContextEntity("Barnard Castle", EntityType.PLACE);
        assertThat(link(linker, "Durham", EntityType.PLACE, uk, england, barnard)).contains("Durham");
        Linker off = Linker.create(TestIndex.get()).without(List.of("foreigntown")).build();
        assertThat(link(off, "Durham", EntityType.PLACE, uk, england, barnard)).isNotEqualTo(Optional.of("Durham"));
        // a story that writes the state, or names no other home country, keeps the American towns
        String nc = "Durham police arrested a man in Raleigh, North Carolina, after a chase through England Street.";
        assertThat(ForeignBodies.foreignTown("Durham,_North_Carolina", java.util.Set.of("United Kingdom"), new ArticleText(nc))).isFalse();
        assertThat(ForeignBodies.foreignTown("Durham,_North_Carolina", java.util.Set.of("Iraq"), new ArticleText(uk))).isFalse();
    }

    @Test
    void aGenericBodyInAStoryAboutOneCountryIsNotAnotherCountrys() {
        assertThat(ForeignBodies.mark("Norwegian_Ministry_of_Trade_and_Industry")).isEqualTo(new ForeignBodies.Mark("Norwegian", "Norway"));
        assertThat(ForeignBodies.mark("Ministry_of_Trade_and_Industry_(Singapore)")).isEqualTo(new ForeignBodies.Mark("Singapore", "Singapore"));
        assertThat(ForeignBodies.mark("House_of_Commons_of_the_United_Kingdom").country()).isEqualTo("United Kingdom");
        assertThat(ForeignBodies.mark("Ministry_of_Trade_and_Industry")).isNull();
        String seoul = "SEOUL, Nov 18 - South Korea's trade surplus widened, the Ministry of Trade and Industry said.";
        LinkRequest.ContextEntity korea = new LinkRequest.ContextEntity("South Korea", EntityType.PLACE);
        assertThat(link(linker, "Ministry of Trade and Industry", EntityType.ORGANIZATION, seoul, korea))
                .isNotEqualTo(Optional.of("Norwegian_Ministry_of_Trade_and_Industry"));
        Linker off = Linker.create(TestIndex.get()).without(List.of("foreignbody")).build();
        assertThat(link(off, "Ministry of Trade and Industry", EntityType.ORGANIZATION, seoul, korea))
                .contains("Norwegian_Ministry_of_Trade_and_Industry");
        // a country named only in a capitals headline or dateline counts as named
        String jakarta = "INDONESIA - RIOTS IN JAKARTA.\nJAKARTA 1996-07-27\nPresident Suharto's government blamed the People's "
                + "Democratic Party for the violence.";
        LinkRequest.ContextEntity indonesia = new LinkRequest.ContextEntity("INDONESIA", EntityType.PLACE);
        assertThat(ForeignBodies.articleCountries(LinkRequest.of("People's Democratic Party", EntityType.ORGANIZATION)
                .withContext(List.of(indonesia)))).containsExactly("Indonesia");
        assertThat(link(linker, "People's Democratic Party", EntityType.ORGANIZATION, jakarta, indonesia))
                .isNotEqualTo(Optional.of("People's_Democratic_Party_(Nigeria)"));
        assertThat(NameForms.titleCaseWords("BOSNIA AND HERZEGOVINA")).isEqualTo("Bosnia and Herzegovina");
        // news leaves its own country unnamed: a US unit in a story naming only Iraq stays; not in an Australian story
        ArticleText war = new ArticleText("He was chief of staff of the 3rd Infantry Division in Iraq.");
        assertThat(ForeignBodies.foreign("3rd_Infantry_Division_(United_States)", java.util.Set.of("Iraq"), war)).isFalse();
        assertThat(ForeignBodies.foreign("3rd_Infantry_Division_(United_States)", java.util.Set.of("Iraq", "Australia"), war)).isTrue();
        assertThat(ForeignBodies.foreign("Belgian_Federal_Parliament", java.util.Set.of("Australia"), war)).isTrue();
        // the country written in the story, by the title's own word: "Bank of America" in a Mexico story
        String mexico = "MEXICO CITY, Oct 6 - Mexico signed a loan led by Citicorp and Bank of America.";
        LinkRequest.ContextEntity mx = new LinkRequest.ContextEntity("Mexico", EntityType.PLACE);
        assertThat(link(linker, "Bank of America", EntityType.ORGANIZATION, mexico, mx)).contains("Bank_of_America");
    }

    @Test
    void aCompanyIsNamedWithoutItsWebAddress() {
        assertThat(NameMatch.company("Amazon.com", "Amazon", EntityType.ORGANIZATION)).isEqualTo(1.0);
        assertThat(NameMatch.company("The_Walt_Disney_Company", "Walt Disney Co", EntityType.ORGANIZATION)).isEqualTo(1.0);
        assertThat(NameMatch.company("Amazon_River", "Amazon", EntityType.ORGANIZATION)).isZero();
        String text = "Apple, Amazon and Netflix shares fell on the Nasdaq.";
        assertThat(link(linker, "Amazon", EntityType.ORGANIZATION, text)).contains("Amazon.com");
        Linker off = Linker.create(TestIndex.get()).without(List.of("companynames")).build();
        assertThat(link(off, "Amazon", EntityType.ORGANIZATION, text)).isNotEqualTo(Optional.of("Amazon.com"));
    }

    @Test
    void aGermanUmlautWrittenWithAnEIsTheUmlaut() {
        assertThat(NameForms.umlautSpellings("Juergen Klopp")).containsExactly("Jürgen Klopp");
        assertThat(NameForms.umlautSpellings("Manuel Neuer")).contains("Manül Neuer", "Manuel Neür", "Manül Neür");
        assertThat(NameForms.umlautSpellings("Angela Merkel")).isEmpty();
        assertThat(NameForms.hasUmlaut("Jürgen_Klopp")).isTrue();
        assertThat(NameForms.hasUmlaut("Manuel_Neuer")).isFalse();
        // the surname fits with or without the umlaut's e
        assertThat(NameMatch.personNameFits("Karl Otto Poehl", new String[] {"karl", "otto", "poehl"}, "Karl Otto Pöhl",
                TitleType.UNKNOWN, TitleType.PERSON)).isTrue();
        String text = "Liverpool manager Juergen Klopp praised his defence after the match.";
        assertThat(link(linker, "Juergen Klopp", EntityType.PERSON, text)).contains("Jürgen_Klopp");
        assertThat(link(linker, "Manuel Neuer", EntityType.PERSON, text)).contains("Manuel_Neuer");
        Linker off = Linker.create(TestIndex.get()).without(List.of("umlauts")).build();
        assertThat(link(off, "Juergen Klopp", EntityType.PERSON, text)).isEmpty();
    }

    @Test
    void aCountrysQualifierIsWrittenAsItsAdjective() {
        ArticleText french = new ArticleText("The French president met the leader of the National Front on Monday.");
        assertThat(QualifierWords.qualifierInText(french, "National_Front_(France)")).isTrue();
        assertThat(QualifierWords.qualifierInText(french, "National_Front_(Iran)")).isFalse();
        assertThat(QualifierWords.qualifierInText(new ArticleText("Frenchay hospital said the National Front met."),
                "National_Front_(France)")).as("a whole word only").isFalse();
    }

    @Test
    void aDoubleSurnameFitsWithOrWithoutItsHyphen() {
        assertThat(NameMatch.personNameFits("Ellen Johnson Sirleaf", new String[] {"ellen", "johnson", "sirleaf"},
                "Ellen Johnson-Sirleaf", TitleType.UNKNOWN, TitleType.PERSON)).isTrue();
        assertThat(NameMatch.personNameFits("Ban Ki-moon", new String[] {"ban", "ki-moon"}, "Ban Ki-moon",
                TitleType.UNKNOWN, TitleType.PERSON)).isTrue();
        assertThat(NameMatch.personNameFits("Ellen Johnson", new String[] {"ellen", "johnson"}, "Ellen Sirleaf",
                TitleType.UNKNOWN, TitleType.PERSON)).isFalse();
        String text = "Liberia's President Ellen Johnson Sirleaf declared a state of emergency.";
        assertThat(link(linker, "Ellen Johnson Sirleaf", EntityType.PERSON, text)).contains("Ellen_Johnson-Sirleaf");
    }
}
