package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.ExtractedEntity;
import org.newsgraph.nlp.Extraction;
import org.newsgraph.vocab.SDO;

/**
 * The disambiguation rules of issue 12, each on names of its own, with the real WikiDict index: government
 * metonymy, outlets, name forms (all caps, legal forms, initials, real titles).
 */
class LinkRulesTest {
    static Linker linker = Linker.create(TestIndex.get()).build();

    static Optional<String> link(String name, EntityType type) { return linker.link(LinkRequest.of(name, type)).map(Link::title); }

    @Test
    void aCapitalOrASeatOfGovernmentAsAnOrganisationIsTheGovernment() {
        // "Washington warned", "Beijing rejected", "the Kremlin said", "Downing Street declined to comment"
        assertThat(link("Washington", EntityType.ORGANIZATION)).contains("Federal_government_of_the_United_States");
        assertThat(link("Beijing", EntityType.ORGANIZATION)).contains("Government_of_China");
        assertThat(link("the Kremlin", EntityType.ORGANIZATION)).contains("Presidential_Administration_of_Russia");
        assertThat(link("Downing Street", EntityType.ORGANIZATION)).contains("Government_of_the_United_Kingdom");
        assertThat(linker.link(LinkRequest.of("Tokyo", EntityType.ORGANIZATION)).orElseThrow().confident()).isTrue();
        // as places they stay the places
        assertThat(link("Beijing", EntityType.PLACE)).contains("Beijing");
        assertThat(link("Tokyo", EntityType.PLACE)).contains("Tokyo");
        // a government organisation NLP made of another name is left to the scorer
        assertThat(LinkRule.governmentMetonymy().title(LinkRequest.of("Lisbon City Hall", EntityType.ORGANIZATION))).isEmpty();
    }

