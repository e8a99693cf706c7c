package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The name-match feature and its rules (`namefold`, `nicknames`), and the `qualifiers` context rule, on names of their own. */
class NameMatchTest {
    static final Linker linker = Linker.create(TestIndex.get()).build();

    @Test
    void namesCompareWithoutAccentsAndDots() {
        assertThat(NameMatch.score("Atlético_Madrid", "Atletico Madrid", EntityType.ORGANIZATION, true, true)).isEqualTo(1.0);
        assertThat(NameMatch.score("Atlético_Madrid", "Atletico Madrid", EntityType.ORGANIZATION, false, true)).isZero();
        assertThat(NameMatch.score("Recep_Tayyip_Erdoğan", "Tayyip Erdogan", EntityType.PERSON, true, true)).isEqualTo(0.5);
        // "Atletico has beaten its archrival Real": the club, once its accent no longer hides the name
        assertThat(linker.link(LinkRequest.of("Atletico", EntityType.ORGANIZATION)).map(Link::title)).contains("Atlético_Madrid");
    }

    @Test
    void aGenerationalSuffixIsNoSurname() {
        // Wikipedia writes "Jr." after a comma, so the title's base ends with the surname: "Griffey", not "Jr."
        assertThat(NameMatch.score("Ken_Griffey,_Jr.", "Ken Griffey Jr.", EntityType.PERSON, true, true)).isEqualTo(0.8);
        assertThat(NameMatch.withoutGeneration(new String[] {"martin", "luther", "king,", "jr."})).containsExactly("martin", "luther", "king");
        assertThat(NameMatch.withoutGeneration(new String[] {"ray", "iii"})).as("a name of two words keeps both").containsExactly("ray", "iii");
        for (String name : List.of("Ken Griffey Jr.", "Martin Luther King Jr.", "Martin Luther King, Jr.", "Robert Downey Jr."))
            assertThat(linker.link(LinkRequest.of(name, EntityType.PERSON))).as(name).map(Link::title).get().asString().endsWith(",_Jr.");
        // a son is not his father: a name with "Jr." needs a title with it
        assertThat(NameMatch.keepsGeneration(new String[] {"jeh", "johnson", "jr."}, "Jeh_Johnson")).isFalse();
        assertThat(NameMatch.keepsGeneration(new String[] {"ken", "griffey", "jr."}, "Ken_Griffey,_Jr.")).isTrue();
        assertThat(NameMatch.keepsGeneration(new String[] {"jeh", "johnson"}, "Jeh_Johnson")).isTrue();
        // only a generation is dropped: the surname is still checked
        assertThat(linker.link(LinkRequest.of("Ken Smith Jr.", EntityType.PERSON)).map(Link::title)).isNotEqualTo(java.util.Optional.of("Ken_Griffey,_Jr."));
    }

    @Test
    void aSurnameAfterMrIsThatPersonsSurname() {
        // the WikiDict's anchor "Mr Blair" is George Orwell (Eric Blair): a title that does not end with the surname is no candidate
        String text = "Mr Blair told the Labour conference in Blackpool that the Conservatives were finished. Blair won a standing ovation.";
        LinkRequest blair = LinkRequest.of("Blair", EntityType.PERSON).withArticle(new ArticleText(text));
        assertThat(linker.link(blair).map(Link::title)).isNotEqualTo(java.util.Optional.of("George_Orwell"));
        Linker off = Linker.create(TestIndex.get()).without(List.of("honorificsurname")).build();
        assertThat(off.link(blair).map(Link::title)).contains("George_Orwell");
        assertThat(NameMatch.endsWithSurname("blair", "tony blair")).isTrue();
        assertThat(NameMatch.endsWithSurname("blair", "blair waldorf")).isFalse();
        assertThat(NameForms.surnameHonorific("Mr. Trump")).isTrue();
        assertThat(NameForms.surnameHonorific("Sir Alex")).isFalse();
        assertThat(new ArticleText("Mr. Trump and Dr Bose met Sir Alex; Mrs O'Neill left.").honorificSurnames())
                .containsExactlyInAnyOrder("Trump", "Bose", "O'Neill");
        // a full name is left to the surname test of full names: "Mr Shorten" of a story on Bill Shorten
        assertThat(linker.link(LinkRequest.of("Bill Shorten", EntityType.PERSON).withArticle(new ArticleText("Mr Shorten said."))).map(Link::title))
                .contains("Bill_Shorten");
    }

