package org.newsgraph.nlp;

import java.util.List;

/**
 * The extraction rules in the order they run. Each is a class with what it fixes in its documentation, tested on
 * fixed tags ({@link Tokens#tagged}) in {@code RulesTest}; docs/quality.md lists what each does on the dev sets.
 */
final class Rules {
    private Rules() {}

    private static final List<Rule> STANDARD = List.of(
            // spans: what NER tagged, then names it missed (each takes its tokens, so a later one skips them)
            new NerSpans(),
            new DemonymPlaceName(),
            new TitleTail(),
            new TitledPerson(),
            new OfficeOf(),
            new LeaderPossessive(),
            new FlightNumber(),
            new OfJoinedName(),
            new StormName(),
            new CommaNamedOffice(),
            new PossessiveNames(),
            new OrgHeadNoun(),
            new HyphenatedNames(),
            new AllCapsName(),
            new EmployerPossessive(),
            new PartyByMembers(),
            new ChannelNumber(),
            new Demonyms(),
            new BrandCase(),
            new KnownOutlets(),
            new PlaceInRegion(),
            // types
            new TownBeforeState(),
            new DatelinePlace(),
            new CapsCountry(),
            new WireSignoff(),
            new ListHeadPlaces(),
            new EducationPlace(),
            new SportsTeams(),
            new OneTypePerName(),
            // entities
            new InDocumentResolution(),
            new Repeats(),
            new HeadlineNames(),
            new FinerClasses(),
            // what the text says of them
            new Titles(),
            new DirectQuotes(),
            new IndirectSpeech(),
            new Sources(),
            new Salience());

    /** The rules newsgraph runs, in order. */
    static List<Rule> standard() { return STANDARD; }

    /**
     * The names of the parts of rules that can be switched off on their own ({@link NerSpans}, {@link CompanySuffix},
     * {@link SportsTeams}'s {@code OpponentCue} …).
     */
    static final List<String> SWITCHES = List.of("LoneInitial", "StateUniversity", "OrganisationRunOn", "EventName",
            "SlashSplit", "DatelineDash", "HyphenatedPlaceName", "CapsSurname", "OfPlaceNames", "CompanySuffix", "CompanyFirstWord", "CapsHeadline", "CapsCountry", "TitledPerson", "OfficePortfolio", "OfficePlace", "DemonymCompany", "LoneNameOrganisation", "ListHeadNames", "PluralCountry", "NationalAcronym", "ThatlessClause", "QuoteParagraph",
            "OpponentCue", "ResultLine", "ResultPhrase");
}
