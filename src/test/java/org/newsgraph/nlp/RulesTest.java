package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.SDO;

/**
 * Each extraction rule on fixed NER tags ({@link Tokens#tagged}): no CoreNLP model is loaded here. Where a rule adds
 * something, the same text with the rule switched off shows it is that rule's doing.
 */
class RulesTest {
    static final EntityExtractor ALL = EntityExtractor.create().build();

    static Extraction run(String tagged, String... disabled) {
        EntityExtractor x = disabled.length == 0 ? ALL : EntityExtractor.create().disable(disabled).build();
        return x.extract(Tokens.tagged(tagged), 0);
    }

    static Optional<ExtractedEntity> entity(Extraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    static List<String> names(Extraction x) { return x.entities().stream().map(e -> e.type() + ":" + e.name()).toList(); }

    static List<String> anchors(ExtractedEntity e) { return e.mentions().stream().map(Mention::text).toList(); }

    // ---- the test tools ----------------------------------------------------------------------------------------

    @Test
    void taggedTokensRebuildATextWithOffsetsSentencesAndParagraphs() {
        Tokens t = Tokens.tagged("Chinese President Xi/PERSON Jinping/PERSON 's visit . || \" We agree , \" he said .");
        assertThat(t.text).isEqualTo("Chinese President Xi Jinping's visit.\n\n\"We agree,\" he said.");
        assertThat(t.ner[2]).isEqualTo("PERSON");
        assertThat(t.ner[0]).isEqualTo("O");
        assertThat(t.span(2, 4)).isEqualTo("Xi Jinping");
        assertThat(t.sentence[7]).isEqualTo(1);
        assertThat(t.sentenceStart).containsExactly(0, 7, 15);
    }

    @Test
    void wordListsRejectDuplicatesWithFileAndLine() {
        assertThat(WordList.parse("x.txt", "# comment\nsaid\n\ntold  # inline\n")).containsExactly("said", "told");
        assertThatThrownBy(() -> WordList.parse("x.txt", "said\ntold\nsaid\n"))
                .hasMessageContaining("x.txt:3").hasMessageContaining("duplicate entry \"said\"");
        assertThat(Lexicon.SPEECH_VERBS).contains("said", "touted");   // every shipped list loads (no duplicates)
    }

    // ---- spans -------------------------------------------------------------------------------------------------

    @Test
    void nerSpansDropTheLeadingTheAndTheTrailingPossessive() {
        Extraction x = run("The/ORGANIZATION Kremlin/ORGANIZATION 's statement came late .");
        assertThat(anchors(entity(x, "Kremlin").orElseThrow())).containsExactly("Kremlin");
    }

    @Test
    void loneInitialJoinsThePersonsName() {
        String s = "In 1990 the label signed T Bone/PERSON Burnett/PERSON , a songwriter .";
        assertThat(names(run(s))).contains("PERSON:T Bone Burnett");
        assertThat(names(run(s, "LoneInitial"))).contains("PERSON:Bone Burnett");
    }

    @Test
    void stateAndStateIsItsUniversity() {
        String s = "the Ohio/LOCATION State recruiter called him on the phone .";
        assertThat(names(run(s))).containsExactly("ORGANIZATION:Ohio State");
        assertThat(names(run(s, "StateUniversity"))).isEmpty();
    }

    @Test
    void organisationNameRunsOnOverCapitalisedWordsNerLeftOut() {
        String s = "he watched it on Amazon/ORGANIZATION Prime Video at home with his family .";
        assertThat(names(run(s))).containsExactly("ORGANIZATION:Amazon Prime Video");
        assertThat(names(run(s, "OrganisationRunOn"))).containsExactly("ORGANIZATION:Amazon");
        // but not over a title's modifier: "High" of "High Commissioner"
        assertThat(names(run("the United/ORGANIZATION Nations/ORGANIZATION High Commissioner for Refugees said refugees had fled .")))
                .containsExactly("ORGANIZATION:United Nations");
    }

    @Test
    void placeYearAndNameIsAnEventNotThePlace() {
        String s = "tickets for the London/LOCATION 2012 Olympics sold out in a day .";
        assertThat(names(run(s))).isEmpty();
        assertThat(names(run(s, "EventName"))).containsExactly("PLACE:London");
    }

    @Test
    void slashSplitsAnOrganisationSpanInTwo() {
        String s = "a Comres/ORGANIZATION //ORGANIZATION ITV/ORGANIZATION poll found support fell .";
        assertThat(names(run(s))).containsExactlyInAnyOrder("ORGANIZATION:Comres", "ORGANIZATION:ITV");
        assertThat(names(run(s, "SlashSplit"))).containsExactly("ORGANIZATION:Comres / ITV");
    }

    @Test
    void cityOfAndDuchessOfMakeOneName() {
        assertThat(names(run("bankers in the City of London/LOCATION were worried ."))).containsExactly("PLACE:City of London");
        assertThat(names(run("it was The Duchess of Cambridge/LOCATION who spoke ."))).containsExactly("PERSON:The Duchess of Cambridge");
        assertThat(names(run("bankers in the City of London/LOCATION were worried .", "OfPlaceNames"))).containsExactly("PLACE:London");
    }

    @Test
    void orgHeadNounEndsAnUntaggedOrganisationName() {
        String s = "the case was taken up by the Second Look Project in the spring .";
        assertThat(names(run(s))).containsExactly("ORGANIZATION:Second Look Project");
        assertThat(names(run(s, "OrgHeadNoun"))).isEmpty();
    }

    @Test
    void hyphenatedWordHoldsTwoPlaces() {
        Extraction x = run("talks on a Russian-Ukrainian peace deal went on .");
        assertThat(anchors(entity(x, "Russia").orElseThrow())).containsExactly("Russian");
        assertThat(anchors(entity(x, "Ukraine").orElseThrow())).containsExactly("Ukrainian");
        assertThat(names(run("talks on a Russian-Ukrainian peace deal went on .", "HyphenatedNames"))).isEmpty();
    }

    @Test
    void unspacedHyphensJoinOnePlaceNameUnlessAPartIsAPlaceOfItsOwn() {
        // CoreNLP splits "Al-Ain" into three tokens and tags them as one LOCATION
        String towns = "rebels took Al/LOCATION -/LOCATION Ain/LOCATION and Winston/LOCATION -/LOCATION Salem/LOCATION .";
        assertThat(names(run(unspacedHyphens(towns)))).containsExactly("PLACE:Al-Ain", "PLACE:Winston-Salem");
        assertThat(names(run(unspacedHyphens("SPA/LOCATION -/LOCATION FRANCORCHAMPS/LOCATION , Belgium/LOCATION 1996-08-24 ||"))))
                .contains("PLACE:SPA-FRANCORCHAMPS");
        assertThat(names(run(unspacedHyphens("traffic on the Delhi/LOCATION -/LOCATION Noida/LOCATION road stopped ."))))
                .as("Delhi is a place of its own").containsExactly("PLACE:Delhi", "PLACE:Noida");
        assertThat(names(run(Tokens.tagged(towns)))).as("spaced hyphens join places")
                .containsExactly("PLACE:Al", "PLACE:Ain", "PLACE:Winston", "PLACE:Salem");
        assertThat(names(run("traffic on the Delhi-Noida/LOCATION road stopped ."))).as("one token")
                .containsExactly("PLACE:Delhi", "PLACE:Noida");
        assertThat(names(run("rebels took Al-Ain/LOCATION on Monday ."))).as("one token").containsExactly("PLACE:Al-Ain");
        assertThat(names(run(unspacedHyphens(towns), "HyphenatedPlaceName")))
                .containsExactly("PLACE:Al", "PLACE:Ain", "PLACE:Winston", "PLACE:Salem");
    }

    @Test
    void aOneWordNameTypedBothPersonAndOrganisationIsTheOrganisationUnlessAPersonsFullNameHoldsIt() {
        String s = "Tesla/PERSON recalled 2 million vehicles . Shares of Tesla/ORGANIZATION fell .";
        assertThat(names(run(s))).containsExactly("ORGANIZATION:Tesla");
        assertThat(names(run(s, "LoneNameOrganisation"))).contains("PERSON:Tesla");
        String musk = "Elon/PERSON Musk/PERSON spoke . Musk/PERSON said Musk/ORGANIZATION would grow .";
        assertThat(names(run(musk))).doesNotContain("ORGANIZATION:Musk");
    }

    @Test
    void aCountryWithAPluralVerbInASportsTextIsItsSide() {
        String s = "China/LOCATION lost the championship match 2-0 . Despite winning the title two years ago , "
                + "Uzbekistan/LOCATION are in the finals as outsiders .";
        assertThat(names(run(s))).contains("ORGANIZATION:Uzbekistan");
        assertThat(names(run(s, "PluralCountry"))).contains("PLACE:Uzbekistan");
        // a pair takes the plural for itself, and a text without two words of sport is no sports report
        assertThat(names(run("The match was close , and Israel/LOCATION and Egypt/LOCATION have agreed on the league ."))).contains("PLACE:Egypt");
        assertThat(names(run("The goal of the talks is peace . Uzbekistan/LOCATION are neighbours ."))).contains("PLACE:Uzbekistan");
    }

    @Test
    void aTeamNamedInCapitalsIsTheSameTeamInTitleCase() {
        String s = "CRICKET - ENGLAND/LOCATION V PAKISTAN/LOCATION SCOREBOARD . || Scoreboard of the third test between "
                + "England/LOCATION and Pakistan/LOCATION at the Oval/LOCATION .";
        assertThat(names(run(s))).contains("ORGANIZATION:England", "ORGANIZATION:Pakistan");
        assertThat(names(run(s, "SportsTeams"))).contains("PLACE:England");
    }

    @Test
    void aFirstLineInCapitalsIsTheHeadlineAndItsLongSpansAreCutToBodyNames() {
        String s = "TEXACO/ORGANIZATION FILES/ORGANIZATION FOR/ORGANIZATION CHAPTER/ORGANIZATION 11 || WHITE/LOCATION "
                + "PLAINS/LOCATION , April 12 - Texaco/ORGANIZATION Inc/ORGANIZATION said it filed for protection . "
                + "Texaco/ORGANIZATION said the judgment forced it .";
        assertThat(CapsHeadline.end(Tokens.tagged(s).text)).isEqualTo("TEXACO FILES FOR CHAPTER 11\n".length());
        assertThat(anchors(entity(run(s), "Texaco Inc").orElseThrow())).contains("TEXACO", "Texaco Inc", "Texaco");
        assertThat(names(run(s, "CapsHeadline"))).contains("ORGANIZATION:TEXACO FILES FOR CHAPTER");
        // a headline name that opens a longer body name is all of it
        String md = "BOEING/ORGANIZATION TO BUY MCDONNELL/ORGANIZATION DOUGLAS/ORGANIZATION || Boeing/ORGANIZATION Co/ORGANIZATION "
                + "will buy McDonnell/ORGANIZATION Douglas/ORGANIZATION Corp/ORGANIZATION .";
        assertThat(anchors(entity(run(md), "McDonnell Douglas Corp").orElseThrow())).contains("MCDONNELL DOUGLAS");
        // a first line in mixed case, or a text of one line, has no such headline
        assertThat(CapsHeadline.end("Texaco files for Chapter 11\nWHITE PLAINS - Texaco Inc said")).isZero();
        assertThat(CapsHeadline.end("TEXACO FILES FOR CHAPTER 11")).isZero();
    }

    @Test
    void aBodyNameInACapitalsHeadlineIsThatEntity() {
        String s = "SOCCER - JAPAN GET LUCKY WIN , CHINA/LOCATION IN SURPRISE DEFEAT . || AL-AIN/LOCATION 1996-12-06 "
                + "Japan/LOCATION began the defence of their title . China/LOCATION lost to Uzbekistan/LOCATION .";
        assertThat(anchors(entity(run(s), "Japan").orElseThrow())).containsExactly("JAPAN", "Japan");
        assertThat(anchors(entity(run(s, "HeadlineNames"), "Japan").orElseThrow())).containsExactly("Japan");
        // a two-letter word is left alone ("US" of a headline may be the pronoun), and so is a body without the name
        assertThat(anchors(entity(run("TELL US MORE || U.S./LOCATION officials said Us/LOCATION ."), "Us")
                .orElseThrow())).containsExactly("Us");
    }

    @Test
    void aCompanyOfTwoNamesIsNamedByTheFirstAfterItsFullName() {
        String s = "McDonnell/ORGANIZATION Douglas/ORGANIZATION Corp/ORGANIZATION agreed to the deal . "
                + "McDonnell/ORGANIZATION chief executive Harry/PERSON Stonecipher/PERSON will be president .";
        assertThat(anchors(entity(run(s), "McDonnell Douglas Corp").orElseThrow())).contains("McDonnell");
        assertThat(names(run(s, "CompanyFirstWord"))).contains("ORGANIZATION:McDonnell");
        // two companies of that first name: neither
        String two = "Morgan/ORGANIZATION Stanley/ORGANIZATION Inc/ORGANIZATION and Morgan/ORGANIZATION Grenfell/ORGANIZATION "
                + "Group/ORGANIZATION Plc/ORGANIZATION advised . Morgan/ORGANIZATION declined to comment .";
        assertThat(names(run(two))).contains("ORGANIZATION:Morgan");
    }

    @Test
    void aDemonymRightBeforeACompanyWithItsLegalFormOpensItsName() {
        String s = "British Petroleum/ORGANIZATION Co/ORGANIZATION Plc/ORGANIZATION said it would offer 70 dlrs a share .";
        assertThat(names(run(s))).contains("ORGANIZATION:British Petroleum Co Plc");
        assertThat(names(run(s, "DemonymCompany"))).doesNotContain("ORGANIZATION:British Petroleum Co Plc");
        // without a legal form the demonym stays the country's ("British Airways" is NER's whole, "British officials" no company)
        assertThat(names(run("British Foreign/ORGANIZATION Office/ORGANIZATION said ."))).doesNotContain("ORGANIZATION:British Foreign Office");
    }

    @Test
    void aSurnameInACapitalsHeadlineIsTheStorysPerson() {
        String s = "HILL/PERSON TAKES POLE || Briton Damon/PERSON Hill/PERSON took pole position on Saturday .";
        assertThat(anchors(entity(run(s), "Damon Hill").orElseThrow())).containsExactlyInAnyOrder("HILL", "Damon Hill");
        assertThat(names(run(s, "CapsSurname"))).containsExactlyInAnyOrder("PERSON:HILL", "PERSON:Damon Hill");
        // an organisation in capitals is no person's surname
        assertThat(names(run("APPLE/ORGANIZATION SALES RISE || Fiona/PERSON Apple/PERSON sang ."))).contains("ORGANIZATION:APPLE");
    }

    @Test
    void placesOnAResultsLineAreTeams() {
        String results = "Results of English league matches on Saturday : || Arsenal/ORGANIZATION 2 Leicester/LOCATION 0 || "
                + "Leeds/LOCATION 0 Sheffield/ORGANIZATION Wednesday/ORGANIZATION 2 || Table : || Newcastle/LOCATION 3 2 1 0 6 2 7";
        assertThat(names(run(results))).contains("ORGANIZATION:Leicester", "ORGANIZATION:Leeds", "ORGANIZATION:Newcastle");
        assertThat(names(run(results, "ResultLine"))).contains("PLACE:Leicester", "PLACE:Leeds", "PLACE:Newcastle");
        // no sport in the text: a line of temperatures names towns
        assertThat(names(run("Temperatures at noon : || Amsterdam/LOCATION 12 Athens/LOCATION 25 || Berlin/LOCATION 10 Cairo/LOCATION 31")))
                .containsExactly("PLACE:Amsterdam", "PLACE:Athens", "PLACE:Berlin", "PLACE:Cairo");
        // a place with a number in running text is no result
        assertThat(names(run("The league said 12 clubs in Leeds/LOCATION 2 ."))).containsExactly("PLACE:Leeds");
        // "Bayern Munich beat Hamburg": a team's opponent after a match word
        assertThat(names(run("Bayern/ORGANIZATION Munich/ORGANIZATION beat Hamburg/LOCATION 1-0 ."))).contains("ORGANIZATION:Hamburg");
        // the country a sentence opens with is no team listed with the club after its comma
        assertThat(names(run("In Spain/LOCATION , Barcelona/LOCATION thrashed Espanyol/ORGANIZATION 4-0 .")))
                .contains("PLACE:Spain", "ORGANIZATION:Barcelona");
    }

    @Test
    void anAcronymJoinsTheCompanyItAbbreviatesWithoutItsLegalForm() {
        Extraction x = run("British/ORGANIZATION Airways/ORGANIZATION Plc/ORGANIZATION and American/ORGANIZATION "
                + "Airlines/ORGANIZATION plan an alliance . BA/ORGANIZATION chief executive Robert/PERSON Ayling/PERSON spoke .");
        assertThat(anchors(entity(x, "British Airways Plc").orElseThrow())).containsExactly("British Airways Plc", "BA");
        assertThat(entity(x, "BA")).isEmpty();
    }

    @Test
    void aCountryInCapitalsIsTheGazetteersCountry() {
        assertThat(names(run("BRITAIN/LOCATION - BRITISH AIRWAYS IN ALLIANCE || Shares rose ."))).contains("PLACE:United Kingdom");
        assertThat(names(run("BOSNIA/LOCATION VOTES || Polls opened ."))).contains("PLACE:Bosnia and Herzegovina");
        // a name the gazetteer writes as the text does keeps its capitals (the dateline rules read them)
        assertThat(names(run("KUWAIT/LOCATION , Nov 4 - Oil rose ."))).contains("PLACE:KUWAIT");
        assertThat(Doc.titleCase("BOSNIA AND HERZEGOVINA")).isEqualTo("Bosnia and Herzegovina");
    }

    @Test
    void anOrganisationOfAnotherIsOneName() {
        String s = "The International/ORGANIZATION Committee/ORGANIZATION of the Red/ORGANIZATION Cross/ORGANIZATION is mediating .";
        assertThat(names(run(s))).containsExactly("ORGANIZATION:International Committee of the Red Cross");
        assertThat(names(run(s, "OfJoinedName"))).containsExactly("ORGANIZATION:International Committee", "ORGANIZATION:Red Cross");
        // no head noun before "of": two names ("Apple of the U.S." is no body)
        assertThat(names(run("officials from Goldman/ORGANIZATION Sachs/ORGANIZATION of the Fed/ORGANIZATION met ."))).hasSize(2);
    }

    @Test
    void aNameAfterAStormWordIsAStorm() {
        String s = "Hurricane Florence/LOCATION hit North/LOCATION Carolina/LOCATION , and Storm Otto/PERSON reached Costa/LOCATION Rica/LOCATION .";
        assertThat(names(run(s))).containsExactly("PLACE:North Carolina", "PLACE:Costa Rica");
        assertThat(names(run(s, "StormName"))).contains("PLACE:Florence", "PERSON:Otto");
        assertThat(names(run("the National/ORGANIZATION Hurricane/ORGANIZATION Center/ORGANIZATION in Miami/LOCATION said .")))
                .contains("ORGANIZATION:National Hurricane Center");
    }

    @Test
    void placesJoinedByTheWordsOfAResultAreTeams() {
        String s = "In the league , Watford/LOCATION drew with Burnley/LOCATION and Feyenoord/ORGANIZATION were held 1-1 by "
                + "Vitesse/LOCATION , while Auxerre/ORGANIZATION lost 1-0 at Bordeaux/LOCATION .";
        assertThat(names(run(s))).contains("ORGANIZATION:Watford", "ORGANIZATION:Burnley", "ORGANIZATION:Vitesse");
        assertThat(names(run(s, "ResultPhrase"))).contains("PLACE:Watford", "PLACE:Burnley", "PLACE:Vitesse");
        // no sport in the text: "lost to" between two countries is no match
        assertThat(names(run("Britain/LOCATION lost to France/LOCATION in the talks on fishing rights ."))).contains("PLACE:United Kingdom", "PLACE:France");
    }

    static Extraction run(Tokens tokens, String... disabled) {
        EntityExtractor x = disabled.length == 0 ? ALL : EntityExtractor.create().disable(disabled).build();
        return x.extract(tokens, 0);
    }

    /** Tagged tokens with the blanks around each "-" tagged LOCATION taken out: "Al-Ain", as CoreNLP tokenizes it. */
    static Tokens unspacedHyphens(String tagged) {
        Tokens t = Tokens.tagged(tagged);
        StringBuilder text = new StringBuilder();
        java.util.List<int[]> offsets = new java.util.ArrayList<>();
        java.util.List<String> tags = new java.util.ArrayList<>();
        java.util.List<Integer> sentences = new java.util.ArrayList<>();
        for (int k = 0; k < t.size; k++) {
            boolean hyphen = t.word[k].equals("-") && t.ner[k].equals("LOCATION");
            boolean afterHyphen = k > 0 && t.word[k - 1].equals("-") && t.ner[k - 1].equals("LOCATION");
            if (!hyphen && !afterHyphen) text.append(t.text, k == 0 ? 0 : t.end[k - 1], t.begin[k]);  // the blanks before
            offsets.add(new int[] {text.length(), text.length() + t.word[k].length()});
            text.append(t.word[k]);
            tags.add(t.ner[k]);
            sentences.add(t.sentence[k]);
        }
        text.append(t.text.substring(t.end[t.size - 1]));
        return new Tokens(text.toString(), offsets, tags, sentences);
    }

    @Test
    void allCapsNameUsedTwiceOrAfterTheIsAnOrganisation() {
        assertThat(names(run("the FSCS said it would pay claims in full ."))).containsExactly("ORGANIZATION:FSCS");
        assertThat(names(run("claims to FSCS rose . FSCS paid them all ."))).containsExactly("ORGANIZATION:FSCS");
        assertThat(names(run("her arrival at JFK was delayed by fog ."))).as("once, bare").isEmpty();
        assertThat(names(run("the CEO said sales of TV sets were up ."))).as("common abbreviations").isEmpty();
        assertThat(names(run("the FSCS said it would pay claims in full .", "AllCapsName"))).isEmpty();
    }

    @Test
    void possessiveBeforeATitleNamesTheEmployer() {
        String s = "said Karen/PERSON Jennings/PERSON , Unison 's assistant general secretary .";
        assertThat(names(run(s))).contains("ORGANIZATION:Unison");
        assertThat(names(run(s, "EmployerPossessive"))).doesNotContain("ORGANIZATION:Unison");
    }

    @Test
    void partyCalledByItsMembersIsAnOrganisation() {
        assertThat(names(run("the ruling Conservatives lost ten seats ."))).containsExactly("ORGANIZATION:Conservatives");
        assertThat(names(run("the ruling Conservatives/MISC lost ten seats ."))).containsExactly("ORGANIZATION:Conservatives");
        assertThat(names(run("the ruling Conservatives lost ten seats .", "PartyByMembers"))).isEmpty();
        // the longest listed name: the Liberal Democrats are not the (US) Democrats
        assertThat(names(run("Labour/ORGANIZATION and the Liberal Democrats voted against ."))).contains("ORGANIZATION:Liberal Democrats");
        assertThat(names(run("the Lib/MISC Dems/MISC abstained ."))).containsExactly("ORGANIZATION:Lib Dems");
        assertThat(names(run("Labour/ORGANIZATION and the Liberal Democrats voted against .", "PartyByMembers")))
                .doesNotContain("ORGANIZATION:Liberal Democrats");
    }

    @Test
    void channelAndANumberIsABroadcaster() {
        assertThat(names(run("the show aired on Channel 4 last night ."))).containsExactly("ORGANIZATION:Channel 4");
        assertThat(names(run("the show aired on Channel 4 last night .", "ChannelNumber"))).isEmpty();
    }

    @Test
    void demonymIsItsCountryExceptBeforeATitle() {
        assertThat(anchors(entity(run("a Chinese delegation arrived on time ."), "China").orElseThrow())).containsExactly("Chinese");
        Extraction x = run("Chinese President Xi/PERSON Jinping/PERSON arrived on time .");
        assertThat(entity(x, "China")).isEmpty();
        assertThat(names(run("a Chinese delegation arrived on time .", "Demonyms"))).isEmpty();
    }

    @Test
    void camelCaseBrandIsAnOrganisation() {
        assertThat(names(run("donations through JustGiving/PERSON rose sharply ."))).containsExactly("ORGANIZATION:JustGiving");
        assertThat(names(run("donations through JustGiving/PERSON rose sharply .", "BrandCase"))).containsExactly("PERSON:JustGiving");
        assertThat(BrandCase.isBrandCase("McDonald")).isFalse();
    }

    @Test
    void knownOutletNerMissedIsANewsOrganisation() {
        Extraction x = run("he told the Guardian on Monday that he would stay .");
        assertThat(names(x)).contains("ORGANIZATION:Guardian");
        assertThat(entity(x, "Guardian").orElseThrow().schemaClass()).isEqualTo(SDO.NewsMediaOrganization);
        assertThat(names(run("he told the Guardian on Monday that he would stay .", "KnownOutlets"))).isEmpty();
    }

    @Test
    void placeCommaRegionIsContainment() {
        Extraction x = run("offices in Denver/LOCATION , Colorado/LOCATION opened last year .");
        assertThat(x.containment()).extracting(c -> c.place().name() + " < " + c.region().name()).containsExactly("Denver < Colorado");
        assertThat(run("offices in Denver/LOCATION , Colorado/LOCATION opened last year .", "PlaceInRegion").containment()).isEmpty();
    }

    @Test
    void aWireDatelineNerRanIntoANameIsAPlaceOfItsOwn() {
        String text = "MUMBAI/ORGANIZATION -/ORGANIZATION Tata/ORGANIZATION Motors/ORGANIZATION shares rose 3 percent .";
        assertThat(names(run(text))).contains("PLACE:MUMBAI", "ORGANIZATION:Tata Motors");
        assertThat(names(run(text, "DatelineDash"))).containsExactly("ORGANIZATION:MUMBAI - Tata Motors");
        // not inside a line, nor before a name in mixed case
        assertThat(names(run("shares of Tata/ORGANIZATION -/ORGANIZATION Motors/ORGANIZATION rose ."))).containsExactly("ORGANIZATION:Tata - Motors");
    }

    @Test
    void aBodyNamedWithACommaListOfItsRemitsIsOneOrganisation() {
        String defra = "a spokesman for the Department for Environment , Food/ORGANIZATION and/ORGANIZATION "
                + "Rural/ORGANIZATION Affairs/ORGANIZATION declined to comment .";
        assertThat(names(run(defra))).containsExactly("ORGANIZATION:Department for Environment, Food and Rural Affairs");
        assertThat(names(run(defra, "CommaNamedOffice"))).containsExactly("ORGANIZATION:Food and Rural Affairs");
        String dcms = "The Department/ORGANIZATION for/ORGANIZATION Digital/ORGANIZATION , Culture , Media/ORGANIZATION "
                + "and/ORGANIZATION Sport/ORGANIZATION will review it .";
        assertThat(names(run(dcms))).containsExactly("ORGANIZATION:Department for Digital, Culture, Media and Sport");
        // NER tagged nothing after the comma: no names of their own there
        String mhclg = "and the Ministry/ORGANIZATION of/ORGANIZATION Housing/ORGANIZATION , Communities and Local "
                + "Government are writing .";
        assertThat(names(run(mhclg))).containsExactly("ORGANIZATION:Ministry of Housing, Communities and Local Government");
        // three bodies listed: the "and" joins two names, NER tags it no part of one
        String three = "the Ministry/ORGANIZATION of/ORGANIZATION Defence/ORGANIZATION , Nato/ORGANIZATION and "
                + "Downing/ORGANIZATION Street/ORGANIZATION agreed .";
        assertThat(names(run(three))).contains("ORGANIZATION:Ministry of Defence", "ORGANIZATION:Nato");
    }

    // ---- types and entities ----------------------------------------------------------------------------------

    @Test
    void namesListedBeforeAPluralPlaceNounArePlaces() {
        String text = "centres in Los/LOCATION Angeles/LOCATION , Orange/ORGANIZATION , Imperial/ORGANIZATION "
                + "Valley/ORGANIZATION and San/LOCATION Bernardino/LOCATION Counties/LOCATION in California/LOCATION .";
        assertThat(names(run(text, "ListHeadNames"))).contains("PLACE:Orange", "PLACE:Imperial Valley", "PLACE:Los Angeles", "PLACE:San Bernardino Counties");
        assertThat(names(run(text, "ListHeadPlaces"))).contains("ORGANIZATION:Orange", "ORGANIZATION:Imperial Valley");
        // switch ListHeadNames: an administrative unit's members are named with the head, apart from a city named alike
        String both = text + " The cities of Santa/LOCATION Monica/LOCATION and Los/LOCATION Angeles/LOCATION are near .";
        assertThat(names(run(both))).contains("PLACE:Los Angeles County", "PLACE:Orange County", "PLACE:San Bernardino County",
                "PLACE:Los Angeles");
        assertThat(anchors(entity(run(both), "Los Angeles County").orElseThrow())).containsExactly("Los Angeles");
        // one name before the noun is no list
        assertThat(names(run("the Orange/ORGANIZATION counties voted ."))).contains("ORGANIZATION:Orange");
    }

    @Test
    void aPlaceWhereSomeoneStudiedIsAUniversity() {
        String text = "Educated at Eton/ORGANIZATION and Oxford/LOCATION , she later taught in Cambridge/LOCATION .";
        Extraction x = run(text);
        assertThat(names(x)).contains("ORGANIZATION:Oxford", "PLACE:Cambridge");
        assertThat(entity(x, "Oxford").orElseThrow().schemaClass()).isEqualTo(SDO.CollegeOrUniversity);
        assertThat(names(run("a graduate of Durham/LOCATION , he joined the bank ."))).contains("ORGANIZATION:Durham");
        assertThat(names(run("students at Richard/ORGANIZATION Huish/ORGANIZATION College/ORGANIZATION , Taunton/LOCATION , took part .")))
                .contains("PLACE:Taunton");
        assertThat(names(run(text, "EducationPlace"))).contains("PLACE:Oxford");
    }

    @Test
    void aNameBeforeAStatesAbbreviationIsATown() {
        String text = "a hospital in Jackson/PERSON , Miss./LOCATION , and clinics in Wilmington/ORGANIZATION "
                + ", N.C./LOCATION took part .";
        assertThat(names(run(text))).contains("PLACE:Jackson", "PLACE:Wilmington");
        assertThat(names(run(text, "TownBeforeState"))).contains("PERSON:Jackson", "ORGANIZATION:Wilmington");
        // a full state name after the comma: a town when the state ends the phrase, not before "'s" or a title
        assertThat(names(run("said Jackson/PERSON , Mississippi/LOCATION 's governor ."))).contains("PERSON:Jackson");
        assertThat(names(run("said Jackson/PERSON , Mississippi/LOCATION Governor/O Phil/PERSON Bryant/PERSON ."))).contains("PERSON:Jackson");
        assertThat(names(run("protests in Ferguson/PERSON , Missouri/LOCATION , on Sunday ."))).contains("PLACE:Ferguson");
        assertThat(names(run("protests in Ferguson/PERSON , Missouri/LOCATION , on Sunday .", "TownBeforeState"))).contains("PERSON:Ferguson");
    }

    @Test
    void placeWithASportsCueIsItsTeam() {
        Extraction x = run("England/LOCATION beat Samoa/LOCATION 35-3 in Tokyo/LOCATION .");
        assertThat(entity(x, "England").orElseThrow().schemaClass()).isEqualTo(SDO.SportsTeam);
        assertThat(entity(x, "Samoa").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(x, "Tokyo").orElseThrow().type()).isEqualTo(EntityType.PLACE);
        assertThat(entity(run("England/LOCATION beat Samoa/LOCATION 35-3 .", "SportsTeams"), "England").orElseThrow().type())
                .isEqualTo(EntityType.PLACE);
        // a team's manager or boss: "England manager Roy Hodgson", "the Cardiff boss"
        assertThat(entity(run("England/LOCATION manager Roy/PERSON Hodgson/PERSON watched ."), "England").orElseThrow().type())
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(run("the Cardiff/LOCATION boss was unhappy ."), "Cardiff").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void theOpponentAfterAResultWordAndAgainstIsATeamAndSoIsTheListAfterIt() {
        String s = "United/ORGANIZATION drew 1 - 1 against Sevilla/ORGANIZATION and Brighton/LOCATION in Spain/LOCATION .";
        assertThat(names(run(s))).containsExactlyInAnyOrder("ORGANIZATION:United", "ORGANIZATION:Sevilla",
                "ORGANIZATION:Brighton", "PLACE:Spain");
        assertThat(entity(run(s, "OpponentCue"), "Brighton").orElseThrow().type()).isEqualTo(EntityType.PLACE);
        assertThat(entity(run("a protest against China/LOCATION after the match ."), "China").orElseThrow().type())
                .isEqualTo(EntityType.PLACE);
    }

    @Test
    void oneTypePerNameByMajority() {
        String s = "Jordan/PERSON scored first . Jordan/LOCATION scored again . Jordan/PERSON then left .";
        assertThat(names(run(s))).containsExactly("PERSON:Jordan");
        assertThat(names(run(s, "OneTypePerName"))).containsExactlyInAnyOrder("PERSON:Jordan", "PLACE:Jordan");
    }

    @Test
    void shortFormsAndMiscRepeatsJoinTheFullName() {
        Extraction x = run("Xi/PERSON Jinping/PERSON met Vladimir/PERSON Putin/PERSON . Putin/PERSON hosted Xi/MISC .");
        assertThat(names(x)).containsExactlyInAnyOrder("PERSON:Xi Jinping", "PERSON:Vladimir Putin");
        assertThat(anchors(entity(x, "Vladimir Putin").orElseThrow())).containsExactly("Vladimir Putin", "Putin");
        assertThat(anchors(entity(x, "Xi Jinping").orElseThrow())).containsExactly("Xi Jinping", "Xi");
    }

    @Test
    void companyWithoutItsLegalFormIsTheCompany() {
        String s = "Goldman/ORGANIZATION Sachs/ORGANIZATION Group/ORGANIZATION Inc/ORGANIZATION raised its target . "
                + "Goldman/PERSON Sachs/PERSON analysts expect more , and Goldman Sachs clients agree .";
        Extraction x = run(s);
        assertThat(names(x)).containsExactly("ORGANIZATION:Goldman Sachs Group Inc");
        assertThat(anchors(x.entities().get(0))).containsExactly("Goldman Sachs Group Inc", "Goldman Sachs", "Goldman Sachs");
        assertThat(names(run(s, "CompanySuffix"))).containsExactlyInAnyOrder("ORGANIZATION:Goldman Sachs Group Inc", "PERSON:Goldman Sachs");
        assertThat(names(run("Apple/ORGANIZATION Inc./ORGANIZATION sold more . Inc./ORGANIZATION magazine said so .")))
                .as("a suffix alone is no short form").containsExactlyInAnyOrder("ORGANIZATION:Apple Inc.", "ORGANIZATION:Inc.");
        Extraction t = run("Shares of Tesla/ORGANIZATION Inc/ORGANIZATION ( TSLA/ORGANIZATION ) and GE/ORGANIZATION ( NYSE : GE/ORGANIZATION ) fell .");
        assertThat(anchors(entity(t, "Tesla Inc").orElseThrow())).containsExactly("Tesla Inc", "TSLA");
        assertThat(names(t)).containsExactlyInAnyOrder("ORGANIZATION:Tesla Inc", "ORGANIZATION:GE");
    }

    @Test
    void companyWithoutItsTradeWordIsTheCompanyUnlessItIsAPlace() {
        String s = "Ford/ORGANIZATION Motor/ORGANIZATION Co/ORGANIZATION cut prices , and Singapore/ORGANIZATION "
                + "Airlines/ORGANIZATION added flights . Ford/PERSON said demand fell in Singapore/LOCATION .";
        Extraction x = run(s);
        assertThat(anchors(entity(x, "Ford Motor Co").orElseThrow())).containsExactly("Ford Motor Co", "Ford");
        assertThat(names(x)).containsExactlyInAnyOrder("ORGANIZATION:Ford Motor Co", "ORGANIZATION:Singapore Airlines",
                "PLACE:Singapore");
        assertThat(names(run(s, "CompanyDescriptor"))).contains("PERSON:Ford");
    }

    @Test
    void titleTailGivesTitleWordsNerRanOnIntoBackToTheTitle() {
        String s = "IMF/ORGANIZATION Managing/ORGANIZATION Director Christine/PERSON Lagarde/PERSON spoke .";
        assertThat(names(run(s))).containsExactlyInAnyOrder("ORGANIZATION:IMF", "PERSON:Christine Lagarde");
        assertThat(entity(run(s), "Christine Lagarde").orElseThrow().roles().get(0).title()).isEqualTo("Managing Director");
        assertThat(names(run(s, "TitleTail"))).contains("ORGANIZATION:IMF Managing");
        // no person after it, or a lower-case title: NER's span stays
        assertThat(names(run("IMF/ORGANIZATION Managing/ORGANIZATION Director spoke ."))).contains("ORGANIZATION:IMF Managing");
        assertThat(names(run("NSW/ORGANIZATION Police/ORGANIZATION commissioner Mick/PERSON Fuller/PERSON spoke .")))
                .contains("ORGANIZATION:NSW Police");
        // a country left alone by the cut qualifies the title: it is the place
        String trade = "and U.S./ORGANIZATION Trade/ORGANIZATION Representative Clayton/PERSON Yeutter/PERSON said .";
        assertThat(names(run(trade))).containsExactlyInAnyOrder("PLACE:United States", "PERSON:Clayton Yeutter");
        assertThat(names(run(trade, "TitleTail"))).contains("ORGANIZATION:U.S. Trade");
        // a leader of a chamber's majority or minority; the dateline's punctuation is no part of what is left
        assertThat(names(run("Senate/ORGANIZATION Majority/ORGANIZATION Leader Mitch/PERSON McConnell/PERSON said .")))
                .containsExactlyInAnyOrder("ORGANIZATION:Senate", "PERSON:Mitch McConnell");
        assertThat(names(run("WASHINGTON ( Reuters/ORGANIZATION )/ORGANIZATION -/ORGANIZATION House/ORGANIZATION "
                + "Speaker Nancy/PERSON Pelosi/PERSON spoke ."))).contains("ORGANIZATION:Reuters");
    }

    @Test
    void anAirlineRunIntoItsFlightNumberIsTheAirline() {
        String crash = "Ethiopian/ORGANIZATION Airlines/ORGANIZATION Flight/ORGANIZATION 302 crashed near Addis/LOCATION Ababa/LOCATION .";
        assertThat(names(run(crash))).contains("ORGANIZATION:Ethiopian Airlines");
        assertThat(names(run(crash, "FlightNumber"))).contains("ORGANIZATION:Ethiopian Airlines Flight");
        assertThat(names(run("Malaysia/ORGANIZATION Airlines/ORGANIZATION Flight/ORGANIZATION MH17 fell ."))).contains("ORGANIZATION:Malaysia Airlines");
        // no number after it: the name stays
        assertThat(names(run("the Royal/ORGANIZATION Flight/ORGANIZATION said ."))).contains("ORGANIZATION:Royal Flight");
    }

    @Test
    void anOrganisationHeadOfAPlaceIsOneOrganisation() {
        String boe = "LONDON/LOCATION , June 22 - The Bank of England/LOCATION said it provided 200 mln stg .";
        assertThat(names(run(boe))).contains("ORGANIZATION:Bank of England").doesNotContain("PLACE:England");
        assertThat(names(run(boe, "OfPlaceNames"))).contains("PLACE:England");
        assertThat(names(run("the Reserve Bank of Australia/LOCATION left rates unchanged ."))).contains("ORGANIZATION:Reserve Bank of Australia");
        // a place head stays a place
        assertThat(names(run("in the City of London/LOCATION today ."))).contains("PLACE:City of London");
    }

    @Test
    void aWiresSignoffIsTheAgency() {
        String wire = "Teck/ORGANIZATION said it would pay cash . || Reuter/ORGANIZATION";
        assertThat(names(run(wire))).contains("ORGANIZATION:Reuters");
        assertThat(names(run(wire, "WireSignoff"))).contains("ORGANIZATION:Reuter");
        assertThat(names(run("Teck/ORGANIZATION said it would pay cash . Reuter/ORGANIZATION"))).contains("ORGANIZATION:Reuters");
        // an organisation "Reuter" in the story is the agency too; a person Reuter is whoever he is
        assertThat(names(run("Output rose , a Reuter/ORGANIZATION survey showed ."))).contains("ORGANIZATION:Reuters");
        assertThat(names(run("Paul/PERSON Reuter/PERSON founded it . Reuter/PERSON died ."))).contains("PERSON:Paul Reuter");
    }

    @Test
    void bracketedWireNamesAreReadWithoutTheirBrackets() {
        assertThat(WireBrackets.mask("<Cominco Ltd> sold <Pine Point Mines Ltd> to &lt;Teck Corp>."))
                .isEqualTo(" Cominco Ltd  sold  Pine Point Mines Ltd  to     Teck Corp .");
        assertThat(WireBrackets.mask("if a < b and c > d")).isEqualTo("if a < b and c > d");
        assertThat(WireBrackets.mask("Texaco Inc <TX> and Ford &lt;F> said")).isEqualTo("Texaco Inc      and Ford        said");
    }

    @Test
    void aNameInCapitalsOpeningAWireDatelineIsAPlace() {
        String wire = "SAO/PERSON PAULO/PERSON , Aug 3 - Brazil/LOCATION 's central bank said it would pay .";
        assertThat(names(run(wire))).contains("PLACE:SAO PAULO");
        assertThat(names(run(wire, "DatelinePlace"))).contains("PERSON:SAO PAULO");
        assertThat(names(run("BUENOS/ORGANIZATION AIRES/ORGANIZATION ( Reuters ) - Prices rose ."))).contains("PLACE:BUENOS AIRES");
        // the dateline's town named again in the story, which NER made a person
        String ferguson = "FERGUSON/LOCATION , Missouri/LOCATION ( Reuters ) - Police in Ferguson/PERSON shot a man .";
        assertThat(names(run(ferguson))).contains("PLACE:Ferguson").doesNotContain("PERSON:Ferguson");
        assertThat(names(run(ferguson, "DatelinePlace"))).contains("PERSON:Ferguson");
        assertThat(names(run("JACKSON/LOCATION , Miss. - Phil/PERSON Jackson/PERSON spoke , and Jackson/PERSON left .")))
                .contains("PERSON:Phil Jackson");
        // a title NER took for a first name
        assertThat(names(run("Taoiseach/PERSON Enda/PERSON Kenny/PERSON said ."))).containsExactly("PERSON:Enda Kenny");
        // an organisation's seat: its name ends in an organisation's head noun
        assertThat(names(run("UNITED/ORGANIZATION NATIONS/ORGANIZATION ( Reuters ) - Talks began ."))).contains("ORGANIZATION:UNITED NATIONS");
        // not in capitals, or not opening the text: no dateline
        assertThat(names(run("Sao/PERSON Paulo/PERSON , Aug 3 - prices rose ."))).contains("PERSON:Sao Paulo");
        assertThat(names(run("He met JOHN/PERSON SMITH/PERSON , Aug 3 - prices rose ."))).contains("PERSON:JOHN SMITH");
    }

    @Test
    void aTitleNerRanIntoAnOrganisationOpensAPersonsName() {
        String s = "Armed forces chief General/ORGANIZATION Feisal/ORGANIZATION Tanjung/ORGANIZATION said troops would shoot .";
        assertThat(names(run(s))).contains("PERSON:Feisal Tanjung").doesNotContain("ORGANIZATION:General Feisal Tanjung");
        assertThat(names(run(s, "TitledPerson"))).contains("ORGANIZATION:General Feisal Tanjung");
        // organisations named after a title stay: a head noun or a legal form ends them, or one word follows
        assertThat(names(run("General/ORGANIZATION Accounting/ORGANIZATION Office/ORGANIZATION said ."))).contains("ORGANIZATION:General Accounting Office");
        assertThat(names(run("General/ORGANIZATION Motors/ORGANIZATION Corp/ORGANIZATION said ."))).contains("ORGANIZATION:General Motors Corp");
        assertThat(names(run("General/ORGANIZATION Motors/ORGANIZATION said ."))).contains("ORGANIZATION:General Motors");
    }

    @Test
    void aLeaderInThePossessiveIsNoPartOfHisPartysName() {
        String s = "Morgan/ORGANIZATION Tsvangirai/ORGANIZATION 's/ORGANIZATION Movement/ORGANIZATION for/ORGANIZATION Democratic/ORGANIZATION Change/ORGANIZATION won .";
        assertThat(names(run(s))).containsExactly("PERSON:Morgan Tsvangirai", "ORGANIZATION:Movement for Democratic Change");
        assertThat(names(run(s, "LeaderPossessive"))).containsExactly("ORGANIZATION:Morgan Tsvangirai's Movement for Democratic Change");
        assertThat(names(run("Moqtada/ORGANIZATION al-Sadr/ORGANIZATION 's/ORGANIZATION Mahdi/ORGANIZATION Army/ORGANIZATION fought .")))
                .containsExactly("PERSON:Moqtada al-Sadr", "ORGANIZATION:Mahdi Army");
        // a company's unit, or one word before the possessive, stays one name
        assertThat(names(run("Morgan/ORGANIZATION Stanley/ORGANIZATION 's/ORGANIZATION Wealth/ORGANIZATION Management/ORGANIZATION grew ."))).hasSize(1);
        assertThat(names(run("Lloyd/ORGANIZATION 's/ORGANIZATION of/ORGANIZATION London/ORGANIZATION Party/ORGANIZATION met ."))).hasSize(1);
    }

    @Test
    void aPlaceNamedWithADemonymIsOnePlace() {
        String s = "British/MISC Columbia/LOCATION welcomed the ruling , as did French/MISC Guiana/LOCATION .";
        assertThat(names(run(s))).containsExactly("PLACE:British Columbia", "PLACE:French Guiana");
        assertThat(names(run(s, "DemonymPlaceName"))).contains("PLACE:Columbia");
        // a demonym before a place the gazetteer does not know joined stays the nationality ("British Manchester")
        assertThat(names(run("The British/MISC Manchester/LOCATION office closed ."))).contains("PLACE:Manchester");
    }

    @Test
    void anOfficeWrittenWithOfKeepsItsPortfolioAndSeeOutOfTheNames() {
        String s = "Secretary of State/ORGANIZATION Hillary/PERSON Clinton/PERSON met Secretary of the Navy/ORGANIZATION Ray/PERSON Mabus/PERSON .";
        assertThat(names(run(s))).containsExactly("PERSON:Hillary Clinton", "PERSON:Ray Mabus");
        assertThat(names(run(s, "OfficePortfolio"))).contains("ORGANIZATION:State", "ORGANIZATION:Navy");
        // the see NER ran into the holder's name: the gazetteer's place, else the first word, is cut off
        String see = "The Archbishop of Canterbury/PERSON Rowan/PERSON Williams/PERSON and the Mayor of New/PERSON York/PERSON Michael/PERSON Bloomberg/PERSON spoke .";
        assertThat(names(run(see))).containsExactly("PERSON:Rowan Williams", "PERSON:Michael Bloomberg");
        assertThat(names(run(see, "OfficePlace"))).contains("PERSON:Canterbury Rowan Williams");
        assertThat(names(run("The Archbishop of Canterbury/ORGANIZATION Rowan/ORGANIZATION Williams/ORGANIZATION spoke .")))
                .containsExactly("PERSON:Rowan Williams");
        assertThat(names(run("The Chief Technology Officer of Valley/ORGANIZATION Radiotherapy/ORGANIZATION Associates/ORGANIZATION spoke .")))
                .contains("ORGANIZATION:Valley Radiotherapy Associates");
        // an organisation after another title stays ("CEO of Apple Tim Cook"), and so does a portfolio written alone
        assertThat(names(run("The CEO of Apple/ORGANIZATION Tim/PERSON Cook/PERSON spoke ."))).contains("ORGANIZATION:Apple");
        assertThat(names(run("The Ministry of Finance/ORGANIZATION said Secretary of Energy/ORGANIZATION staff left ."))).contains("ORGANIZATION:Finance");
        // a holder of two words keeps both
        assertThat(names(run("The Duchess of Cambridge/PERSON Kate/PERSON left ."))).contains("PERSON:Cambridge Kate");
    }

    @Test
    void aCountryInCapitalsIsTheCountryNotAnOrganisation() {
        String s = "SAUDI/ORGANIZATION ARABIA/ORGANIZATION SAYS OPEC/ORGANIZATION MUST DEFEND PRICES || Oil prices rose .";
        assertThat(names(run(s))).contains("PLACE:Saudi Arabia", "ORGANIZATION:OPEC");
        assertThat(names(run(s, "CapsCountry"))).contains("ORGANIZATION:SAUDI ARABIA");
        // an organisation named after a country keeps its type ("KOREA EXCHANGE BANK": not a country's name)
        assertThat(names(run("KOREA/ORGANIZATION EXCHANGE/ORGANIZATION BANK/ORGANIZATION RAISES RATES || Rates rose ."))).contains("ORGANIZATION:KOREA EXCHANGE BANK");
        // in a sports text the country is its team
        assertThat(names(run("ENGLAND/ORGANIZATION BEAT SAMOA/LOCATION || England/ORGANIZATION won the rugby match ."))).contains("ORGANIZATION:ENGLAND");
    }

    @Test
    void possessiveNamesKeepTheirPossessiveOnlyForListedNames() {
        String s = "Moody/ORGANIZATION 's cut the rating , and Apple/ORGANIZATION 's shares fell .";
        assertThat(names(run(s))).containsExactlyInAnyOrder("ORGANIZATION:Moody's", "ORGANIZATION:Apple");
        assertThat(names(run(s, "PossessiveNames"))).containsExactlyInAnyOrder("ORGANIZATION:Moody", "ORGANIZATION:Apple");
        assertThat(names(run("Sainsbury 's profit rose ."))).containsExactly("ORGANIZATION:Sainsbury's");
        assertThat(names(run("Helmut/PERSON Kohl/PERSON 's government fell ."))).containsExactly("PERSON:Helmut Kohl");
    }

    @Test
    void nationalAcronymDropsALeadingCountryOrDottedAbbreviationFromTheInitials() {
        String s = "The U.S./ORGANIZATION Securities/ORGANIZATION and/ORGANIZATION Exchange/ORGANIZATION "
                + "Commission/ORGANIZATION said so . The SEC/ORGANIZATION agreed .";
        assertThat(names(run(s))).containsExactly("ORGANIZATION:U.S. Securities and Exchange Commission");
        assertThat(names(run(s, "NationalAcronym"))).contains("ORGANIZATION:SEC");
    }

    @Test
    void anOutletsAcronymIsTheOutletNotANamesakesInitials() {
        String s = "CUPERTINO ( AP/ORGANIZATION ) -- Apple/ORGANIZATION Pay/ORGANIZATION launched today .";
        assertThat(names(run(s))).containsExactlyInAnyOrder("ORGANIZATION:AP", "ORGANIZATION:Apple Pay");
        assertThat(names(run(s, "OutletAcronym"))).containsExactly("ORGANIZATION:Apple Pay");
    }

    @Test
    void aNameAfterKnownAsIsAnotherNameOfTheEntityBeforeIt() {
        String s = "Cyprus/ORGANIZATION Popular/ORGANIZATION Bank/ORGANIZATION , also known as Laiki/ORGANIZATION , "
                + "will close . Laiki/ORGANIZATION had 300 branches .";
        Extraction x = run(s);
        assertThat(names(x)).containsExactly("ORGANIZATION:Cyprus Popular Bank");
        assertThat(anchors(x.entities().get(0))).containsExactly("Cyprus Popular Bank", "Laiki", "Laiki");
        assertThat(names(run(s, "KnownAs"))).containsExactlyInAnyOrder("ORGANIZATION:Cyprus Popular Bank", "ORGANIZATION:Laiki");
        // not without "known as"
        assertThat(names(run("Cyprus/ORGANIZATION Popular/ORGANIZATION Bank/ORGANIZATION , and Laiki/ORGANIZATION closed .")))
                .containsExactlyInAnyOrder("ORGANIZATION:Cyprus Popular Bank", "ORGANIZATION:Laiki");
    }

    @Test
    void laterOccurrencesNerMissedAreRepeats() {
        String s = "Dmitry/PERSON Peskov/PERSON spoke first . Later Peskov left the room .";
        assertThat(anchors(entity(run(s), "Dmitry Peskov").orElseThrow())).containsExactly("Dmitry Peskov", "Peskov");
        assertThat(anchors(entity(run(s, "Repeats"), "Dmitry Peskov").orElseThrow())).containsExactly("Dmitry Peskov");
    }

    @Test
    void organisationsGetGovernmentAndNewsClasses() {
        Extraction x = run("the Foreign/ORGANIZATION Ministry/ORGANIZATION and Reuters/ORGANIZATION were told .");
        assertThat(entity(x, "Foreign Ministry").orElseThrow().schemaClass()).isEqualTo(SDO.GovernmentOrganization);
        assertThat(entity(x, "Reuters").orElseThrow().schemaClass()).isEqualTo(SDO.NewsMediaOrganization);
    }

    @Test
    void anAgencyOrAPostOfficeIsNoNewsOutlet() {
        Extraction x = run("the International/ORGANIZATION Energy/ORGANIZATION Agency/ORGANIZATION , the Post/ORGANIZATION "
                + "Office/ORGANIZATION and the Press/ORGANIZATION Association/ORGANIZATION said .");
        assertThat(entity(x, "International Energy Agency").orElseThrow().schemaClass()).isEqualTo(SDO.GovernmentOrganization);
        assertThat(entity(x, "Post Office").orElseThrow().schemaClass()).isNotEqualTo(SDO.NewsMediaOrganization);
        assertThat(entity(x, "Press Association").orElseThrow().schemaClass()).isEqualTo(SDO.NewsMediaOrganization);
    }

    // ---- roles -----------------------------------------------------------------------------------------------

    @Test
    void titlesReadRolesRelativeToAPersonAnOrganisationAndANationality() {
        Extraction x = run("Vladimir/PERSON Putin/PERSON arrived . Putin/PERSON 's spokesperson Dmitry/PERSON Peskov/PERSON "
                + "spoke . Chinese President Xi/PERSON Jinping/PERSON and Kremlin/ORGANIZATION spokesman Ivan/PERSON Petrov/PERSON listened .");
        Role peskov = entity(x, "Dmitry Peskov").orElseThrow().roles().get(0);
        assertThat(peskov.title()).isEqualTo("spokesperson");
        assertThat(peskov.of().name()).as("spokesperson of Vladimir Putin").isEqualTo("Vladimir Putin");
        assertThat(peskov.of().type()).isEqualTo(EntityType.PERSON);
        Role xi = entity(x, "Xi Jinping").orElseThrow().roles().get(0);
        assertThat(xi.title()).isEqualTo("President");
        assertThat(xi.nationality().name()).isEqualTo("China");
        assertThat(xi.of()).isNull();
        Role petrov = entity(x, "Ivan Petrov").orElseThrow().roles().get(0);
        assertThat(petrov.title()).isEqualTo("spokesman");
        assertThat(petrov.of().name()).isEqualTo("Kremlin");
        assertThat(entity(run("Dmitry/PERSON Peskov/PERSON , the Kremlin/ORGANIZATION 's spokesman , said no .", "Demonyms"),
                "Dmitry Peskov").orElseThrow().roles()).extracting(r -> r.title() + " of " + r.of().name())
                .containsExactly("spokesman of Kremlin");
        assertThat(entity(run("Chinese President Xi/PERSON Jinping/PERSON arrived .", "Titles"), "Xi Jinping").orElseThrow().roles()).isEmpty();
    }

    // ---- speech ----------------------------------------------------------------------------------------------

    @Test
    void directQuotesNeedASpeakerScareQuotesAndTitlesAreNone() {
        Extraction x = run("\" We will find a solution , \" Angela/PERSON Merkel/PERSON said .");
        assertThat(x.quotes()).extracting(Quote::text).containsExactly("We will find a solution");
        assertThat(x.quotes().get(0).speakers()).extracting(ExtractedEntity::name).containsExactly("Angela Merkel");
        assertThat(run("critics mocked the so-called \" peace plan \" on Monday .").quotes()).isEmpty();
        assertThat(run("the film \" Parasite \" won four awards .").quotes()).isEmpty();
        assertThat(run("their \" no-limits \" partnership is new .").quotes()).as("no speech verb").isEmpty();
        assertThat(run("\" We will win , \" said a spokesman .").quotes()).as("speech, speaker unknown")
                .singleElement().satisfies(q -> assertThat(q.speakers()).isEmpty());
        // a partial quote is its speaker's
        Extraction p = run("Vladimir/PERSON Putin/PERSON and Xi/PERSON Jinping/PERSON have touted their \" no-limits \" partnership .");
        assertThat(p.quotes().get(0).speakers()).extracting(ExtractedEntity::name).containsExactly("Vladimir Putin", "Xi Jinping");
        assertThat(run("\" We will find a solution , \" Angela/PERSON Merkel/PERSON said .", "DirectQuotes").quotes()).isEmpty();
        // a quote paragraph goes on quoting the speaker of the paragraph before; not after an unattributed one
        String cont = "Angela/PERSON Merkel/PERSON said : \" We will find a solution . \" || \" It will take time . \"";
        assertThat(run(cont).quotes()).extracting(q -> q.text() + "|" + q.speakers().get(0).name())
                .containsExactly("We will find a solution|Angela Merkel", "It will take time|Angela Merkel");
        assertThat(run(cont, "QuoteParagraph").quotes()).hasSize(1);
        assertThat(run("the so-called \" plan \" failed . || \" It will take time . \"").quotes()).isEmpty();
    }

    @Test
    void aPlaceAsSpeakerIsItsGovernmentAndAnUnknownPlaceNoSpeaker() {
        Extraction x = run("Beijing/LOCATION told the U.S./LOCATION to stop \" spreading false information . \"");
        ExtractedEntity who = x.quotes().get(0).speakers().get(0);
        assertThat(who.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(who.schemaClass()).isEqualTo(SDO.GovernmentOrganization);
        assertThat(who.name()).isEqualTo("Beijing");
        assertThat(who.governmentOf().name()).isEqualTo("Beijing");
        assertThat(who.mentions()).isEmpty();
        assertThat(x.entities()).as("the government is an entity of the article, for the linker").contains(who);
        assertThat(entity(x, "Beijing").filter(e -> e.type() == EntityType.PLACE).orElseThrow().mentions()).hasSize(1);
        // a place that is no country, city or region: the quotation stays, with no speaker
        Extraction y = run("Gotham/LOCATION warned it would \" fight back . \"");
        assertThat(y.quotes()).singleElement().satisfies(q -> assertThat(q.speakers()).isEmpty());
    }

    @Test
    void indirectSpeechIsAParaphraseOfItsSpeaker() {
        Extraction x = run("Dmitry/PERSON Peskov/PERSON told reporters that an announcement would be made in due course .");
        assertThat(x.quotes()).singleElement().satisfies(q -> {
            assertThat(q.paraphrase()).isTrue();
            assertThat(q.text()).isEqualTo("an announcement would be made in due course");
            assertThat(q.speakers()).extracting(ExtractedEntity::name).containsExactly("Dmitry Peskov");
        });
        Extraction y = run("The deal is worth billions , according to Reuters/ORGANIZATION .");
        assertThat(y.quotes()).extracting(Quote::text).containsExactly("The deal is worth billions");
        Extraction z = run("According to Reuters/ORGANIZATION , the deal is worth billions , though talks go on .");
        assertThat(z.quotes()).extracting(Quote::text).containsExactly("the deal is worth billions");
        Extraction w = run("Washington/LOCATION warned last month that China/LOCATION was sending arms to Russia/LOCATION .");
        assertThat(w.quotes().get(0).speakers()).extracting(e -> e.type() + ":" + e.name()).containsExactly("ORGANIZATION:Washington");
        assertThat(run("Dmitry/PERSON Peskov/PERSON told reporters that an announcement would be made .", "IndirectSpeech").quotes()).isEmpty();
        // without "that": "said" right before a determiner or pronoun opens the clause; "said on Monday" does not
        assertThat(run("Dmitry/PERSON Peskov/PERSON said the talks would cover Ukraine/LOCATION .").quotes())
                .extracting(Quote::text).containsExactly("the talks would cover Ukraine");
        assertThat(run("Dmitry/PERSON Peskov/PERSON said on Monday he was tired .").quotes()).isEmpty();
        assertThat(run("Dmitry/PERSON Peskov/PERSON said the talks would cover Ukraine/LOCATION .", "ThatlessClause").quotes()).isEmpty();
    }

    @Test
    void newsOrganisationThatReportedIsASource() {
        assertThat(run("Reuters/ORGANIZATION reported on Monday that talks failed .").sources())
                .extracting(ExtractedEntity::name).containsExactly("Reuters");
        assertThat(run("Reuters/ORGANIZATION reported on Monday that talks failed .", "Sources").sources()).isEmpty();
    }

    @Test
    void salienceWeighsHeadlineLeadAndMentions() {
        Tokens t = Tokens.tagged("Xi/PERSON Visits Moscow/LOCATION || Xi/PERSON Jinping/PERSON arrived . || Xi/PERSON left .");
        Extraction x = ALL.extract(t, t.text.indexOf("\n\n") + 2);
        assertThat(entity(x, "Xi Jinping").orElseThrow().salience()).isEqualTo(1.0);   // 0.4 + 0.25 + 0.35
        assertThat(entity(x, "Moscow").orElseThrow().salience()).isEqualTo(0.517);    // 0.4 + 0.35 / 3
    }
}