    @Test
    void aNameAfterATitleIsNoGivenName() {
        // "Governor George" is the governor surnamed George, not George Bernard Shaw (the WikiDict's best "George")
        String text = "Governor George met Chancellor Clarke on Tuesday. George said rates would stay on hold.";
        LinkRequest george = LinkRequest.of("George", EntityType.PERSON).withArticle(new ArticleText(text));
        Linker off = Linker.create(TestIndex.get()).without(List.of("titledsurname")).build();
        assertThat(off.link(george).map(Link::title)).contains("George_Bernard_Shaw");
        assertThat(linker.link(george)).isEmpty();
        assertThat(TitledNames.of(text)).containsExactlyInAnyOrder("George", "Clarke");
        // a lower-case title counts, a given name after a royal style or a full name does not
        assertThat(TitledNames.of("striker Drogba scored; King Abdullah and President Bill Clinton met Foreign Minister Levy."))
                .containsExactlyInAnyOrder("Drogba", "Levy");
        // the name is the surname or a later part of the name, or the one-word title itself
        assertThat(TitledNames.fits("Lula", "Luiz_Inácio_Lula_da_Silva")).isTrue();
        assertThat(TitledNames.fits("Suharto", "Suharto")).isTrue();
        assertThat(TitledNames.fits("Clarke", "Kenneth_Clarke")).isTrue();
        assertThat(TitledNames.fits("George", "George_Bernard_Shaw")).isFalse();
        assertThat(TitledNames.fits("George", "George")).isTrue();
    }

    @Test
    void anAppositiveSaysWhoThePersonIs() {
        assertThat(RoleTitle.appositiveWords("Stephen Williams", "The MP for Bristol West, Stephen Williams, welcomed it."))
                .containsExactly("mp", "for", "bristol", "west");
        assertThat(RoleTitle.appositiveWords("Stephen Williams", "Stephen Williams, the Liberal Democrat MP, said so."))
                .containsExactly("liberal", "democrat", "mp");
        // no appositive: a list, or a clause that is no description of him
        assertThat(RoleTitle.appositiveWords("Stephen Williams", "Stephen Williams, Bristol and Bath said no.")).isEmpty();
        String text = "Council approves housing plan\nThe city needs homes. The MP for Bristol West, Stephen Williams, welcomed the decision.";
        LinkRequest williams = LinkRequest.of("Stephen Williams", EntityType.PERSON).withArticle(new ArticleText(text));
        assertThat(linker.link(williams).map(Link::title)).contains("Stephen_Williams_(politician)");
        Linker off = Linker.create(TestIndex.get()).without(List.of("appositives")).build();
        assertThat(off.link(williams).map(Link::title)).isNotEqualTo(java.util.Optional.of("Stephen_Williams_(politician)"));
    }

    @Test
    void aShortGivenNameFitsTheFullOne() {
        assertThat(NameMatch.score("Michael_J._Trout", "Mike Trout", EntityType.PERSON, true, true)).isEqualTo(0.5);
        assertThat(NameMatch.score("Michael_J._Trout", "Mike Trout", EntityType.PERSON, true, false)).isZero();
        assertThat(NameMatch.score("William_Shorten", "Bill Shorten", EntityType.PERSON, true, true)).isEqualTo(1.0);
        // only for people, and only the given name: "Bill" is not a surname's short form
        assertThat(NameMatch.score("William_Street", "Bill Street", EntityType.PLACE, true, true)).isZero();
        assertThat(NameMatch.alternatives("michael")).contains("mike");
        assertThat(linker.link(LinkRequest.of("Mike Trout", EntityType.PERSON)).map(Link::title)).contains("Michael_J._Trout");
        Linker off = Linker.create(TestIndex.get()).without(List.of("nicknames")).build();
        assertThat(off.link(LinkRequest.of("Mike Trout", EntityType.PERSON))).isEmpty();
    }

    @Test
    void aQualifierWrittenInTheArticleIsContext() {
        ArticleText baseball = new ArticleText("Joe Smith pitched two scoreless innings as the Angels tied the Rockies in a "
                + "spring training baseball game.");
        LinkRequest joe = LinkRequest.of("Joe Smith", EntityType.PERSON).withArticle(baseball);
        assertThat(QualifierWords.INSTANCE.context(joe, "Joe Smith", "Joe_Smith_(baseball)", TestIndex.get())).isEqualTo(0.5);
        assertThat(QualifierWords.INSTANCE.context(joe, "Joe Smith", "Joe_Smith_(basketball)", TestIndex.get())).isZero();
        assertThat(QualifierWords.root("footballer")).isEqualTo("football");
        assertThat(QualifierWords.root("politician")).isEqualTo("politic");
        assertThat(QualifierWords.root("singer")).isEqualTo("singer");   // "sing" is too short to mean anything
        assertThat(linker.rank(joe)).filteredOn(s -> s.title().equals("Joe_Smith_(baseball)")).first()
                .satisfies(s -> assertThat(s.context()).isEqualTo(0.5));
        // places are left alone: "Georgia_(country)" is not found by the word "country"
        assertThat(QualifierWords.INSTANCE.context(LinkRequest.of("Georgia", EntityType.PLACE).withArticle(new ArticleText("The country voted.")),
                "Georgia", "Georgia_(country)", TestIndex.get())).isZero();
    }
}
