package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules {@code demonyms} ({@link DemonymPlaces}), {@code parties} ({@link PartyMembers}) and {@code nationalprefix}
 * ({@link NationalPrefix}), {@code datelines} ({@link Datelines}), {@code listheads} ({@link ListHeads}), {@code sportnames} ({@link SportNames}), {@code townregion} ({@link TownRegion}), on sentences
 * written for
 * this test, with the real WikiDict index; each also switched off by name, which must lose the link it makes.
 */
class NewsNameRulesTest {
    static final Linker linker = Linker.create(TestIndex.get()).build();

    static Optional<String> link(Linker l, String name, EntityType type, String text, LinkRequest.ContextEntity... context) {
        return l.link(LinkRequest.of(name, type).withContext(List.of(context)).withArticle(new ArticleText(text))).map(Link::title);
    }

    @Test
    void aPlaceNamedByItsDemonymIsTheCountry() {
        String text = "Turkish troops crossed the border on Monday, and Italian diplomats said the Iraqis had not been told.";
        assertThat(DemonymPlaces.country("Iraqis")).contains("Iraq");
        assertThat(DemonymPlaces.country("Turkish")).contains("Turkey");
        assertThat(DemonymPlaces.country("Iranians")).contains("Iran");
        assertThat(DemonymPlaces.country("Nessie")).isEmpty();
        assertThat(link(linker, "Turkish", EntityType.PLACE, text)).contains("Turkey");
        assertThat(link(linker, "Italian", EntityType.PLACE, text)).contains("Italy");
        assertThat(link(linker, "Iraqis", EntityType.PLACE, text)).contains("Iraq");
        // people and organisations named like a demonym are not the country
        assertThat(link(linker, "Italian", EntityType.PERSON, text)).isNotEqualTo(Optional.of("Italy"));
        assertThat(link(linker, "Italian", EntityType.ORGANIZATION, text)).isNotEqualTo(Optional.of("Italy"));
        Linker off = Linker.create(TestIndex.get()).without(List.of("demonyms")).build();
        assertThat(link(off, "Turkish", EntityType.PLACE, text)).isNotEqualTo(Optional.of("Turkey"));
        assertThat(link(off, "Iraqis", EntityType.PLACE, text)).isNotEqualTo(Optional.of("Iraq"));
    }

    @Test
    void anOrganisationNamedWithItsCountryInFrontIsTheOrganisation() {
        String text = "Forecasters at the British Met Office said the winter would be mild, and the Japanese Fair Trade "
                + "Commission opened an inquiry. Kenyan Petroleum officials declined to comment.";
        assertThat(NationalPrefix.split("British Met Office")).contains(List.of("United Kingdom", "Met Office"));
        assertThat(NationalPrefix.split("U.S. Forest Service")).contains(List.of("United States", "Forest Service"));
        assertThat(NationalPrefix.split("Met Office")).isEmpty();
        assertThat(link(linker, "British Met Office", EntityType.ORGANIZATION, text)).contains("Met_Office");
        assertThat(link(linker, "U.S. Forest Service", EntityType.ORGANIZATION, text)).contains("United_States_Forest_Service");
        // a name the WikiDict knows with its adjective stays whole; one common noun left is no organisation
        assertThat(link(linker, "British Airways", EntityType.ORGANIZATION, text)).contains("British_Airways");
        assertThat(link(linker, "Kenyan Petroleum", EntityType.ORGANIZATION, text)).isNotEqualTo(Optional.of("Petroleum"));
        assertThat(link(linker, "British Met Office", EntityType.PERSON, text)).isNotEqualTo(Optional.of("Met_Office"));
        Linker off = Linker.create(TestIndex.get()).without(List.of("nationalprefix")).build();
        assertThat(link(off, "British Met Office", EntityType.ORGANIZATION, text)).isEmpty();
    }

