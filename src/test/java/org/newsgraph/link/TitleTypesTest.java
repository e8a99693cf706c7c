package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The coarse type of a title from the WikiDict surface forms that point at it ({@link TitleTypes.Cues}). */
class TitleTypesTest {
    private static TitleType classify(String title, String... surfaces) {
        TitleTypes.Cues cues = new TitleTypes.Cues();
        cues.reset(title);
        for (String s : surfaces) cues.see(s);
        return TitleTypes.classify(title, cues);
    }

    @Test
    void aNameFollowedByItsRegionIsAPlace() {
        assertThat(classify("Tullow", "Tullow", "Tullow, County Carlow")).isEqualTo(TitleType.PLACE);
        assertThat(classify("Canmore", "Canmore", "Canmore, AB")).isEqualTo(TitleType.PLACE);   // AB: Alberta
    }

    @Test
    void anOrganisationWithItsCampusOrSeatAfterTheCommaIsAnOrganisation() {
        for (String t : new String[] {"University_of_California,_Berkeley", "University_of_Maryland,_College_Park",
                "Richard_Huish_College,_Taunton", "Office_for_Standards_in_Education,_Children's_Services_and_Skills",
                "Holy_Trinity_Church,_Runcorn"})
            assertThat(TitleTypes.fromTitle(t)).as(t).isEqualTo(TitleType.ORGANIZATION);
        // a town named after one is still a town
        for (String t : new String[] {"College_Park,_Maryland", "Church_Creek,_Maryland", "University_City,_Missouri"})
            assertThat(TitleTypes.fromTitle(t)).as(t).isEqualTo(TitleType.CITY);
    }

    @Test
    void anOfficeIsMadeOfTitleWordsAlone() {
        for (String t : new String[] {"Foreign_minister", "Prime_Minister", "Deputy_Prime_Minister", "Vice_President", "Lord_Mayor", "King"})
            assertThat(TitleTypes.fromTitle(t)).as(t).isEqualTo(TitleType.OTHER);
        // people whose surname is a title word were offices, so no PERSON mention could reach them
        for (String t : new String[] {"Stephen_King", "Larry_King", "B._B._King", "Alexander_Pope", "Don_King_(boxing_promoter)"})
            assertThat(TitleTypes.fromTitle(t)).as(t).isNotEqualTo(TitleType.OTHER);
        // a compound qualifier's occupation is read before its modifier: no film, no sea, no game
        for (String t : new String[] {"Al_Clark_(film_editor)", "Robert_Gray_(sea_captain)", "Tim_Sweeney_(game_developer)", "Adam_Vella_(sport_shooter)"})
            assertThat(TitleTypes.fromTitle(t)).as(t).isEqualTo(TitleType.PERSON);
        Linker linker = Linker.create(TestIndex.get()).build();
        for (String name : new String[] {"Stephen King", "Larry King", "Billie Jean King", "Alexander Pope"})
            assertThat(linker.link(LinkRequest.of(name, EntityType.PERSON)).map(Link::title)).as(name).contains(name.replace(' ', '_'));
    }

    @Test
    void aRepresentativeSideNamedWithoutNationalIsATeam() {
        assertThat(TitleTypes.fromTitle("England_cricket_team")).isEqualTo(TitleType.ORGANIZATION);
        assertThat(TitleTypes.fromTitle("England_women's_cricket_team")).isEqualTo(TitleType.ORGANIZATION);
        assertThat(TitleTypes.fromTitle("2005_Auburn_Tigers_football_team")).isNotEqualTo(TitleType.ORGANIZATION);
        assertThat(TitleTypes.fromTitle("History_of_the_Pakistani_cricket_team")).isNotEqualTo(TitleType.ORGANIZATION);
    }

    @Test
    void aNameFollowedByALegalFormIsACompany() {
        assertThat(classify("YouTube", "YouTube", "YouTube, LLC")).isEqualTo(TitleType.ORGANIZATION);
        assertThat(classify("Facebook", "Facebook", "Facebook, Inc.")).isEqualTo(TitleType.ORGANIZATION);
        assertThat(classify("Nestlé", "Nestlé, S.A.")).isEqualTo(TitleType.ORGANIZATION);
        assertThat(classify("McGuireWoods", "McGuireWoods, LLP")).isEqualTo(TitleType.ORGANIZATION);
    }

