package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entities of the sample article (../shared/data/sample/moscowtimes-2023-03-13-xi-visit.txt) as NLP hands them
 * over — fullest name, type, short forms, the other entities as context — linked with the real WikiDict index.
 */
class LinkerSampleArticleTest {
    static Linker linker;

    /** name, type, alternate names. */
    static final List<LinkRequest> ARTICLE = List.of(
            req("Xi Jinping", EntityType.PERSON, "Xi"),
            req("Vladimir Putin", EntityType.PERSON, "Putin"),
            req("Dmitry Peskov", EntityType.PERSON),
            req("Moscow", EntityType.PLACE),
            req("Beijing", EntityType.PLACE),
            req("Russia", EntityType.PLACE),
            req("China", EntityType.PLACE),
            req("Ukraine", EntityType.PLACE),
            req("United States", EntityType.PLACE, "U.S."),
            req("Washington", EntityType.PLACE),
            req("Reuters", EntityType.ORGANIZATION),
            req("TASS", EntityType.ORGANIZATION),
            req("Kremlin", EntityType.ORGANIZATION),
            req("Foreign Ministry", EntityType.ORGANIZATION));

    static LinkRequest req(String name, EntityType type, String... alternates) {
        return LinkRequest.of(name, type).withAlternateNames(List.of(alternates));
    }

    @BeforeAll
    static void index() {
        linker = Linker.create(TestIndex.get()).build();
    }

    static Map<String, Optional<Link>> linkArticle(List<LinkRequest> reqs) {
        List<Optional<Link>> links = linker.linkAll(reqs);
        Map<String, Optional<Link>> byName = new java.util.LinkedHashMap<>();
        for (int i = 0; i < reqs.size(); i++) byName.put(reqs.get(i).name(), links.get(i));
        return byName;
    }

    @Test
    void theSampleArticlesPeoplePlacesAndOrganisationsLinkToTheRightTitles() {
        Map<String, Optional<Link>> links = linkArticle(ARTICLE);
        Map<String, String> expected = Map.ofEntries(
                Map.entry("Xi Jinping", "Xi_Jinping"), Map.entry("Vladimir Putin", "Vladimir_Putin"),
                Map.entry("Dmitry Peskov", "Dmitry_Peskov"), Map.entry("Moscow", "Moscow"), Map.entry("Beijing", "Beijing"),
                Map.entry("Russia", "Russia"), Map.entry("China", "China"), Map.entry("Ukraine", "Ukraine"),
                Map.entry("United States", "United_States"), Map.entry("Reuters", "Reuters"));
        expected.forEach((name, title) -> assertThat(links.get(name)).as(name).map(Link::title).contains(title));
        expected.forEach((name, title) -> assertThat(links.get(name).get().confident()).as(name + " confident").isTrue());
    }

    @Test
    void tassLinksToTheNewsAgency() {
        // In this WikiDict (CoreNLP 4.5.10) the agency has three titles that all lead to today's TASS article.
        assertThat(linkArticle(ARTICLE).get("TASS")).map(Link::title).get()
                .isIn("TASS", "Information_Telegraph_Agency_of_Russia", "Telegraph_Agency_of_the_Soviet_Union");
    }

    @Test
    void theUsAbbreviationLinksLikeTheFullName() {
        assertThat(linker.link(LinkRequest.of("U.S.", EntityType.PLACE))).map(Link::title).contains("United_States");
    }

    @Test
    void washingtonNextToBeijingAndMoscowIsNotTheState() {
        Optional<Link> asPlace = linkArticle(ARTICLE).get("Washington");
        assertThat(asPlace).map(Link::title).isNotEqualTo(Optional.of("Washington")).isNotEqualTo(Optional.of("Washington_(state)"));
        assertThat(asPlace).map(Link::title).contains("Washington,_D.C.");

        List<LinkRequest> asGovernment = new ArrayList<>(ARTICLE);
        asGovernment.set(9, req("Washington", EntityType.ORGANIZATION));
        Optional<Link> asOrg = linkArticle(asGovernment).get("Washington");
        assertThat(asOrg.map(Link::title).orElse("NIL")).isNotIn("Washington", "Washington_(state)");
    }

    @Test
    void chinasForeignMinistryIsTheMinistryNotTheOffice() {
        Optional<Link> l = linkArticle(ARTICLE).get("Foreign Ministry");
        assertThat(l).map(Link::title).contains("Ministry_of_Foreign_Affairs_(People's_Republic_of_China)");
        // Without a country in context it is no link rather than "Foreign_minister".
        assertThat(linker.link(LinkRequest.of("Foreign Ministry", EntityType.ORGANIZATION))).isEmpty();
    }

    @Test
    void shortFormsUseTheFullNameAndATypeIncompatibleCandidateIsNotTaken() {
        // The WikiDict has no "Pete Buttigieg"; "Buttigieg" alone is the surname page: no link is right.
        assertThat(linker.link(LinkRequest.of("Pete Buttigieg", EntityType.PERSON).withAlternateNames(List.of("Buttigieg"))))
                .isEmpty();
        // "Headley" for a person is not the town Headley, Surrey.
        assertThat(linker.link(LinkRequest.of("David Headley", EntityType.PERSON).withAlternateNames(List.of("Headley"))))
                .map(Link::title).isNotEqualTo(Optional.of("Headley,_Surrey"));
        // "Putin" with the full name known links to the person.
        assertThat(linker.link(LinkRequest.of("Vladimir Putin", EntityType.PERSON).withAlternateNames(List.of("Putin", "Putin's"))))
                .map(Link::title).contains("Vladimir_Putin");
    }

    @Test
    void thePriorAloneWouldBeWrongWhereTypesDisagree() {
        // "Washington" has the state as its top WikiDict title: that is what the prior alone picks.
        assertThat(TestIndex.get().topTitle("Washington")).isEqualTo("Washington");
        assertThat(TestIndex.get().topTitle("Foreign Ministry")).isEqualTo("Foreign_minister");
    }
}