    @Test
    void aPlaceInADatelineIsACity() {
        assertThat(Datelines.isDateline("Washington", "WASHINGTON (Reuters) — The Senate voted on Tuesday.")).isTrue();
        assertThat(Datelines.isDateline("Nairobi", "Oil\n\nNAIROBI, Kenya, Aug. 11 (UPI) -- Drilling starts.")).isTrue();
        assertThat(Datelines.isDateline("Washington", "Yours sincerely,\nJane Roe\nWashington, June 19, 2013\n")).isTrue();
        assertThat(Datelines.isDateline("New York", "SOCCER - RESULTS\n\nNEW YORK 1996-09-18\n\nThe Yankees won.")).isTrue();
        assertThat(Datelines.dateline("Al-Ain", "AL-AIN, United Arab Emirates 1996-12-10\n\nJapan won.")).isEqualTo("United Arab Emirates");
        assertThat(Datelines.isDateline("Washington", "Officials in Washington said on June 19 that it would rain.")).isFalse();
        assertThat(Datelines.isDateline("Washington", "Washington 2012-13 budget talks stalled.")).isFalse();
        assertThat(Datelines.isDateline("Washington", "Washington, Oregon and Idaho sued the agency.")).isFalse();
        String filed = "WASHINGTON (AP) — Consumers spent more in February, the Commerce Department said.";
        assertThat(link(linker, "Washington", EntityType.PLACE, filed)).contains("Washington,_D.C.");
        assertThat(link(linker, "Washington", EntityType.PLACE, "Apples grow well in Washington state.")).contains("Washington");
        // (rule capitalcity, which also makes a bare "Washington" the capital, off too)
        Linker off = Linker.create(TestIndex.get()).without(List.of("datelines", "capitalcity")).build();
        assertThat(link(off, "Washington", EntityType.PLACE, filed)).contains("Washington");
        // a city sharing its name with its state: the dateline's short name is the city's
        String wire = "NEW YORK, March 12 - Shares rose after the report.";
        assertThat(link(linker, "New York", EntityType.PLACE, wire)).contains("New_York_City");
        assertThat(link(off, "New York", EntityType.PLACE, wire)).contains("New_York");
        assertThat(link(linker, "New York", EntityType.PLACE, "NEW YORK 1996-09-18\n\nShares rose after the report."))
                .contains("New_York_City");
        // a country's name written in the story is the country; only the dateline in capitals is its capital city
        String kuwait = "KUWAIT, Nov 4 - Kuwait's oil minister said OPEC would keep its output ceiling.";
        assertThat(link(linker, "Kuwait", EntityType.PLACE, kuwait)).contains("Kuwait");
        assertThat(link(linker, "KUWAIT", EntityType.PLACE, kuwait)).contains("Kuwait_City");
        assertThat(link(off, "KUWAIT", EntityType.PLACE, kuwait)).contains("Kuwait");
        // a town's bare title, a place by its anchors, is a city to the dateline as much as the form-typed namesakes
        assertThat(link(linker, "Stafford", EntityType.PLACE, "Hospital trust fined\nStafford, 2013-02-06\nThe NHS trust was criticised."))
                .contains("Stafford");
        assertThat(link(off, "Stafford", EntityType.PLACE, "Hospital trust fined\nStafford, 2013-02-06\nThe NHS trust was criticised."))
                .contains("Stafford");
        // only the "X City" title itself: the WikiDict's "Charlotte City" is an anchor of Charlotte, Michigan
        assertThat(link(linker, "Charlotte", EntityType.PLACE, "Bank reports loss\nCharlotte, 2008-10-06\nWachovia said it lost money."))
                .contains("Charlotte,_North_Carolina");
        // a region in the dateline decides between towns of one name
        assertThat(Datelines.dateline("Taunton", "TAUNTON, England (Reuters) - Rivers rose.")).isEqualTo("England");
        assertThat(Datelines.dateline("Cupertino", "CUPERTINO, Calif. (AP) — Apple said.")).isEqualTo("Calif.");
        assertThat(Datelines.Region.of("Calif.").fit("Cupertino,_California")).isEqualTo(1.0);
        assertThat(Datelines.Region.of("England").fit("Taunton,_Massachusetts")).isZero();
        assertThat(link(linker, "Taunton", EntityType.PLACE, "TAUNTON, England (Reuters) - Hundreds were evacuated.")).contains("Taunton");
        assertThat(link(linker, "Taunton", EntityType.PLACE, "TAUNTON, Mass. (AP) - Hundreds were evacuated."))
                .contains("Taunton,_Massachusetts");
    }

    @Test
    void aCityNamedLikeItsStateIsTheCityUnlessTheStoryWritesTheState() {
        String un = "The U.N. Security Council met in New York on Monday to discuss the strikes.";
        assertThat(link(linker, cityRequest("New York", un))).contains("New_York_City");
        String senator = "Senator Daniel Patrick Moynihan of New York called the bill a disgrace.";
        assertThat(link(linker, cityRequest("New York", senator))).contains("New_York");
        String upstate = "Floods hit upstate New York, and thousands were evacuated.";
        assertThat(CityNames.writesTheState("New York", upstate)).isTrue();
        assertThat(CityNames.writesTheState("New York", "New York state sued.")).isTrue();
        assertThat(CityNames.writesTheState("New York", un)).isFalse();
        assertThat(CityNames.writesTheState("New York", "Gov. Andrew Cuomo of New York ordered lockdowns.")).isTrue();
        assertThat(link(linker, cityRequest("Santiago", "Santiago was hit by protests."))).isNotEqualTo(Optional.of("Santiago_City"));
        assertThat(CityNames.writesTheState("New York", "said Kantor, of West Nyack, New York.")).isTrue();
        assertThat(CityNames.writesTheState("New York", "shown in Massachusetts, New York and Bermuda")).isTrue();
        assertThat(CityNames.writesTheState("New York", "offices in London, New York and Tokyo")).isFalse();
        Linker off = Linker.create(TestIndex.get()).without(List.of("citynames")).build();
        assertThat(link(off, cityRequest("New York", un))).contains("New_York");
    }

    @Test
    void aNameBeforeTheWordPartyIsThatParty() {
        String india = "NEW DELHI 1996-06-12 - Prime Minister H.D. Deve Gowda won a vote of confidence. The Congress party, "
                + "led by Narasimha Rao, backed the government from outside.";
        assertThat(PartyWord.writtenBeforeParty("Congress", india)).isTrue();
        assertThat(PartyWord.writtenBeforeParty("Congress", "Congress partying")).isFalse();
        assertThat(link(linker, "Congress", EntityType.ORGANIZATION, india)).contains("Indian_National_Congress");
        Linker off = Linker.create(TestIndex.get()).without(List.of("partyword")).build();
        assertThat(link(off, "Congress", EntityType.ORGANIZATION, india)).isNotEqualTo(Optional.of("Indian_National_Congress"));
        assertThat(link(linker, "Congress", EntityType.ORGANIZATION, "Congress passed the bill on Tuesday."))
                .contains("United_States_Congress");
    }

