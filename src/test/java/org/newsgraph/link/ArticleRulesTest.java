package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules that read the article (issue 12, coherence and type agreement), each on sentences written for this test,
 * with the real WikiDict index: the sports frame, national teams named by their country, an organisation's fuller
 * name in the text, and an organisation never linked to a town.
 */
class ArticleRulesTest {
    static final Linker linker = Linker.create(TestIndex.get()).build();

    static final String RUGBY = "England beat Samoa 28-10 in their opening game of the tournament. The rugby side's head coach "
            + "said the scrum had been the difference, and the fly-half scored twice before half-time. England now face "
            + "Tonga in the quarter-final next week, with the second row fit again after injury.";
    static final String LEAGUE = "Tonga stunned the favourites in the rugby league test, and the NRL clubs took notice: the "
            + "Super League season starts next month. Rugby league fans packed the stadium.";
    static final String ECONOMY = "England's economy grew faster than expected in the third quarter, the statistics office said. "
            + "Exports to Samoa and the rest of the Pacific rose, and retailers beat their own forecasts for the season.";
    static final String CLUB = "Manchester United were held to a draw at home. United's manager blamed the referee, and the "
            + "club's striker was sent off in the second half. The Premier League leaders play again on Sunday.";

    static Optional<String> link(String name, EntityType type, String text, String... context) {
        List<LinkRequest.ContextEntity> ctx = java.util.Arrays.stream(context).map(c -> new LinkRequest.ContextEntity(c, EntityType.ORGANIZATION)).toList();
        return linker.link(LinkRequest.of(name, type).withContext(ctx).withArticle(new ArticleText(text))).map(Link::title);
    }

    @Test
    void theSportsFrameReadsCueWordsAndTheirDensity() {
        assertThat(SportsFrame.of(RUGBY).sport()).isEqualTo("rugby union");
        assertThat(SportsFrame.of(LEAGUE).sport()).isEqualTo("rugby league");
        assertThat(SportsFrame.of(CLUB).sport()).isEqualTo("football");   // generic cues only: association football
        assertThat(SportsFrame.of(ECONOMY).on()).isFalse();                 // "beat … forecasts for the season" is not enough
        assertThat(SportsFrame.of(RUGBY).nationalTeam("England")).isEqualTo("England national rugby union team");
        assertThat(SportsFrame.of("").on()).isFalse();
    }

    @Test
    void aQualifierIsSupportedByTheWordsNewsUsesForIt() {
        ArticleText budget = new ArticleText("Treasurer Scott Morrison said the budget would return to surplus.");
        assertThat(QualifierWords.qualifierInText(budget, "Scott_Morrison_(politician)")).isTrue();
        assertThat(QualifierWords.qualifierInText(budget, "Scott_Morrison_(journalist)")).isFalse();
        // the sport of the article's frame: a baseball report need not say "baseball"
        ArticleText game = new ArticleText("Smith hit a home run in the ninth inning, and the pitcher struck out six; the "
                + "manager praised the outfielder after the match. Smith scored twice.");
        assertThat(QualifierWords.qualifierInText(game, "Joe_Smith_(baseball)")).isTrue();
        assertThat(QualifierWords.qualifierInText(game, "Joe_Smith_(cricketer)")).isFalse();
    }

