package org.newsgraph.link;

import java.util.List;

/**
 * A disambiguation rule that reads the article an entity comes from ({@link LinkRequest#article()}), not only its
 * entities: it may add surfaces to look the entity up under and evidence for a candidate title (0–1, added to the
 * linker's context feature), both in its {@link #evidence} for a request. Each has a name to turn it off
 * ({@code eval --link-without NAME}). Twenty-one ship: {@link SportsTeams} ({@code sportsteams}), {@link TextForms}
 * ({@code textforms}), {@link ClubNames} ({@code clubnames}), {@link LeagueTeams} ({@code leagueteams}), {@link RacingTeams} ({@code racingteams}), {@link CountryDemonym} ({@code countrydemonym}), {@link CityNames} ({@code citynames}), {@link PartyWord} ({@code partyword}), {@link PossessivePlace} ({@code possessiveplace}), {@link RoleTitle} ({@code roletitle}, {@code appositives}), {@link StateBodies} ({@code statebodies}), {@link QualifierWords} ({@code qualifiers}), {@link DemonymPlaces} ({@code demonyms}),
 * {@link PartyMembers} ({@code parties}), {@link NationalPrefix} ({@code nationalprefix}), {@link Datelines}
 * ({@code datelines}), {@link TownRegion} ({@code townregion}), {@link CountryLists} ({@code countrylists}), {@link ListHeads} ({@code listheads}), {@link SportNames} ({@code sportnames}) and {@link SportVenues}
 * ({@code venues}).
 */
public interface ArticleRule {
    /**
     * A surface to look up, with the weight of its prior; {@code name} when the article itself gives the entity this
     * longer name ("Tullow Oil" for "Tullow"), so it counts for the name match too (rule {@code formnames}).
     */
    record Form(String surface, double weight, boolean name) {
        public Form(String surface, double weight) { this(surface, weight, false); }
    }

    /** The rule's name, for {@code --link-without}. */
    String name();

    /**
     * What the rule says about one request whose (cleaned) name is {@code name}: more surfaces to look it up under and
     * the evidence for each candidate title. The linker asks for it once per request and then asks it for every
     * candidate, so a rule whose evidence needs a look-up of its own ({@link TextForms}: is the name an organisation's
     * usual name?) does it once per request, not once per candidate.
     */
    Evidence evidence(LinkRequest req, String name, WikiDictIndex index);

    /** More surfaces for the request (its {@link #evidence}'s). */
    default List<Form> forms(LinkRequest req, String name, WikiDictIndex index) { return evidence(req, name, index).forms(); }

    /** Evidence in [0, 1] that {@code title} is the entity meant by the request (its {@link #evidence}'s). */
    default double context(LinkRequest req, String name, String title, WikiDictIndex index) {
        return evidence(req, name, index).context(title);
    }

    /** A rule's word on one request: surfaces, and evidence per candidate title. */
    interface Evidence {
        /** No surfaces and no evidence. */
        Evidence NONE = of(List.of(), title -> 0);

        /** More surfaces to look the request up under. */
        List<Form> forms();

        /** Evidence in [0, 1] that {@code title} is the entity meant by the request. */
        double context(String title);

        /**
         * True when the article states which candidates are meant ("Columbia, Mo."): if one of them is among the
         * candidates, the candidates without this evidence are dropped.
         */
        default boolean restricts() { return false; }

        static Evidence of(List<Form> forms, java.util.function.ToDoubleFunction<String> context) {
            return new Evidence() {
                @Override public List<Form> forms() { return forms; }

                @Override public double context(String title) { return context.applyAsDouble(title); }
            };
        }

        /** Evidence that {@link #restricts} the candidates to the titles it fully supports, when any is a candidate. */
        static Evidence restricting(List<Form> forms, java.util.function.ToDoubleFunction<String> context) {
            return new Evidence() {
                @Override public List<Form> forms() { return forms; }

                @Override public double context(String title) { return context.applyAsDouble(title); }

                @Override public boolean restricts() { return true; }
            };
        }
    }

    /** The rules every linker has. */
    static List<ArticleRule> standard() {
        return List.of(SportsTeams.INSTANCE, TextForms.INSTANCE, QualifierWords.INSTANCE, DemonymPlaces.INSTANCE, PartyMembers.INSTANCE,
                NationalPrefix.INSTANCE, Datelines.INSTANCE, TownRegion.INSTANCE, CountryLists.INSTANCE, ListHeads.INSTANCE, SportNames.INSTANCE,
                SportVenues.INSTANCE, ClubNames.INSTANCE, LeagueTeams.INSTANCE, RacingTeams.INSTANCE, CountryDemonym.INSTANCE, CityNames.INSTANCE, PartyWord.INSTANCE, PossessivePlace.INSTANCE, RoleTitle.INSTANCE,
                RoleTitle.APPOSITIVES, StateBodies.INSTANCE);
    }
}