    @Test
    void aCountrysPossessiveSaysWhoseBodyItIs() {
        String bogota = "BOGOTA 1996-06-13 - Colombia's Congress on Wednesday cleared President Ernesto Samper. Washington, "
                + "which has revoked Samper's U.S. visa, said it was disappointed.";
        assertThat(PossessivePlace.countries("Congress", bogota)).containsExactly("Colombia");
        assertThat(PossessivePlace.countries("Congress", "South Korea's Congress met.")).containsExactly("South Korea");
        assertThat(PossessivePlace.countries("Congress", "The Congress met.")).isEmpty();
        String kremlin = "The Kremlin and the Russian Foreign Ministry denied the report; Gazprom cut supplies to Ukraine.";
        assertThat(PossessivePlace.countries("Foreign Ministry", kremlin)).containsExactly("Russia");
        assertThat(link(linker, "Foreign Ministry", EntityType.ORGANIZATION, kremlin, new LinkRequest.ContextEntity("Russia", EntityType.PLACE),
                new LinkRequest.ContextEntity("Ukraine", EntityType.PLACE))).contains("Ministry_of_Foreign_Affairs_(Russia)");
        LinkRequest r = LinkRequest.of("Congress", EntityType.ORGANIZATION).withArticle(new ArticleText(bogota))
                .withContext(List.of(new LinkRequest.ContextEntity("Colombia", EntityType.PLACE),
                        new LinkRequest.ContextEntity("Washington", EntityType.PLACE), new LinkRequest.ContextEntity("United States", EntityType.PLACE)));
        assertThat(link(linker, r)).contains("Congress_of_Colombia");
        Linker off = Linker.create(TestIndex.get()).without(List.of("possessiveplace")).build();
        assertThat(link(off, r)).contains("United_States_Congress");
    }

    @Test
    void aListHeadAsksForNothingWhenTheArticleNamesTheListsMemberApart() {
        String text = "Gunmen killed 20 villagers in Kano and Kaduna states on Sunday. Kano, the largest city in the north, was calm.";
        assertThat(link(linker, "Kano", EntityType.PLACE, text)).contains("Kano_State");
        // NLP named the list's member "Kano State": the entity "Kano" is the city
        assertThat(link(linker, "Kano", EntityType.PLACE, text, new LinkRequest.ContextEntity("Kano State", EntityType.PLACE)))
                .isNotEqualTo(Optional.of("Kano_State"));
    }

    @Test
    void aCountryWhoseDemonymTheStoryWritesIsTheCountryNotTheStateOfItsName() {
        String text = "GEORGIA - SHEVARDNADZE SAYS ABKHAZIA TALKS STALLED.\nTBILISI 1996-07-16\nGeorgian President Eduard "
                + "Shevardnadze said talks with separatist Abkhazia had stalled.";
        assertThat(link(linker, "GEORGIA", EntityType.PLACE, text)).contains("Georgia_(country)");
        assertThat(link(linker, "Georgia", EntityType.PLACE, text)).contains("Georgia_(country)");
        Linker off = Linker.create(TestIndex.get()).without(List.of("countrydemonym")).build();
        assertThat(link(off, "GEORGIA", EntityType.PLACE, text)).contains("Georgia_(U.S._state)");
        // without the demonym the rule says nothing
        assertThat(CountryDemonym.INSTANCE.evidence(LinkRequest.of("Georgia", EntityType.PLACE)
                .withArticle(new ArticleText("Georgia voted on Tuesday.")), "Georgia", TestIndex.get()).forms()).isEmpty();
    }

    @Test
    void aFullNameWikipediaWritesAsALinkToAPersonIsThatPersonWhateverTheTitlesGivenName() {
        Linker all = Linker.create(TestIndex.get()).build();
        String text = "Pep Guardiola said his side had played the perfect game.";
        assertThat(link(all, "Pep Guardiola", EntityType.PERSON, text)).contains("Josep_Guardiola");
        // the surname's own anchors do not count: a namesake of that surname is no one's full name
        assertThat(link(all, "Barry Rosenbloom", EntityType.PERSON, "Barry Rosenbloom, M.D., said.")).isEmpty();
        Linker off = Linker.create(TestIndex.get()).without(List.of("exactanchor")).build();
        assertThat(link(off, "Pep Guardiola", EntityType.PERSON, text)).isEmpty();
    }

    @Test
    void aPersonsTitleBeforeTheNameChoosesAmongNamesakes() {
        String levy = "JERUSALEM 1996-09-03 - Foreign Minister David Levy said Israel would honour the agreements.";
        assertThat(RoleTitle.wordsBefore("David Levy", levy)).containsExactly("foreign", "minister");
        assertThat(RoleTitle.wordsBefore("William Barr", "during the election, Attorney General William Barr said"))
                .containsExactly("attorney", "general");
        assertThat(link(linker, "David Levy", EntityType.PERSON, levy)).contains("David_Levy_(Israeli_politician)");
        Linker off = Linker.create(TestIndex.get()).without(List.of("roletitle")).build();
        assertThat(link(off, "David Levy", EntityType.PERSON, levy)).contains("David_Levy_(chess_player)");
        // the best-known bearer has no qualifier and stays in
        assertThat(link(linker, "John Howard", EntityType.PERSON, "Prime Minister John Howard said the budget would pass."))
                .contains("John_Howard");
    }

    private static LinkRequest cityRequest(String name, String text) {
        return LinkRequest.of(name, EntityType.PLACE).withSchemaClass("http://schema.org/City").withArticle(new ArticleText(text));
    }

    private static Optional<String> link(Linker l, LinkRequest r) { return l.link(r).map(Link::title); }