    @Test
    void aCountryAsAnOrganisationInASportsReportIsItsNationalTeam() {
        assertThat(link("England", EntityType.ORGANIZATION, RUGBY)).contains("England_national_rugby_union_team");
        assertThat(link("Tonga", EntityType.ORGANIZATION, RUGBY)).contains("Tonga_national_rugby_union_team");
        assertThat(link("Tonga", EntityType.ORGANIZATION, LEAGUE)).contains("Tonga_national_rugby_league_team");
        // a side Wikipedia names without "national"
        String cricket = "England beat Australia by five wickets as the opener made a century; the Ashes series is level.";
        assertThat(SportsFrame.of(cricket).nationalTeams("England")).containsExactly("England national cricket team", "England cricket team");
        assertThat(link("England", EntityType.ORGANIZATION, cricket)).contains("England_cricket_team");
        assertThat(link("Australia", EntityType.ORGANIZATION, cricket)).contains("Australia_national_cricket_team");
        // outside sport, or as a place, the country stays the country (or nothing, for an organisation)
        assertThat(link("England", EntityType.ORGANIZATION, ECONOMY)).isNotEqualTo(Optional.of("England_national_rugby_union_team"));
        assertThat(link("England", EntityType.PLACE, RUGBY)).contains("England");
        assertThat(TitleTypes.fromTitle("England_national_rugby_union_team")).isEqualTo(TitleType.ORGANIZATION);
        assertThat(linker.rank(LinkRequest.of("England", EntityType.ORGANIZATION).withArticle(new ArticleText(RUGBY))).get(0).context()).isEqualTo(1.0);
        Linker off = Linker.create(TestIndex.get()).without(List.of("sportsteams")).build();
        assertThat(off.link(LinkRequest.of("England", EntityType.ORGANIZATION).withArticle(new ArticleText(RUGBY))).map(Link::title))
                .isNotEqualTo(Optional.of("England_national_rugby_union_team"));
    }

    @Test
    void aTownAsAnOrganisationInAFootballReportIsItsClub() {
        String results = "Results of English Premier League matches on Saturday:\nArsenal 2 Leicester 0\nSouthampton 2 Derby 2\n"
                + "Newcastle 2 Wimbledon 0\nNewcastle striker Alan Shearer scored his first league goal of the season, and the "
                + "goalkeeper kept a clean sheet in front of the home fans.";
        assertThat(new ArticleText(results).sports().sport()).isEqualTo("football");
        assertThat(link("Leicester", EntityType.ORGANIZATION, results)).contains("Leicester_City_F.C.");
        assertThat(link("Derby", EntityType.ORGANIZATION, results)).contains("Derby_County_F.C.");
        assertThat(link("Newcastle", EntityType.ORGANIZATION, results)).as("more than twice as popular as Newcastle Town")
                .contains("Newcastle_United_F.C.");
        assertThat(link("Southampton", EntityType.ORGANIZATION, results)).contains("Southampton_F.C.");
        // the club's name with "FC" before it, far more popular than an obscure "Porto F.C."
        assertThat(link("Porto", EntityType.ORGANIZATION, results)).contains("F.C._Porto");
        // two clubs of one town, neither far more popular: none is chosen by this rule
        assertThat(ClubNames.INSTANCE.evidence(LinkRequest.of("Sheffield", EntityType.ORGANIZATION)
                .withArticle(new ArticleText(results)), "Sheffield", TestIndex.get()).forms()).isEmpty();
        // the town, a nickname, or outside football: not this rule's
        assertThat(link("Leicester", EntityType.PLACE, results)).isNotEqualTo(Optional.of("Leicester_City_F.C."));
        assertThat(link("Leicester", EntityType.ORGANIZATION, ECONOMY)).isNotEqualTo(Optional.of("Leicester_City_F.C."));
        assertThat(ClubNames.INSTANCE.evidence(LinkRequest.of("Eagles", EntityType.ORGANIZATION)
                .withArticle(new ArticleText(results)), "Eagles", TestIndex.get()).forms()).isEmpty();
        Linker off = Linker.create(TestIndex.get()).without(List.of("clubnames")).build();
        assertThat(off.link(LinkRequest.of("Leicester", EntityType.ORGANIZATION).withArticle(new ArticleText(results)))
                .map(Link::title)).isNotEqualTo(Optional.of("Leicester_City_F.C."));
    }