    @Test
    void aPlaceWordCountsInTheNamesHeadNotInTheRealmItBelongsTo() {
        assertThat(TitleTypes.fromTitle("House_of_Commons_of_the_United_Kingdom")).isNotEqualTo(TitleType.PLACE);
        assertThat(TitleTypes.fromTitle("Battle_of_the_Falkland_Islands")).isNotEqualTo(TitleType.PLACE);
        assertThat(TitleTypes.fromTitle("Kingdom_of_Fife")).isEqualTo(TitleType.PLACE);
        assertThat(TitleTypes.fromTitle("Republic_of_Ireland")).isEqualTo(TitleType.PLACE);
        assertThat(TitleTypes.fromTitle("Isle_of_Wight_County")).isEqualTo(TitleType.PLACE);
        // "Committee on …" heads an organisation before its comma, as "University of …" does
        assertThat(TitleTypes.fromTitle("United_States_Senate_Committee_on_Banking,_Housing,_and_Urban_Affairs"))
                .isEqualTo(TitleType.ORGANIZATION);
    }

    @Test
    void whatNamesNoPlaceAfterTheCommaIsNoPlaceCue() {
        // a bank's "N.A." (also the Netherlands Antilles), post-nominals, what a web page adds
        assertThat(classify("Citibank", "Citibank", "Citibank, N.A.", "Citibank, N. A.")).isEqualTo(TitleType.UNKNOWN);
        assertThat(classify("Whopper", "Whopper", "Whopper, Jr.")).isEqualTo(TitleType.UNKNOWN);
        assertThat(classify("Catwoman", "Catwoman", "Catwoman, Wikipedia, the free encyclopedia")).isEqualTo(TitleType.UNKNOWN);
        assertThat(classify("Saipan", "Saipan", "Saipan, Northern Mariana Islands")).isEqualTo(TitleType.PLACE);
    }

    @Test
    void aRoyalOrPeerageStyleAfterTheCommaIsAPersonNotATown() {
        for (String t : new String[] {"Maha_Vajiralongkorn,_Crown_Prince_of_Thailand", "Catherine,_Duchess_of_Cambridge",
                "Diana,_Princess_of_Wales", "Charles,_Prince_of_Wales", "Margaret_Thatcher,_Baroness_Thatcher",
                "Sophie,_Countess_of_Wessex"})
            assertThat(TitleTypes.fromTitle(t)).as(t).isEqualTo(TitleType.PERSON);
        assertThat(TitleTypes.fromTitle("Kirksville,_Missouri")).isEqualTo(TitleType.CITY);
    }

    @Test
    void onlyALowerCaseCapitalIsAPlaceCue() {
        assertThat(classify("Zorbaville", "Zorbaville", "Zorban capital", "capital Zorbaville")).isEqualTo(TitleType.PLACE);
        // an investment firm named "… Capital" is no capital city
        assertThat(classify("SAC_Capital_Advisors", "SAC Capital", "SAC Capital Advisors")).isEqualTo(TitleType.UNKNOWN);
        assertThat(classify("Capital_One", "Capital One")).isEqualTo(TitleType.UNKNOWN);
    }

    @Test
    void aPlaceWordIsACueOnlyWithADescriptionOrTheTitlesOwnName() {
        assertThat(classify("Zorbaville", "border city")).isEqualTo(TitleType.PLACE);
        assertThat(classify("Zorbaville", "Zorbaville city")).isEqualTo(TitleType.PLACE);
        assertThat(classify("Ciudad_Zorbá", "Zorba City")).as("accents folded").isEqualTo(TitleType.PLACE);
        assertThat(classify("Zorbaland", "Zorbalandic capital")).isEqualTo(TitleType.PLACE);
        assertThat(classify("Zorbaville", "city of Zorbaville")).isEqualTo(TitleType.PLACE);
        // "UN city" is a building of the United Nations; "New York City" in an anchor of a tower names its city
        assertThat(classify("United_Nations", "United Nations", "UN city")).isEqualTo(TitleType.UNKNOWN);
        assertThat(classify("Zorba_Tower", "Zorba Tower", "Twin Towers in New York City")).isEqualTo(TitleType.UNKNOWN);
        assertThat(classify("Zorba_Tower", "Zorba Tower", "city of New York")).isEqualTo(TitleType.UNKNOWN);
    }

    @Test
    void withoutCuesTheTypeIsUnknown() {
        assertThat(classify("Zorblatt", "Zorblatt", "zorblatt")).isEqualTo(TitleType.UNKNOWN);
    }
}