    @Test
    void aStateBodyIsTheStorysStates() {
        String albany = "ALBANY (AP) - The state Senate and Assembly passed the gun bill on Tuesday. Gov. Andrew Cuomo signed it.";
        List<LinkRequest> reqs = List.of(LinkRequest.of("ALBANY", EntityType.PLACE), LinkRequest.of("Senate", EntityType.ORGANIZATION),
                LinkRequest.of("Assembly", EntityType.ORGANIZATION));
        ArticleText text = new ArticleText(albany);
        List<LinkRequest> inArticle = reqs.stream().map(r -> r.withArticle(text)).toList();
        List<Optional<Link>> links = linker.linkAll(inArticle);
        assertThat(links.get(1).map(Link::title)).contains("New_York_State_Senate");
        assertThat(links.get(2).map(Link::title)).contains("New_York_State_Assembly");
        Linker off = Linker.create(TestIndex.get()).without(List.of("statebodies")).build();
        assertThat(off.linkAll(inArticle).get(1).map(Link::title)).isNotEqualTo(Optional.of("New_York_State_Senate"));
        assertThat(StateBodies.writtenAsState("Senate", "The Senate voted.")).isFalse();
        assertThat(StateBodies.namesState("Senate_of_Virginia", "Virginia")).isTrue();
        assertThat(StateBodies.namesState("West_Virginia_Senate", "Virginia")).isFalse();
        // a state named in the story, or a dateline's region, names it too; two states name none
        String two = "Lawmakers in Texas and Ohio met. The state Senate voted.";
        List<LinkRequest> both = List.of(LinkRequest.of("Texas", EntityType.PLACE), LinkRequest.of("Ohio", EntityType.PLACE),
                LinkRequest.of("Senate", EntityType.ORGANIZATION)).stream().map(r -> r.withArticle(new ArticleText(two))).toList();
        assertThat(linker.linkAll(both).get(2).map(Link::title)).isNotEqualTo(Optional.of("Texas_Senate"));
    }

    @Test
    void aBodyNamedByItsKindIsNotTheArticleOnTheWord() {
        String text = "The House Ways and Means Committee approved the bill. Committee chairman Dan Rostenkowski said it was needed.";
        Linker off = Linker.create(TestIndex.get()).without(List.of("genericheads")).build();
        assertThat(link(off, "Committee", EntityType.ORGANIZATION, text)).contains("Committee");
        assertThat(link(linker, "Committee", EntityType.ORGANIZATION, text)).isEmpty();
        // nor a town of that name: Council, Idaho
        assertThat(link(linker, "Council", EntityType.ORGANIZATION, "Council President Roger Berliner sponsored the bill."))
                .isNotEqualTo(Optional.of("Council,_Idaho")).isNotEqualTo(Optional.of("Council"));
        // a body's own title is kept: "Army" reaches the article Army and armies; only the former goes
        String army = "The Army said on Tuesday that two soldiers had died in Afghanistan.";
        assertThat(off.rank(LinkRequest.of("Army", EntityType.ORGANIZATION).withArticle(new ArticleText(army))))
                .extracting(Linker.Scored::title).contains("United_States_Army", "Army");
        assertThat(linker.rank(LinkRequest.of("Army", EntityType.ORGANIZATION).withArticle(new ArticleText(army))))
                .extracting(Linker.Scored::title).contains("United_States_Army").doesNotContain("Army");
    }

    @Test
    void aPortfolioBeforeAPositionIsAnOrganisationOrNothing() {
        String russia = "MOSCOW 1996-08-31 - The deal was criticised by Interior Minister Anatoly Kulikov on Saturday.";
        assertThat(Portfolios.onlyBeforePosition("Interior", russia)).isTrue();
        assertThat(Portfolios.onlyBeforePosition("Interior", "The Interior was hot. Interior Minister Kulikov spoke.")).isFalse();
        assertThat(link(linker, "Interior", EntityType.ORGANIZATION, russia)).isEmpty();
        String kemp = "Dole named former Housing Secretary Jack Kemp as his running mate.";
        assertThat(link(linker, "Housing", EntityType.ORGANIZATION, kemp)).isEmpty();
        Linker off = Linker.create(TestIndex.get()).without(List.of("portfolios")).build();
        assertThat(link(off, "Housing", EntityType.ORGANIZATION, kemp)).contains("Housing");
        // a portfolio whose name links to its department keeps it
        String baker = "Treasury Secretary James Baker said the dollar had fallen far enough.";
        assertThat(link(linker, "Treasury", EntityType.ORGANIZATION, baker)).contains("United_States_Department_of_the_Treasury");
        // the story also names the portfolio's department: still the portfolio, not the article on the word
        String lyng = "The U.S. Agriculture Department said exporters sold corn. Agriculture Secretary Richard Lyng said stocks were high.";
        assertThat(Portfolios.onlyBeforePosition("Agriculture", lyng)).isTrue();
        assertThat(link(linker, "Agriculture", EntityType.ORGANIZATION, lyng)).isNotEqualTo(Optional.of("Agriculture"));
        // the story writes the ministry's full name, the portfolio at its end: still the portfolio
        String greening = "Branson said the Department for Transport had made a mistake. Transport Secretary Justine Greening defended it.";
        assertThat(Portfolios.onlyBeforePosition("Transport", greening)).isTrue();
        assertThat(Portfolios.writtenMinistries("Transport", greening)).containsExactly("Department for Transport");
        assertThat(link(linker, "Transport", EntityType.ORGANIZATION, greening)).contains("Department_for_Transport");
        assertThat(link(off, "Transport", EntityType.ORGANIZATION, greening)).contains("Transport");
        // an organisation's own name before a position stays that organisation
        String poehl = "In Frankfurt, Bundesbank President Karl Otto Poehl said West Germany saw no need to cut rates.";
        assertThat(link(linker, "Bundesbank", EntityType.ORGANIZATION, poehl)).contains("Deutsche_Bundesbank");
    }