    @Test
    void aTownInAContinentalFootballReportIsItsClubByTheClubFormsOfItsCountry() {
        String results = "Results of German first division matches on Saturday:\nHamburg 2 Cologne 1\nKarlsruhe 3 Freiburg 0\n"
                + "Stuttgart 4 Bochum 1\nResults of Italian Serie A matches on Sunday:\nBologna 1 Vicenza 0\nJuventus 2 Lazio 1\n"
                + "Results of French first division matches:\nAuxerre 2 Monaco 0\nSporting 1 Guimaraes 1\nThe striker scored twice.";
        assertThat(new ArticleText(results).sports().sport()).isEqualTo("football");
        assertThat(link("Hamburg", EntityType.ORGANIZATION, results)).as("the town's adjective and SV").contains("Hamburger_SV");
        assertThat(link("Karlsruhe", EntityType.ORGANIZATION, results)).contains("Karlsruher_SC");
        assertThat(link("Freiburg", EntityType.ORGANIZATION, results)).as("a prefix").contains("SC_Freiburg");
        assertThat(link("Vicenza", EntityType.ORGANIZATION, results)).as("a suffix").contains("Vicenza_Calcio");
        assertThat(link("Bologna", EntityType.ORGANIZATION, results)).as("F.C. and the year of founding").contains("Bologna_F.C._1909");
        assertThat(link("Auxerre", EntityType.ORGANIZATION, results)).contains("AJ_Auxerre");
        assertThat(link("Cologne", EntityType.ORGANIZATION, results)).as("an anchor of the club only: FC Cologne").contains("1._FC_Köln");
        // the club named by the town and an abbreviation is the town's club, unless one with a word of its own is far better known
        assertThat(link("Stuttgart", EntityType.ORGANIZATION, results)).as("not Stuttgarter Kickers").contains("VfB_Stuttgart");
        // a club the name itself names, far better known than an obscure "SV Sporting"
        assertThat(link("Sporting", EntityType.ORGANIZATION, results)).contains("Sporting_Clube_de_Portugal");
        // a club by its form is an organisation, whatever its anchors say (AJ_Auxerre's called it a person)
        assertThat(TitleTypes.fromTitle("AJ_Auxerre")).isEqualTo(TitleType.ORGANIZATION);
        assertThat(TitleTypes.isSportsTeam("Hamburger_SV")).isTrue();
        assertThat(TitleTypes.isSportsTeam("Vicenza_Calcio")).isTrue();
        // not the town's form of other things: a car, a computer, a town in South Carolina
        assertThat(TitleTypes.isSportsTeam("Lexus_SC")).isFalse();
        assertThat(TitleTypes.isSportsTeam("NEC_PC-9801")).isFalse();
        assertThat(TitleTypes.isSportsTeam("Greenville,_SC")).isFalse();
        assertThat(ClubAffixes.forms("Karlsruhe")).contains("Karlsruher SC", "SC Karlsruhe", "Karlsruhe Calcio");
        // outside football the town stays what it was
        assertThat(link("Hamburg", EntityType.ORGANIZATION, ECONOMY)).isNotEqualTo(Optional.of("Hamburger_SV"));
    }

    @Test
    void aConstructorInAMotorRacingReportIsItsTeam() {
        String race = "Damon Hill won the Japanese Grand Prix from pole position on Sunday. Michael Schumacher was second for "
                + "Ferrari and Mika Hakkinen third for McLaren, while Jordan's driver retired after a pit stop on lap 20.";
        assertThat(SportsFrame.of(race).sport()).isEqualTo("motor racing");
        assertThat(link("Ferrari", EntityType.ORGANIZATION, race)).as("not the car maker").contains("Scuderia_Ferrari");
        assertThat(link("McLaren", EntityType.ORGANIZATION, race)).as("the team, not the McLaren F1 road car").contains("McLaren");
        assertThat(link("Jordan", EntityType.ORGANIZATION, race)).as("not the country").contains("Jordan_Grand_Prix");
        // outside motor racing, Ferrari is the car maker's
        assertThat(link("Ferrari", EntityType.ORGANIZATION, ECONOMY)).isNotEqualTo(Optional.of("Scuderia_Ferrari"));
        Linker off = Linker.create(TestIndex.get()).without(List.of("racingteams")).build();
        assertThat(off.link(LinkRequest.of("Ferrari", EntityType.ORGANIZATION).withArticle(new ArticleText(race))).map(Link::title))
                .isNotEqualTo(Optional.of("Scuderia_Ferrari"));
    }