    @Test
    void theResolverTypesAMetonymicOrganisationAGovernmentOrganization() {
        ExtractedEntity pyongyang = new ExtractedEntity(org.newsgraph.nlp.EntityType.ORGANIZATION, "Pyongyang");
        ExtractedEntity seoul = new ExtractedEntity(org.newsgraph.nlp.EntityType.PLACE, "Seoul");
        Extraction x = new Extraction("Pyongyang warned Seoul.", 0, 4, List.of(pyongyang, seoul), List.of(), List.of(), List.of());
        try (EntityLinker el = linkerIn()) {
            new LinkingResolver(el).resolve(x);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(pyongyang.wikipediaTitle()).isEqualTo("Government_of_North_Korea");
        assertThat(pyongyang.schemaClass()).isEqualTo(SDO.GovernmentOrganization);
        assertThat(seoul.wikipediaTitle()).isEqualTo("Seoul");
    }

    @Test
    void aPlaceWhoseBestTitleIsAClubIsTheTeamInASportsReportOrByItsClubWord() {
        String report = "Fulham beat Stoke 2-1 in the league match on Saturday. Their striker scored twice in the second "
                + "half and the goalkeeper saved a penalty before the final whistle.";
        ExtractedEntity fulham = resolve(report, org.newsgraph.nlp.EntityType.PLACE, "Fulham");
        assertThat(fulham.type()).isEqualTo(org.newsgraph.nlp.EntityType.ORGANIZATION);
        assertThat(fulham.schemaClass()).isEqualTo(SDO.SportsTeam);
        assertThat(fulham.wikipediaTitle()).isEqualTo("Fulham_F.C.");
        // outside sports writing "Fulham" stays a place: no club link
        ExtractedEntity flat = resolve("She bought a flat in Fulham last year, near the river.", org.newsgraph.nlp.EntityType.PLACE, "Fulham");
        assertThat(flat.type()).isEqualTo(org.newsgraph.nlp.EntityType.PLACE);
        assertThat(flat.wikipediaTitle()).isNotEqualTo("Fulham_F.C.");
        // a club word ends the name: the club in any article
        ExtractedEntity bristol = resolve("Bristol City said its accounts showed a loss.", org.newsgraph.nlp.EntityType.PLACE, "Bristol City");
        assertThat(bristol.type()).isEqualTo(org.newsgraph.nlp.EntityType.ORGANIZATION);
        assertThat(bristol.wikipediaTitle()).isEqualTo("Bristol_City_F.C.");
        // a town whose best title is the town is left alone
        ExtractedEntity mexico = resolve("Bristol City said its accounts showed a loss in Mexico City.", org.newsgraph.nlp.EntityType.PLACE, "Mexico City");
        assertThat(mexico.type()).isEqualTo(org.newsgraph.nlp.EntityType.PLACE);
        assertThat(mexico.wikipediaTitle()).isEqualTo("Mexico_City");
        assertThat(TitleTypes.isSportsTeam("Port_Adelaide_Football_Club")).isTrue();
        assertThat(TitleTypes.isSportsTeam("England_national_rugby_union_team")).isTrue();
        assertThat(TitleTypes.isSportsTeam("Fulham")).isFalse();
    }

    @Test
    void aPlaceListedWithATeamIsATeam() {
        String text = "Scoulding worked with him at Fulham, Liverpool and England before joining the club.";
        ExtractedEntity fulham = mentioned(text, org.newsgraph.nlp.EntityType.ORGANIZATION, "Fulham");
        ExtractedEntity liverpool = mentioned(text, org.newsgraph.nlp.EntityType.PLACE, "Liverpool");
        ExtractedEntity fulham2 = mentioned(text, org.newsgraph.nlp.EntityType.ORGANIZATION, "Fulham");
        ExtractedEntity liverpool2 = mentioned(text, org.newsgraph.nlp.EntityType.PLACE, "Liverpool");
        resolveAll(text, List.of(), fulham, liverpool);
        resolveAll(text, List.of("teamlists"), fulham2, liverpool2);
        assertThat(liverpool2.type()).isEqualTo(org.newsgraph.nlp.EntityType.PLACE);
        assertThat(fulham.wikipediaTitle()).isEqualTo("Fulham_F.C.");
        assertThat(liverpool.wikipediaTitle()).isEqualTo("Liverpool_F.C.");
        assertThat(liverpool.type()).isEqualTo(org.newsgraph.nlp.EntityType.ORGANIZATION);
        assertThat(liverpool.schemaClass()).isEqualTo(SDO.SportsTeam);
        // the list gap: a comma, "and", "or"; not a clause between them
        assertThat(ListMates.listedTogether(text, fulham.mentions().get(0), liverpool.mentions().get(0))).isTrue();
        assertThat(ListMates.listedTogether("Fulham won in Liverpool", new org.newsgraph.nlp.Mention(0, 6, "Fulham", "t"),
                new org.newsgraph.nlp.Mention(14, 23, "Liverpool", "t"))).isFalse();
        // a comma alone joins two names only when the list goes on
        String spain = "In Spain, Barcelona thrashed Espanyol.";
        assertThat(ListMates.listedTogether(spain, new org.newsgraph.nlp.Mention(3, 8, "Spain", "t"),
                new org.newsgraph.nlp.Mention(10, 19, "Barcelona", "t"))).isFalse();
        String three = "He played for Fulham, Liverpool, Everton.";
        assertThat(ListMates.listedTogether(three, new org.newsgraph.nlp.Mention(22, 31, "Liverpool", "t"),
                new org.newsgraph.nlp.Mention(33, 40, "Everton", "t"))).isTrue();
    }

    @Test
    void anUnlinkedPlaceListedWithACompanyIsACompany() {
        String text = "BHP Billiton and Rio Tinto, the two largest miners, fell, while Russia and Gazprom signed a deal.";
        ExtractedEntity bhp = mentioned(text, org.newsgraph.nlp.EntityType.ORGANIZATION, "BHP Billiton");
        ExtractedEntity rio = mentioned(text, org.newsgraph.nlp.EntityType.PLACE, "Rio Tinto");
        ExtractedEntity russia = mentioned(text, org.newsgraph.nlp.EntityType.PLACE, "Russia");
        ExtractedEntity gazprom = mentioned(text, org.newsgraph.nlp.EntityType.ORGANIZATION, "Gazprom");
        ExtractedEntity rio2 = mentioned(text, org.newsgraph.nlp.EntityType.PLACE, "Rio Tinto");
        resolveAll(text, List.of(), bhp, rio, russia, gazprom);
        resolveAll(text, List.of("companylists"), mentioned(text, org.newsgraph.nlp.EntityType.ORGANIZATION, "BHP Billiton"), rio2);
        assertThat(bhp.wikipediaTitle()).isEqualTo("BHP_Billiton");
        assertThat(rio.wikipediaTitle()).isEqualTo("Rio_Tinto_Group");
        assertThat(rio.type()).isEqualTo(org.newsgraph.nlp.EntityType.ORGANIZATION);
        // a place the linker could link as a place stays one
        assertThat(russia.type()).isEqualTo(org.newsgraph.nlp.EntityType.PLACE);
        assertThat(russia.wikipediaTitle()).isEqualTo("Russia");
        assertThat(rio2.type()).isEqualTo(org.newsgraph.nlp.EntityType.PLACE);
        assertThat(rio2.isLinked()).isFalse();
    }

    @Test
    void aOneWordPersonListedWithCompaniesIsACompany() {
        String text = "BlackRock, KKR and Carlyle raised new funds.";
        ExtractedEntity blackrock = mentioned(text, org.newsgraph.nlp.EntityType.ORGANIZATION, "BlackRock");
        ExtractedEntity kkr = mentioned(text, org.newsgraph.nlp.EntityType.ORGANIZATION, "KKR");
        ExtractedEntity carlyle = mentioned(text, org.newsgraph.nlp.EntityType.PERSON, "Carlyle");
        resolveAll(text, List.of(), blackrock, kkr, carlyle);
        assertThat(carlyle.wikipediaTitle()).isEqualTo("Carlyle_Group");
        assertThat(carlyle.type()).isEqualTo(org.newsgraph.nlp.EntityType.ORGANIZATION);
        String essays = "BlackRock, KKR and Thomas Carlyle were named in the essay.";
        ExtractedEntity thomas = mentioned(essays, org.newsgraph.nlp.EntityType.PERSON, "Thomas Carlyle");
        resolveAll(essays, List.of(), mentioned(essays, org.newsgraph.nlp.EntityType.ORGANIZATION, "BlackRock"),
                mentioned(essays, org.newsgraph.nlp.EntityType.ORGANIZATION, "KKR"), thomas);
        assertThat(thomas.wikipediaTitle()).as("a person named in full stays one").isEqualTo("Thomas_Carlyle");
        ExtractedEntity carlyleOff = mentioned(text, org.newsgraph.nlp.EntityType.PERSON, "Carlyle");
        resolveAll(text, List.of("companylists"), mentioned(text, org.newsgraph.nlp.EntityType.ORGANIZATION, "BlackRock"),
                mentioned(text, org.newsgraph.nlp.EntityType.ORGANIZATION, "KKR"), carlyleOff);
        assertThat(carlyleOff.wikipediaTitle()).isNotEqualTo("Carlyle_Group");
    }

    @Test
    void aPersonListedWithAUniversityIsOne() {
        String text = "Researchers at Harvard and Johns Hopkins said the findings were encouraging.";
        ExtractedEntity hopkins = mentioned(text, org.newsgraph.nlp.EntityType.PERSON, "Johns Hopkins");
        resolveAll(text, List.of(), mentioned(text, org.newsgraph.nlp.EntityType.ORGANIZATION, "Harvard"), hopkins);
        assertThat(hopkins.wikipediaTitle()).isEqualTo("Johns_Hopkins_University");
        assertThat(hopkins.type()).isEqualTo(org.newsgraph.nlp.EntityType.ORGANIZATION);
        ExtractedEntity off = mentioned(text, org.newsgraph.nlp.EntityType.PERSON, "Johns Hopkins");
        resolveAll(text, List.of("universitylists"), mentioned(text, org.newsgraph.nlp.EntityType.ORGANIZATION, "Harvard"), off);
        assertThat(off.type()).isEqualTo(org.newsgraph.nlp.EntityType.PERSON);
        // a person whose name links as no university stays a person
        String named = "Researchers at Harvard and John Smith said so.";
        ExtractedEntity smith = mentioned(named, org.newsgraph.nlp.EntityType.PERSON, "John Smith");
        resolveAll(named, List.of(), mentioned(named, org.newsgraph.nlp.EntityType.ORGANIZATION, "Harvard"), smith);
        assertThat(smith.type()).isEqualTo(org.newsgraph.nlp.EntityType.PERSON);
    }

    @Test
    void anAcronymAndItsLegalFormIsARealTitle() {
        assertThat(NameForms.isRealTitle("UBS_AG")).isTrue();
        assertThat(NameForms.isRealTitle("SAP_AG")).isTrue();
        assertThat(NameForms.isRealTitle("THE_BIG_PARADE")).isFalse();
        assertThat(link("UBS", EntityType.ORGANIZATION)).contains("UBS_AG");
        assertThat(link("SAP", EntityType.ORGANIZATION)).contains("SAP_AG");
    }

    @Test
    void anUnlinkedOneWordPersonThatIsAnAcronymIsTheOrganisation() {
        assertThat(AcronymPersons.abbreviates("Ukip", "United_Kingdom_Independence_Party")).isTrue();
        assertThat(AcronymPersons.abbreviates("Unesco", "UNESCO")).isTrue();
        assertThat(AcronymPersons.abbreviates("Hunt", "Jeremy_Hunt")).isFalse();
        String text = "Ukip lost ground, Unesco listed the site and Hunt said he would stay.";
        ExtractedEntity ukip = mentioned(text, org.newsgraph.nlp.EntityType.PERSON, "Ukip");
        ExtractedEntity unesco = mentioned(text, org.newsgraph.nlp.EntityType.PERSON, "Unesco");
        ExtractedEntity hunt = mentioned(text, org.newsgraph.nlp.EntityType.PERSON, "Hunt");
        resolveAll(text, List.of(), ukip, unesco, hunt);
        assertThat(ukip.wikipediaTitle()).isEqualTo("United_Kingdom_Independence_Party");
        assertThat(ukip.type()).isEqualTo(org.newsgraph.nlp.EntityType.ORGANIZATION);
        assertThat(unesco.wikipediaTitle()).isEqualTo("UNESCO");
        assertThat(hunt.type()).isEqualTo(org.newsgraph.nlp.EntityType.PERSON);
        ExtractedEntity ukip2 = mentioned(text, org.newsgraph.nlp.EntityType.PERSON, "Ukip");
        resolveAll(text, List.of("acronympersons"), ukip2);
        assertThat(ukip2.isLinked()).isFalse();
        assertThat(ukip2.type()).isEqualTo(org.newsgraph.nlp.EntityType.PERSON);
    }

    @Test
    void aTownNamedInFullAsATeamIsThatTeamLaterInTheSportsReport() {
        String text = "Manchester City beat Real Madrid 4-0 to reach the Champions League final, and the striker scored "
                + "twice. Carlo Ancelotti admitted Madrid had been outclassed. The final will be played in Istanbul, where "
                + "City fans from Manchester are expected.";
        ExtractedEntity real = mentioned(text, org.newsgraph.nlp.EntityType.ORGANIZATION, "Real Madrid");
        ExtractedEntity city = mentioned(text, org.newsgraph.nlp.EntityType.ORGANIZATION, "Manchester City");
        ExtractedEntity madrid = mentionedLast(text, org.newsgraph.nlp.EntityType.PLACE, "Madrid");
        ExtractedEntity manchester = mentionedLast(text, org.newsgraph.nlp.EntityType.PLACE, "Manchester");
        resolveAll(text, List.of(), real, city, madrid, manchester);
        assertThat(real.wikipediaTitle()).isEqualTo("Real_Madrid_C.F.");
        assertThat(madrid.wikipediaTitle()).isEqualTo("Real_Madrid_C.F.");
        assertThat(madrid.type()).isEqualTo(org.newsgraph.nlp.EntityType.ORGANIZATION);
        // "fans from Manchester": the town
        assertThat(manchester.type()).isEqualTo(org.newsgraph.nlp.EntityType.PLACE);
        assertThat(manchester.wikipediaTitle()).isNotEqualTo("Manchester_City_F.C.");
        ExtractedEntity madrid2 = mentionedLast(text, org.newsgraph.nlp.EntityType.PLACE, "Madrid");
        resolveAll(text, List.of("teamshortnames"), mentioned(text, org.newsgraph.nlp.EntityType.ORGANIZATION, "Real Madrid"), madrid2);
        assertThat(madrid2.type()).isEqualTo(org.newsgraph.nlp.EntityType.PLACE);
    }

    @Test
    void aLeagueTeamsPlaceIsTheTeamWhenTheStoryWritesItsNickname() {
        String afl = "AFL: With just two fit men on the bench Sydney looked down and out. But the Swans showed courage to post a "
                + "gutsy win in the footy, and the Power coach said his ruckman was beaten.";
        ExtractedEntity sydney = mentioned(afl, org.newsgraph.nlp.EntityType.PLACE, "Sydney");
        resolveAll(afl, List.of(), sydney);
        assertThat(sydney.wikipediaTitle()).isEqualTo("Sydney_Swans");
        assertThat(sydney.type()).isEqualTo(org.newsgraph.nlp.EntityType.ORGANIZATION);
        // "in Sydney": the city
        String city = "AFL: The Swans showed courage in Sydney to post a gutsy win in the footy, and the Power coach said his ruckman was beaten.";
        ExtractedEntity inSydney = mentioned(city, org.newsgraph.nlp.EntityType.PLACE, "Sydney");
        resolveAll(city, List.of(), inSydney);
        assertThat(inSydney.type()).isEqualTo(org.newsgraph.nlp.EntityType.PLACE);
        // without the nickname, or with the rule off, the place stays
        ExtractedEntity sydney2 = mentioned(afl, org.newsgraph.nlp.EntityType.PLACE, "Sydney");
        resolveAll(afl, List.of("leagueplaces"), sydney2);
        assertThat(sydney2.type()).isEqualTo(org.newsgraph.nlp.EntityType.PLACE);
        assertThat(LeagueTeams.teamByNickname("australian football", "Sydney", "Sydney looked down and out in the footy.", -1)).isNull();
    }

    @Test
    void aDatelineIsNoTeamsShortName() {
        // "NEW YORK" opens the dateline: the city the story was filed in, though the results name the NEW YORK GIANTS
        String text = "AMERICAN FOOTBALL - NFL RESULTS.\nNEW YORK 1996-09-16\nResults of National Football League games on "
                + "Sunday:\nDallas 27 NEW YORK GIANTS 0\nGREEN BAY 39 Philadelphia 13\nBrett Favre threw three touchdown passes.";
        ExtractedEntity giants = mentioned(text, org.newsgraph.nlp.EntityType.ORGANIZATION, "NEW YORK GIANTS");
        ExtractedEntity newYork = mentioned(text, org.newsgraph.nlp.EntityType.PLACE, "NEW YORK");
        resolveAll(text, List.of(), giants, newYork);
        assertThat(giants.wikipediaTitle()).isEqualTo("New_York_Giants");
        assertThat(newYork.type()).isEqualTo(org.newsgraph.nlp.EntityType.PLACE);
        assertThat(newYork.wikipediaTitle()).isNotEqualTo("New_York_Giants");
        // written in the results, the short name is the team
        int i = text.indexOf("NEW YORK GIANTS");
        ExtractedEntity inResults = new ExtractedEntity(org.newsgraph.nlp.EntityType.PLACE, "NEW YORK");
        inResults.addMention(new org.newsgraph.nlp.Mention(i, i + 8, "NEW YORK", "test"));
        resolveAll(text, List.of(), mentioned(text, org.newsgraph.nlp.EntityType.ORGANIZATION, "NEW YORK GIANTS"), inResults);
        assertThat(inResults.wikipediaTitle()).isEqualTo("New_York_Giants");
    }

    private static ExtractedEntity mentionedLast(String text, org.newsgraph.nlp.EntityType type, String name) {
        ExtractedEntity e = new ExtractedEntity(type, name);
        int i = text.lastIndexOf(name);
        e.addMention(new org.newsgraph.nlp.Mention(i, i + name.length(), name, "test"));
        return e;
    }

    /** Resolves the entities of {@code text} together, with the named rules off. */
    private static void resolveAll(String text, List<String> without, ExtractedEntity... entities) {
        try (EntityLinker el = EntityLinker.create().cache(TestIndex.get().directory().getParent()).wikidataIndex(false)
                .without(without).build()) {
            new LinkingResolver(el).resolve(new Extraction(text, 0, 0, List.of(entities), List.of(), List.of(), List.of()));
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static ExtractedEntity mentioned(String text, org.newsgraph.nlp.EntityType type, String name) {
        ExtractedEntity e = new ExtractedEntity(type, name);
        int i = text.indexOf(name);
        e.addMention(new org.newsgraph.nlp.Mention(i, i + name.length(), name, "test"));
        return e;
    }

    private static ExtractedEntity resolve(String text, org.newsgraph.nlp.EntityType type, String name) {
        ExtractedEntity e = new ExtractedEntity(type, name);
        Extraction x = new Extraction(text, 0, 0, List.of(e), List.of(), List.of(), List.of());
        try (EntityLinker el = linkerIn()) {
            new LinkingResolver(el).resolve(x);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        return e;
    }

    static EntityLinker linkerIn() throws java.io.IOException {
        return EntityLinker.create().cache(TestIndex.get().directory().getParent()).wikidataIndex(false).build();
    }

    @Test
    void anOutletOfTheRegistryIsItsTitle() {
        LinkRule outlets = LinkingResolver.outletRule(org.newsgraph.rdf.PublisherRegistry.standard());
        assertThat(outlets.title(LinkRequest.of("Deutsche Welle", EntityType.ORGANIZATION))).contains("Deutsche_Welle");
        assertThat(outlets.title(LinkRequest.of("Kyiv Independent", EntityType.ORGANIZATION))).contains("The_Kyiv_Independent");
        assertThat(outlets.title(LinkRequest.of("TASS", EntityType.ORGANIZATION))).contains("TASS");
        assertThat(outlets.title(LinkRequest.of("Reuters", EntityType.PERSON))).isEmpty();
        Linker withOutlets = Linker.create(TestIndex.get()).rule(outlets).build();
        // without the rule the WikiDict's "TASS" is the Soviet agency (dissolved 1992)
        assertThat(linker.link(LinkRequest.of("TASS", EntityType.ORGANIZATION)).map(Link::title)).contains("Telegraph_Agency_of_the_Soviet_Union");
        assertThat(withOutlets.link(LinkRequest.of("TASS", EntityType.ORGANIZATION)).map(Link::title)).contains("TASS");
    }

    @Test
    void allCapsNamesAreLookedUpInTitleCaseAndAcronymsStay() {
        assertThat(NameForms.normalize("SIEMENS ENERGY", EntityType.ORGANIZATION)).isEqualTo("Siemens Energy");
        assertThat(NameForms.normalize("FRANKFURT", EntityType.PLACE)).isEqualTo("Frankfurt");
        assertThat(NameForms.normalize("NATO", EntityType.ORGANIZATION)).isEqualTo("NATO");
        assertThat(NameForms.normalize("BHP GROUP LTD", EntityType.ORGANIZATION)).isEqualTo("Bhp Group Ltd");
        assertThat(NameForms.normalize("Rio Tinto", EntityType.ORGANIZATION)).isEqualTo("Rio Tinto");
        // a dateline "PORTLAND, Ore." is Portland, Oregon, not the city the WikiDict's rare all-caps anchor means
        assertThat(link("PORTLAND", EntityType.PLACE)).isEqualTo(link("Portland", EntityType.PLACE));
    }

    @Test
    void aLegalFormIsDroppedForTheLookupAndInitialsAreRespaced() {
        assertThat(NameForms.variants("Siemens AG", EntityType.ORGANIZATION)).containsExactly("Siemens");
        assertThat(NameForms.variants("Qantas Airways Ltd.", EntityType.ORGANIZATION)).containsExactly("Qantas Airways");
        assertThat(NameForms.variants("Anglo American PLC", EntityType.ORGANIZATION)).containsExactly("Anglo American");
        assertThat(NameForms.variants("Siemens AG", EntityType.PERSON)).isEmpty();
        assertThat(NameForms.variants("J. K. Rowling", EntityType.PERSON)).containsExactly("J.K. Rowling");
        assertThat(NameForms.variants("J.K. Rowling", EntityType.PERSON)).containsExactly("J. K. Rowling");
        assertThat(link("Qantas Airways Ltd.", EntityType.ORGANIZATION)).contains("Qantas");
    }

    @Test
    void aCompanyNameFitsItsTitleWithoutLegalFormsSpacesOrQualifier() {
        EntityType org = EntityType.ORGANIZATION;
        assertThat(NameMatch.company("ExxonMobil", "Exxon Mobil Corp", org)).isEqualTo(1.0);
        assertThat(NameMatch.company("Chevron_Corporation", "Chevron Corp", org)).isEqualTo(1.0);
        assertThat(NameMatch.company("Samsung_Group", "Samsung", org)).isEqualTo(1.0);
        assertThat(NameMatch.company("Procter_&_Gamble", "Procter and Gamble Co", org)).isEqualTo(1.0);
        // a legal form says what the qualifier says; a bare name leaves the primary topic first
        assertThat(NameMatch.company("Elan_(company)", "Elan Corp", org)).isEqualTo(1.0);
        assertThat(NameMatch.company("Elan_(company)", "Elan", org)).isEqualTo(0.8);
        assertThat(NameMatch.company("Exxon", "Exxon Mobil Corp", org)).isZero();
        assertThat(NameMatch.company("ExxonMobil", "Exxon Mobil", EntityType.PERSON)).isZero();
        // Exxon (the predecessor) and ExxonMobil were a tie the NIL margin refused
        assertThat(link("Exxon Mobil Corp", org)).contains("ExxonMobil");
        // "Elan Corporation", spelled out, is an anchor of Élan, the Irish drug maker (Elan_(company) makes skis)
        assertThat(link("Elan Corp", org)).contains("Élan");
        // off, the link rests on the spelled-out form "Exxon Mobil Corporation" alone (rule legalform): no longer sure
        Linker off = Linker.create(TestIndex.get()).without(List.of("companynames")).build();
        assertThat(linker.link(LinkRequest.of("Exxon Mobil Corp", org)).map(Link::confident)).contains(true);
        assertThat(off.link(LinkRequest.of("Exxon Mobil Corp", org)).map(Link::confident)).isNotEqualTo(Optional.of(true));
    }

    @Test
    void wireCopysAndIsTheNamesAmpersand() {
        assertThat(NameForms.ampersand("AT and T")).isEqualTo("AT&T");
        assertThat(NameForms.ampersand("Procter and Gamble")).isEqualTo("Procter & Gamble");
        assertThat(NameForms.ampersand("Marks & Spencer")).isEqualTo("Marks and Spencer");
        assertThat(NameForms.ampersand("Goldman Sachs")).isNull();
        assertThat(NameForms.variants("Dow Jones and Co", EntityType.ORGANIZATION)).contains("Dow Jones & Co", "Dow Jones");
        assertThat(NameForms.variants("Bosnia and Herzegovina", EntityType.PLACE)).isEmpty();
        // a spelled-out "and Co" after one name is a person and his team-mates, no company
        assertThat(NameForms.withoutLegalForm("Cabaye and Co")).isEqualTo("Cabaye and Co");
        assertThat(link("AT and T", EntityType.ORGANIZATION)).contains("AT&T");
        assertThat(link("Dow Jones and Co", EntityType.ORGANIZATION)).contains("Dow_Jones_&_Company");
        Linker off = Linker.create(TestIndex.get()).without(List.of("ampersand")).build();
        assertThat(off.link(LinkRequest.of("AT and T", EntityType.ORGANIZATION))).isEmpty();
    }

    @Test
    void anAnchorTextOfAMissingPageIsNeverALink() {
        assertThat(NameForms.isRealTitle("BANKA_POŠTANSKA_ŠTEDIONICA_AKCIONARSKO_DRUŠTVO_BEOGRAD")).isFalse();
        assertThat(NameForms.isRealTitle("\"THE_FORBIDDEN_SONG\"")).isFalse();
        assertThat(NameForms.isRealTitle("NATO")).isTrue();
        assertThat(NameForms.isRealTitle("AC/DC")).isTrue();
        assertThat(NameForms.isRealTitle("BBC_News")).isTrue();
        assertThat(NameForms.isRealTitle("Portland,_Oregon")).isTrue();
    }

    @Test
    void rulesAreAskedBeforeScoring() {
        Linker l = Linker.create(TestIndex.get()).rule(r -> r.name().equals("Acme") ? Optional.of("Acme_Corporation") : Optional.empty()).build();
        assertThat(l.link(LinkRequest.of("Acme", EntityType.ORGANIZATION)).orElseThrow().confidence()).isEqualTo(Linker.RULE_SCORE);
    }

    @Test
    void aBareTitleTheWikiDictSendsToItsQualifiedFormIsThatEntity() {
        // "Georgia" as a title gets few anchors; the WikiDict's entry for the name is the state: one entity, more sure
        Linker off = Linker.create(TestIndex.get()).without(java.util.List.of("redirects")).build();
        LinkRequest georgia = LinkRequest.of("Georgia", EntityType.PLACE);
        assertThat(linker.link(georgia).orElseThrow().title()).isEqualTo("Georgia_(U.S._state)");
        assertThat(linker.link(georgia).orElseThrow().confidence()).isGreaterThan(off.link(georgia).orElseThrow().confidence());
        assertThat(linker.rank(georgia)).extracting(Linker.Scored::title).doesNotContain("Georgia");
        // works are left apart: "112" the number page and "112_(band)"
        assertThat(linker.rank(LinkRequest.of("Houston", EntityType.PLACE)).get(0).title()).isEqualTo("Houston,_Texas");
    }
}