    @Test
    void aPlaceInAListBeforeAPluralHeadIsOfThatKind() {
        String clinics = "The group runs clinics in Kern, Riverside and Ventura counties and in Denver, Colorado.";
        assertThat(ListHeads.head("Riverside", clinics)).isEqualTo("County");
        assertThat(ListHeads.head("Kern", clinics)).isEqualTo("County");
        assertThat(ListHeads.head("Ventura", clinics)).isEqualTo("County");
        assertThat(ListHeads.head("Denver", clinics)).isNull();
        assertThat(ListHeads.head("Kaduna", "Violence spread to Kano and Kaduna States on Friday.")).isEqualTo("State");
        assertThat(ListHeads.head("Euphrates", "Dams on the Tigris and Euphrates rivers hold less water.")).isEqualTo("River");
        // one name before a plural noun is no list: "Riverside counties" is not written, "Riverside residents" is no head
        assertThat(ListHeads.head("Riverside", "Riverside residents voted, and two counties followed.")).isNull();
        // a long title-case run after the name is read in linear time (a headline), and is no list
        String headline = "Riverside " + "Migrant At Border Says Will Die Of Hunger If Not ".repeat(40) + "today.";
        assertThat(ListHeads.head("Riverside", headline)).isNull();
        assertThat(link(linker, "Riverside", EntityType.PLACE, clinics)).contains("Riverside_County,_California");
        assertThat(link(linker, "Riverside", EntityType.PLACE, "She moved to Riverside last year.")).contains("Riverside,_California");
        Linker off = Linker.create(TestIndex.get()).without(List.of("listheads")).build();
        assertThat(link(off, "Riverside", EntityType.PLACE, clinics)).contains("Riverside,_California");
    }

    @Test
    void aSchoolNamedBeforeItsSportIsItsTeam() {
        String game = "The new single was first played during the Alabama versus Florida State football game on Saturday.";
        assertThat(SportNames.sportAfter("Florida State", game)).isEqualTo("football");
        assertThat(SportNames.sportAfter("Alabama", game)).isEqualTo("football");
        assertThat(SportNames.sportAfter("Duke", "Duke basketball coach Mike Krzyzewski retired.")).isEqualTo("basketball");
        assertThat(SportNames.sportAfter("Alabama", "Alabama lawmakers passed the bill, and football fans cheered.")).isNull();
        assertThat(TitleTypes.fromTitle("Alabama_Crimson_Tide_football")).isEqualTo(TitleType.ORGANIZATION);
        assertThat(TitleTypes.fromTitle("Duke_Blue_Devils_men's_basketball")).isEqualTo(TitleType.ORGANIZATION);
        assertThat(TitleTypes.fromTitle("American_football")).isNotEqualTo(TitleType.ORGANIZATION);
        assertThat(link(linker, "Alabama", EntityType.ORGANIZATION, game)).contains("Alabama_Crimson_Tide_football");
        assertThat(link(linker, "Florida State", EntityType.ORGANIZATION, game)).contains("Florida_State_Seminoles_football");
        assertThat(link(linker, "Duke", EntityType.ORGANIZATION, "Duke basketball coach Mike Krzyzewski retired."))
                .contains("Duke_Blue_Devils_men's_basketball");
        assertThat(link(linker, "Florida State", EntityType.ORGANIZATION, "She studied law at Florida State."))
                .contains("Florida_State_University");
        Linker off = Linker.create(TestIndex.get()).without(List.of("sportnames")).build();
        assertThat(link(off, "Florida State", EntityType.ORGANIZATION, game)).contains("Florida_State_University");
    }

    @Test
    void aPartyNamedByItsMembersIsTheParty() {
        String uk = "The Conservatives lost three seats in the by-elections, and Tory MPs blamed the leadership.";
        assertThat(PartyMembers.party("Tories")).isEqualTo("Conservative Party");
        assertThat(PartyMembers.party("tories")).isNull();   // case-sensitive: a members' noun is a capitalised name
        assertThat(link(linker, "Conservatives", EntityType.ORGANIZATION, uk)).contains("Conservative_Party_(UK)");
        assertThat(link(linker, "Tory", EntityType.ORGANIZATION, uk)).contains("Conservative_Party_(UK)");
        // a place of the article qualifies the party's name
        String au = "The Liberals promised tax cuts before the election, while Labor campaigned on health.";
        assertThat(link(linker, "Liberals", EntityType.ORGANIZATION, au, new LinkRequest.ContextEntity("Australia", EntityType.PLACE)))
                .contains("Liberal_Party_of_Australia");
        // only organisations: "a Republican from Ohio" typed PERSON is a person
        assertThat(link(linker, "Republican", EntityType.PERSON, "A Republican from Ohio spoke.")).isNotEqualTo(Optional.of("Republican_Party_(United_States)"));
        Linker off = Linker.create(TestIndex.get()).without(List.of("parties")).build();
        assertThat(link(off, "Conservatives", EntityType.ORGANIZATION, uk)).isNotEqualTo(Optional.of("Conservative_Party_(UK)"));
        assertThat(link(off, "Tory", EntityType.ORGANIZATION, uk)).isNotEqualTo(Optional.of("Conservative_Party_(UK)"));
    }

    @Test
    void aGenericBodyIsTheOneOfTheArticlesCountry() {
        String za = "The report found that the president had deliberately misled Parliament in July.";
        LinkRequest.ContextEntity southAfrica = new LinkRequest.ContextEntity("South Africa", EntityType.PLACE);
        assertThat(link(linker, "Parliament", EntityType.ORGANIZATION, za, southAfrica)).contains("Parliament_of_South_Africa");
        String fr = "Protesters gathered near the National Assembly on Tuesday.";
        assertThat(link(linker, "National Assembly", EntityType.ORGANIZATION, fr, new LinkRequest.ContextEntity("France", EntityType.PLACE)))
                .contains("National_Assembly_of_France");
        // Wikipedia's "Ministry of Finance (Japan)" for the "Finance Ministry" of a story in Japan
        String tokyo = "The Finance Ministry said it would inspect the bank, and the yen weakened.";
        LinkRequest.ContextEntity japan = new LinkRequest.ContextEntity("Japan", EntityType.PLACE);
        assertThat(link(linker, "Finance Ministry", EntityType.ORGANIZATION, tokyo, japan)).contains("Ministry_of_Finance_(Japan)");
        assertThat(ArticlePlaces.bodyForms("Foreign Ministry")).contains("Ministry of Foreign Affairs");
        Linker off = Linker.create(TestIndex.get()).without(List.of("ofplace")).build();
        assertThat(link(off, "Parliament", EntityType.ORGANIZATION, za, southAfrica)).isNotEqualTo(Optional.of("Parliament_of_South_Africa"));
        assertThat(link(off, "Finance Ministry", EntityType.ORGANIZATION, tokyo, japan)).isNotEqualTo(Optional.of("Ministry_of_Finance_(Japan)"));
    }