    static final String MLB = "BASEBALL - MAJOR LEAGUE RESULTS WEDNESDAY.\nNEW YORK 1996-08-28\nResults of Major League Baseball games "
            + "played on Wednesday (home team in CAPS):\nAmerican League\nCLEVELAND 5 Boston 3\nSeattle 9 NEW YORK 4\n"
            + "National League\nATLANTA 4 Chicago 1\nLos Angeles 6 MONTREAL 2\n";

    static Optional<String> linkOn(String name, String text, java.time.LocalDate date) {
        return linker.link(LinkRequest.of(name, EntityType.ORGANIZATION).withArticle(new ArticleText(text)).withDate(date)).map(Link::title);
    }

    @Test
    void aMajorLeagueTeamIsNamedByItsCityOrItsNickname() {
        java.time.LocalDate d1996 = java.time.LocalDate.of(1996, 8, 28);
        assertThat(SportsFrame.of(MLB).sport()).isEqualTo("baseball");
        // the WikiDict's "CLEVELAND", "Boston" are the cities (or a band): in a baseball report, their teams
        assertThat(linkOn("CLEVELAND", MLB, d1996)).contains("Cleveland_Indians");
        assertThat(linkOn("Boston", MLB, d1996)).contains("Boston_Red_Sox");
        // a city with two teams: the league of the section it is listed in
        assertThat(linkOn("NEW YORK", MLB, d1996)).contains("New_York_Yankees");
        assertThat(linkOn("Chicago", MLB, d1996)).contains("Chicago_Cubs");
        // in 1996 the Angels were California's: Los Angeles is the Dodgers alone
        assertThat(LeagueTeams.team("baseball", "Los Angeles", "Los Angeles 6 Montreal 2", 1996)).isEqualTo("Los_Angeles_Dodgers");
        assertThat(LeagueTeams.team("baseball", "Los Angeles", "Los Angeles 6 Montreal 2", 2009)).as("Dodgers or Angels").isNull();
        // without a date: the current team, else the former one that bore the name
        assertThat(LeagueTeams.team("american football", "Houston", "Dallas 27 Houston 0", -1)).isEqualTo("Houston_Texans");
        assertThat(LeagueTeams.team("ice hockey", "HARTFORD", "HARTFORD 12 7 3 70 63 27", -1)).isEqualTo("Hartford_Whalers");
        // ... or the nickname the story writes
        String yankees = "Ken Griffey Jr. hit two home runs as Seattle beat New York 9-4. The Yankees fell behind Baltimore "
                + "in the pennant race, and their pitcher lasted six innings.";
        assertThat(linkOn("New York", yankees, d1996)).contains("New_York_Yankees");
        assertThat(linkOn("Baltimore", yankees, d1996)).contains("Baltimore_Orioles");
        // a nickname alone, in its sport: not the band
        String orioles = "The Orioles beat Oakland 3-2 in Major League Baseball on Tuesday; their pitcher struck out ten in "
                + "seven innings and the bullpen held on.";
        assertThat(linkOn("Orioles", orioles, d1996)).contains("Baltimore_Orioles");
        // the sport decides which team a city names; a franchise that moved is read for the article's date
        String nfl = "Dallas beat Houston 27-0 in the National Football League on Sunday as the quarterback threw three "
                + "touchdown passes and the running back added a field goal drive.";
        assertThat(linkOn("Dallas", nfl, d1996)).contains("Dallas_Cowboys");
        assertThat(linkOn("Houston", nfl, d1996)).as("the Oilers' franchise").contains("Tennessee_Titans");
        assertThat(linkOn("Houston", nfl, java.time.LocalDate.of(2010, 10, 3))).contains("Houston_Texans");
        String nba = "Chicago beat Houston 108-97 in the NBA on Wednesday; Michael Jordan had 33 points and 9 rebounds.";
        assertThat(linkOn("Houston", nba, d1996)).contains("Houston_Rockets");
        // college sport names universities' teams by their place: the rule stays silent
        String college = "Miami beat Arizona 24-10 in college football on Saturday; the quarterback threw two touchdown "
                + "passes and the NCAA leader ran for a field goal drive.";
        assertThat(linkOn("Miami", college, d1996)).isNotEqualTo(Optional.of("Miami_Dolphins"));
        // outside these sports, or as a place, the city stays the city
        assertThat(linkOn("Cleveland", ECONOMY, d1996)).isNotEqualTo(Optional.of("Cleveland_Indians"));
        assertThat(linker.link(LinkRequest.of("Cleveland", EntityType.PLACE).withArticle(new ArticleText(MLB))).map(Link::title))
                .contains("Cleveland,_Ohio");
        assertThat(TitleTypes.fromTitle("Baltimore_Orioles")).isEqualTo(TitleType.ORGANIZATION);   // its anchors said person
        assertThat(TitleTypes.isSportsTeam("Green_Bay_Packers")).isTrue();
        Linker off = Linker.create(TestIndex.get()).without(List.of("leagueteams")).build();
        assertThat(off.link(LinkRequest.of("CLEVELAND", EntityType.ORGANIZATION).withArticle(new ArticleText(MLB))).map(Link::title))
                .isNotEqualTo(Optional.of("Cleveland_Indians"));
    }