    @Test
    void aStatesAbbreviationIsTheState() {
        assertThat(StateAbbreviations.expand("Calif.")).isEqualTo("California");
        assertThat(StateAbbreviations.expand("Ark")).as("period cut at a sentence's end").isEqualTo("Arkansas");
        assertThat(StateAbbreviations.expand("Paris")).isNull();
        String text = "Power was cut in Lexington, Ky., and in Fayetteville, Ark.";
        assertThat(link(linker, "Ky.", EntityType.PLACE, text)).contains("Kentucky");
        assertThat(link(linker, "Ark", EntityType.PLACE, text)).contains("Arkansas");
        Linker off = Linker.create(TestIndex.get()).without(List.of("stateabbrev")).build();
        assertThat(link(off, "Ark", EntityType.PLACE, text)).isNotEqualTo(Optional.of("Arkansas"));
    }

    @Test
    void aTownWithItsRegionAfterACommaIsThatRegionsTown() {
        String storms = "Storms tore through Columbia, Mo., and Athens, Ga., on Tuesday. In Paris, Texas, and in Kent, Ohio, "
                + "schools closed. A plant in Perth, Scotland, was flooded, and offices in London, Ontario, shut early.";
        assertThat(TownRegion.region("Columbia", storms)).isEqualTo("Mo.");
        assertThat(TownRegion.region("Paris", storms)).isEqualTo("Texas");
        assertThat(TownRegion.region("Kent", storms)).isEqualTo("Ohio");
        assertThat(TownRegion.region("Perth", storms)).isEqualTo("Scotland");
        // a list of cities, or of countries, names no region
        assertThat(TownRegion.region("Paris", "Offices in Paris, London and Berlin.")).isNull();
        assertThat(TownRegion.region("Vienna", "It sold cars in Vienna, Austria and Hungary.")).isEqualTo("Austria");
        assertThat(link(linker, "Columbia", EntityType.PLACE, storms)).contains("Columbia,_Missouri");
        assertThat(link(linker, "Athens", EntityType.PLACE, storms)).contains("Athens,_Georgia");
        assertThat(link(linker, "Paris", EntityType.PLACE, storms)).contains("Paris,_Texas");
        assertThat(link(linker, "Perth", EntityType.PLACE, storms)).contains("Perth,_Scotland");
        assertThat(link(linker, "London", EntityType.PLACE, storms)).contains("London,_Ontario");
        // the title the written "Town, Region" names, and a qualifier naming the region, lie in it; a bare title of
        // another name does not ("Lake_Victoria")
        assertThat(link(linker, "Victoria", EntityType.PLACE, "Bushfires spread in Victoria, Australia, on Monday.")).contains("Victoria_(Australia)");
        assertThat(link(linker, "Punjab", EntityType.PLACE, "Farmers in Punjab, India, protested.")).contains("Punjab_(India)");
        // a country after the town: the town's bare title is its primary topic there
        assertThat(link(linker, "Paris", EntityType.PLACE, "Protests spread in Paris, France, on Sunday.")).contains("Paris");
        // a country is no town of a region: "Georgia, Armenia and Azerbaijan" is a list
        assertThat(TownRegion.INSTANCE.evidence(LinkRequest.of("Georgia", EntityType.PLACE)
                .withArticle(new ArticleText("Ministers of Georgia, Armenia and Azerbaijan met.")), "Georgia", TestIndex.get())
                .forms()).isEmpty();
        Linker off = Linker.create(TestIndex.get()).without(List.of("townregion")).build();
        assertThat(link(off, "Athens", EntityType.PLACE, storms)).contains("Athens");
        assertThat(link(off, "Paris", EntityType.PLACE, storms)).contains("Paris");
        assertThat(link(off, "London", EntityType.PLACE, storms)).contains("London");
    }

    @Test
    void aGenericBodyInAStoryNamingAStateIsItsCountrys() {
        assertThat(StateAbbreviations.countryOf("Virginia")).isEqualTo("United States");
        assertThat(StateAbbreviations.countryOf("Ont.")).isEqualTo("Canada");
        // names news uses as often for a city or a country are no evidence
        assertThat(StateAbbreviations.countryOf("New York")).isNull();
        assertThat(StateAbbreviations.countryOf("Georgia")).isNull();
        String text = "The submarine was built in Virginia and named for New Jersey. The Navy will take it in 2021.";
        LinkRequest.ContextEntity va = new LinkRequest.ContextEntity("Virginia", EntityType.PLACE);
        LinkRequest.ContextEntity nj = new LinkRequest.ContextEntity("New Jersey", EntityType.PLACE);
        assertThat(link(linker, "Navy", EntityType.ORGANIZATION, text, va, nj)).contains("United_States_Navy");
        Linker off = Linker.create(TestIndex.get()).without(List.of("statecountry")).build();
        assertThat(link(off, "Navy", EntityType.ORGANIZATION, text, va, nj)).isNotEqualTo(Optional.of("United_States_Navy"));
    }

    @Test
    void aPlaceNamedOnlyInTheDatelineQualifiesNoBody() {
        String text = "WASHINGTON (AP) - The Senate passed the bill on Tuesday, and the Supreme Court declined the case.";
        assertThat(Datelines.onlyInDateline("Washington", text)).isTrue();
        assertThat(Datelines.onlyInDateline("Washington", text + " Washington state lawmakers objected.")).isFalse();
        LinkRequest.ContextEntity dc = new LinkRequest.ContextEntity("WASHINGTON", EntityType.PLACE);
        // … but a capital's dateline names the story's country
        assertThat(LinkRule.GovernmentMetonymy.INSTANCE.country("WASHINGTON")).isEqualTo("United States");
        assertThat(link(linker, "Senate", EntityType.ORGANIZATION, text, dc)).contains("United_States_Senate");
        assertThat(link(linker, "Supreme Court", EntityType.ORGANIZATION, text, dc)).contains("Supreme_Court_of_the_United_States");
        // (rule capitalcountry, which also reads the capital as its country, off too)
        Linker off = Linker.create(TestIndex.get()).without(List.of("datelines", "capitalcountry")).build();
        assertThat(link(off, "Senate", EntityType.ORGANIZATION, text, dc)).contains("Washington_State_Senate");
        // the places that qualify a generic body, as ArticlePlaces reads them
        LinkRequest senate = LinkRequest.of("Senate", EntityType.ORGANIZATION).withContext(List.of(dc)).withArticle(new ArticleText(text));
        assertThat(ArticlePlaces.of(senate, "senate", java.util.Set.of())).containsExactly("United States");
        assertThat(ArticlePlaces.of(senate, "senate", java.util.Set.of("datelines"))).containsExactly("WASHINGTON", "United States");
        assertThat(ArticlePlaces.of(senate, "senate", java.util.Set.of("datelines", "capitalcountry"))).containsExactly("WASHINGTON");
        assertThat(ArticlePlaces.of(senate.withContext(List.of(new LinkRequest.ContextEntity("Virginia", EntityType.PLACE))),
                "senate", java.util.Set.of())).containsExactly("Virginia", "United States");
    }

    @Test
    void aPlaceListedWithCountriesIsACountry() {
        String caucasus = "The foreign ministers of Georgia, Armenia and Azerbaijan met in Geneva.";
        assertThat(CountryLists.listedWithCountry("Georgia", caucasus)).isTrue();
        assertThat(CountryLists.listedWithCountry("Azerbaijan", caucasus)).isTrue();
        assertThat(CountryLists.listedWithCountry("Georgia", "Storms hit Georgia, Alabama and Florida.")).isFalse();
        assertThat(CountryLists.listedWithCountry("Georgia", "Floods hit Georgia, USA, on Monday.")).as("a place and its country").isFalse();
        assertThat(CountryLists.listedWithCountry("Georgia", "It ships through Georgia and Turkey.")).isTrue();
        assertThat(CountryLists.listedWithCountry("Georgia", "Armenia, Georgia and Azerbaijan met.")).isTrue();
        assertThat(link(linker, "Georgia", EntityType.PLACE, caucasus)).contains("Georgia_(country)");
        assertThat(link(linker, "Georgia", EntityType.PLACE, "Storms hit Georgia, Alabama and Florida.")).contains("Georgia_(U.S._state)");
        Linker off = Linker.create(TestIndex.get()).without(List.of("countrylists")).build();
        assertThat(link(off, "Georgia", EntityType.PLACE, caucasus)).contains("Georgia_(U.S._state)");
    }

    @Test
    void aUniversityNamedByItsTownIsTheUniversity() {
        String text = "Educated at Eton and Oxford, the minister later studied at Harvard.";
        LinkRequest oxford = LinkRequest.of("Oxford", EntityType.ORGANIZATION).withSchemaClass("http://schema.org/CollegeOrUniversity")
                .withArticle(new ArticleText(text));
        assertThat(linker.link(oxford).map(Link::title)).contains("University_of_Oxford");
        Linker off = Linker.create(TestIndex.get()).without(List.of("universities")).build();
        assertThat(off.link(oxford).map(Link::title)).isNotEqualTo(Optional.of("University_of_Oxford"));
    }

    @Test
    void aNationalCapitalNamedBareIsTheCapitalUnlessTheTextCallsItAState() {
        assertThat(StateAbbreviations.namedAsState("Washington", "Storms hit Seattle, Washington, and Portland.")).isTrue();
        assertThat(StateAbbreviations.namedAsState("Washington", "Wildfires in Washington state spread.")).isTrue();
        assertThat(StateAbbreviations.namedAsState("Washington", "STATE: Washington")).isTrue();
        assertThat(StateAbbreviations.namedAsState("Washington", "Talks in Washington, D.C., ended.")).isFalse();
        String text = "Finance ministers met in Washington on Friday.";
        assertThat(link(linker, "Washington", EntityType.PLACE, text)).contains("Washington,_D.C.");
        assertThat(link(linker, "Washington", EntityType.PLACE, "Wildfires spread from Seattle, Washington, on Friday."))
                .isNotEqualTo(Optional.of("Washington,_D.C."));
        Linker off = Linker.create(TestIndex.get()).without(List.of("capitalcity")).build();
        assertThat(link(off, "Washington", EntityType.PLACE, text)).isNotEqualTo(Optional.of("Washington,_D.C."));
    }