    @Test
    void aWordInCapitalsOnlyInTheHeadlineIsThatWord() {
        String golf = "GOLF - LEADING SCORES AT VOLVO MASTERS.\nSOTOGRANDE, Spain 1996-10-31\nLeading first round scores in "
                + "the Volvo Masters golf championship on Thursday.";
        // the anchors written "VOLVO" point at an aircraft engine; the story writes the word "Volvo"
        assertThat(link("VOLVO", EntityType.ORGANIZATION, golf)).isNotEqualTo(Optional.of("Pratt_&_Whitney_JT8D"));
        assertThat(new ArticleText(golf).capitalsOnlyInHeadlines("VOLVO", "Volvo")).isTrue();
        // an acronym the body writes in capitals keeps them
        assertThat(new ArticleText("WHO WARNS ON FLU.\nThe WHO said on Monday. Who knows?").capitalsOnlyInHeadlines("WHO", "Who")).isFalse();
        Linker off = Linker.create(TestIndex.get()).without(List.of("headlineword")).build();
        assertThat(off.link(LinkRequest.of("VOLVO", EntityType.ORGANIZATION).withArticle(new ArticleText(golf))).map(Link::title))
                .contains("Pratt_&_Whitney_JT8D");
    }

    @Test
    void australianFootballIsASportOfItsOwn() {
        String afl = "Port Adelaide lost to the Swans in the AFL on Saturday. Port's ruckman was held, and the Power "
                + "coach said the footy side had to lift; the match was lost in the third quarter.";
        assertThat(SportsFrame.of(afl).sport()).isEqualTo("australian football");
        // so a nickname is not looked up as a soccer club ("Power F.C.", "AS Port")
        assertThat(link("Power", EntityType.ORGANIZATION, afl)).isNotEqualTo(Optional.of("Power_F.C."));
        assertThat(link("Port", EntityType.ORGANIZATION, afl)).isNotEqualTo(Optional.of("AS_Port"));
    }