    @Test
    void aPopeOrKingCalledByHisGivenNameIsNotAnotherBearerOfIt() {
        assertThat(NameMatch.onlyGivenName("Francis", "Francis_Bacon_(painter)")).isTrue();
        assertThat(NameMatch.onlyGivenName("Francis", "Pope_Francis")).isFalse();
        assertThat(NameMatch.onlyGivenName("Elizabeth", "Elizabeth_II")).isFalse();
        assertThat(NameMatch.onlyGivenName("Charles", "Charles,_Prince_of_Wales")).isFalse();
        assertThat(NameForms.royalOrClericalStyle("Pope Francis")).isTrue();
        assertThat(NameForms.royalOrClericalStyle("Sir Paul")).isFalse();
        String text = "Pope Francis celebrated Mass in St Peter's Square on Sunday.";
        assertThat(link(linker, "Pope Francis", EntityType.PERSON, text)).isNotEqualTo(Optional.of("Francis_Bacon_(painter)"));
        Linker off = Linker.create(TestIndex.get()).without(List.of("givenname")).build();
        assertThat(link(off, "Pope Francis", EntityType.PERSON, text)).contains("Francis_Bacon_(painter)");
    }

    @Test
    void aTownFollowedByInAndItsCountryIsThatCountrysTown() {
        assertThat(TownRegion.region("Cordoba", "Cordoba and Rosario in Argentina reported heavy rain.")).isEqualTo("Argentina");
        assertThat(TownRegion.region("Perth", "Floods hit Perth in Scotland.")).isEqualTo("Scotland");
        assertThat(TownRegion.region("Paris", "He was born in Paris in 1950.")).isNull();
        String text = "Cordoba and Rosario in Argentina reported heavy rain.";
        assertThat(link(linker, "Cordoba", EntityType.PLACE, text)).contains("Córdoba,_Argentina");
        Linker off = Linker.create(TestIndex.get()).without(List.of("townregion")).build();
        assertThat(link(off, "Cordoba", EntityType.PLACE, text)).isNotEqualTo(Optional.of("Córdoba,_Argentina"));
    }

    @Test
    void aClubIsNamedWithoutItsFormAndADatelineInCapitalsIsNoAcronym() {
        assertThat(TitleTypes.isSportsTeam("Valencia_CF")).isTrue();
        String match = "Getafe beat Valencia 2-1 in La Liga on Sunday, and the coach praised his striker's goal.";
        assertThat(link(linker, "Valencia", EntityType.ORGANIZATION, match)).contains("Valencia_CF");
        String dateline = "MILAN (Reuters) - Prada showed its autumn collection on Thursday.";
        assertThat(link(linker, "MILAN", EntityType.PLACE, dateline)).contains("Milan");
        Linker off = Linker.create(TestIndex.get()).without(List.of("allcaps")).build();
        assertThat(link(off, "MILAN", EntityType.PLACE, dateline)).isNotEqualTo(Optional.of("Milan"));
    }

    @Test
    void aRoyalNamedByStyleAndGivenNameIsTheRoyalOfTheRealm() {
        assertThat(TitleTypes.fromTitle("Elizabeth_II_of_the_United_Kingdom")).isEqualTo(TitleType.PERSON);
        assertThat(TitleTypes.fromTitle("Juan_Carlos_I_of_Spain")).isEqualTo(TitleType.PERSON);
        assertThat(TitleTypes.fromTitle("University_Carlos_III_of_Madrid")).isEqualTo(TitleType.ORGANIZATION);
        assertThat(NameForms.royalStyle("William", "Prince Charles and Prince William attended.")).isEqualTo("Prince");
        assertThat(NameForms.royalStyle("William", "William Hague attended.")).isNull();
        assertThat(NameMatch.royalTitleFits("Harry", "Prince", "Prince_Henry_of_Wales")).isTrue();
        assertThat(NameMatch.royalTitleFits("Abdullah", "King", "Abdullah_II_of_Jordan")).isTrue();
        assertThat(NameMatch.royalTitleFits("William", "Prince", "William_M._Tweed")).isFalse();
        String wedding = "Prince William and his brother Prince Harry arrived at Westminster Abbey.";
        assertThat(link(linker, "William", EntityType.PERSON, wedding)).contains("Prince_William_of_Wales");
        assertThat(link(linker, "Prince Harry", EntityType.PERSON, wedding)).contains("Prince_Henry_of_Wales");
        String amman = "In Amman, Jordan's King Abdullah said the talks were a step forward.";
        LinkRequest.ContextEntity jordan = new LinkRequest.ContextEntity("Jordan", EntityType.PLACE);
        assertThat(link(linker, "Abdullah", EntityType.PERSON, amman, jordan)).contains("Abdullah_II_of_Jordan");
        Linker off = Linker.create(TestIndex.get()).without(List.of("royals")).build();
        assertThat(link(off, "William", EntityType.PERSON, wedding)).isNotEqualTo(Optional.of("Prince_William_of_Wales"));
        assertThat(link(off, "Abdullah", EntityType.PERSON, amman, jordan)).isNotEqualTo(Optional.of("Abdullah_II_of_Jordan"));
    }

    @Test
    void aPlaceWrittenInFullIsThePlaceWrittenAndCapitolHillIsCongress() {
        String text = "Mayor Bill de Blasio closed New York City schools on Monday.";
        LinkRequest nyc = new LinkRequest("New York", EntityType.PLACE, List.of("New York City"), List.of(), null,
                "http://schema.org/City").withArticle(new ArticleText(text));
        assertThat(linker.link(nyc).map(Link::title)).contains("New_York_City");
        // (rule citynames, which also reads a bare city named like its state as the city, off too)
        Linker off = Linker.create(TestIndex.get()).without(List.of("longerplacename", "citynames")).build();
        assertThat(off.link(nyc).map(Link::title)).isNotEqualTo(Optional.of("New_York_City"));
        assertThat(link(linker, "Capitol Hill", EntityType.ORGANIZATION, "Lawmakers on Capitol Hill rejected the plan."))
                .contains("United_States_Congress");
    }
}