    @Test
    void aTownInARacingReportAfterAtIsItsRacecourse() {
        String racing = "The six-year-old gelding won over hurdles at Warwick in May and his jockey was full of praise. "
                + "He steps up to three miles at Cheltenham on Friday, where the going is soft; his trainer expects the "
                + "extra furlongs to suit, and he is odds-on with most bookmakers.";
        assertThat(new ArticleText(racing).sports().sport()).isEqualTo("horse racing");
        assertThat(link("Warwick", EntityType.PLACE, racing)).contains("Warwick_Racecourse");
        // of the venue titles the forms reach, the best known: not an anchor's "Cheltenham_Park_Racecourse"
        assertThat(link("Cheltenham", EntityType.PLACE, racing)).contains("Cheltenham_Racecourse");
        // the town outside racing, and in a racing report when not after "at"
        assertThat(link("Warwick", EntityType.PLACE, "The council in Warwick approved the new homes.")).contains("Warwick");
        assertThat(SportVenues.afterAt("Warwick", "Warwick jockeys rode at Ludlow.")).isFalse();
        Linker off = Linker.create(TestIndex.get()).without(List.of("venues")).build();
        assertThat(off.link(LinkRequest.of("Warwick", EntityType.PLACE).withArticle(new ArticleText(racing))).map(Link::title))
                .contains("Warwick");
    }

    @Test
    void anOrganisationShortenedInTheTextIsItsFullerName() {
        assertThat(TextForms.longerNames("United", CLUB)).containsExactly("Manchester United");
        assertThat(TextForms.longerNames("Navy", "The Navy said. Navy Secretary Ray Mabus agreed.")).containsExactly("Navy Secretary Ray", "Navy Secretary");
        // a sentence opener goes, the given name after it stays
        assertThat(TextForms.longerNames("Wilkinson", "But Jonny Wilkinson kicked well. Wilkinson missed twice.")).containsExactly("Jonny Wilkinson");
        assertThat(link("Wilkinson", EntityType.PERSON, "But Jonny Wilkinson kicked well. Wilkinson missed twice.")).contains("Jonny_Wilkinson");
        assertThat(link("United", EntityType.ORGANIZATION, CLUB)).contains("Manchester_United_F.C.");
        // "Tullow Oil … Tullow": the company is a candidate with context evidence, and the article's fuller name is
        // as good a name for it as the mention (rule formnames): it beats the town of the same name; without the
        // fuller name it is no candidate, and with formnames off the town wins
        LinkRequest tullow = LinkRequest.of("Tullow", EntityType.ORGANIZATION);
        String oil = "Tullow Oil struck oil in Kenya. Shares in Tullow rose 5%.";
        assertThat(linker.rank(tullow.withArticle(new ArticleText(oil))))
                .anySatisfy(c -> { assertThat(c.title()).isEqualTo("Tullow_Oil"); assertThat(c.context()).isEqualTo(0.5); });
        // (NER finds "Tullow Oil" as an organisation of the article too)
        assertThat(link("Tullow", EntityType.ORGANIZATION, oil, "Tullow Oil")).contains("Tullow_Oil");
        assertThat(Linker.create(TestIndex.get()).without(List.of("formnames")).build()
                .link(tullow.withArticle(new ArticleText(oil)).withContext(List.of(new LinkRequest.ContextEntity("Tullow Oil",
                        EntityType.ORGANIZATION)))).map(Link::title)).contains("Tullow");
        assertThat(linker.rank(tullow.withArticle(new ArticleText("Shares in Tullow rose 5%.")))).noneMatch(c -> c.title().equals("Tullow_Oil"));
        // a name that is an organisation's own ("Barclays") is not a shortening of a subsidiary written beside it
        assertThat(link("Barclays", EntityType.ORGANIZATION, "Barclays sold Barclays Global Investors to BlackRock. Barclays said …"))
                .contains("Barclays_plc");
        // a lone surname after the person's full name, when NLP kept the two apart
        assertThat(link("McGregor", EntityType.PERSON, "Allan McGregor made three saves. McGregor said the points mattered."))
                .contains("Allan_McGregor");
        assertThat(link("McGregor", EntityType.PERSON, "McGregor said the points mattered.")).isNotEqualTo(Optional.of("Allan_McGregor"));
        // … also a surname with its particle: "Le Pen" beside "Marine Le Pen's National Front" is not her father
        assertThat(link("Le Pen", EntityType.PERSON, "Marine Le Pen's National Front said Le Pen would run again."))
                .contains("Marine_Le_Pen");
        // an acronym is a name of its own: "FA" beside "FA Cup" stays the association
        assertThat(TextForms.INSTANCE.forms(LinkRequest.of("FA", EntityType.ORGANIZATION).withArticle(new ArticleText("The FA Cup final. The FA said.")), "FA", TestIndex.get())).isEmpty();
        // a seat of government is a name of its own: "the House" beside "the White House" is the chamber
        String impeach = "The White House released a summary of the call. Senate Majority Leader Mitch McConnell said the "
                + "Senate would hold a trial if the House impeached.";
        assertThat(TextForms.INSTANCE.forms(LinkRequest.of("House", EntityType.ORGANIZATION).withArticle(new ArticleText(impeach)),
                "House", TestIndex.get())).extracting(ArticleRule.Form::surface).doesNotContain("White House");
        assertThat(link("House", EntityType.ORGANIZATION, impeach)).isNotEqualTo(Optional.of("White_House"));
    }

    @Test
    void textFormsDecidesOncePerRequestAndAnswersEveryCandidateFromThat() {
        ArticleRule.Evidence tullow = TextForms.INSTANCE.evidence(LinkRequest.of("Tullow", EntityType.ORGANIZATION)
                .withArticle(new ArticleText("Tullow Oil struck oil in Kenya. Shares in Tullow rose 5%.")), "Tullow", TestIndex.get());
        assertThat(tullow.forms()).containsExactly(new ArticleRule.Form("Tullow Oil", 1.0, true));
        assertThat(tullow.context("Tullow_Oil")).isEqualTo(0.5);
        assertThat(tullow.context("Tullow")).isZero();
        // the index look-up that stops the rule ("Barclays" is Barclays plc's own name) is made once: no evidence at all
        assertThat(TextForms.INSTANCE.evidence(LinkRequest.of("Barclays", EntityType.ORGANIZATION)
                .withArticle(new ArticleText("Barclays sold Barclays Global Investors.")), "Barclays", TestIndex.get()))
                .isSameAs(ArticleRule.Evidence.NONE);
    }

    @Test
    void anOrganisationIsNeverLinkedToATownItsAnchorsCallAPlace() {
        // "Yabo plays for Aachen", NER: ORGANIZATION — the club, which this WikiDict cannot reach from "Aachen"; not the city
        assertThat(linker.link(LinkRequest.of("Aachen", EntityType.ORGANIZATION)).map(Link::title)).isNotEqualTo(Optional.of("Aachen"));
        assertThat(linker.link(LinkRequest.of("Aachen", EntityType.PLACE)).map(Link::title)).contains("Aachen");
        Linker off = Linker.create(TestIndex.get()).without(List.of("typeagree")).build();
        assertThat(off.link(LinkRequest.of("Aachen", EntityType.ORGANIZATION)).map(Link::title)).contains("Aachen");
        assertThat(TypeAgreement.fits(EntityType.ORGANIZATION, TitleType.UNKNOWN, TitleType.CITY)).isFalse();
        assertThat(TypeAgreement.fits(EntityType.ORGANIZATION, TitleType.ORGANIZATION, TitleType.PLACE)).isTrue();
        assertThat(TypeAgreement.fits(EntityType.PLACE, TitleType.UNKNOWN, TitleType.PLACE)).isTrue();
    }
}
