package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.newsgraph.nlp.ExtractedEntity;
import org.newsgraph.nlp.Mention;
import org.newsgraph.vocab.SDO;

/**
 * Names listed together are of one kind, and NER types each on its own. Three rules, each off by name:
 * <ul>
 *   <li>{@code teamlists}: a place listed with a team is a team — "he worked with him at Fulham, Liverpool and
 *       England" (NER makes Fulham an organisation, linked to {@code Fulham_F.C.}, and the other two places);</li>
 *   <li>{@code companylists}: a place or person the linker left unlinked, listed with a company, is a company when its
 *       name links as one — "BHP Billiton and Rio Tinto" ({@code Rio_Tinto_Group}), "drugmakers Elan Corp and Wyeth".
 *       A linked place stays ("Russia and Gazprom"): only what NER's type could not link is asked again, and a person
 *       named by one word only, whom NER may have made of a company ("BlackRock, KKR and Carlyle": not Thomas Carlyle).</li>
 *   <li>{@code universitylists}: a person or place listed with a university is one when its name links as one —
 *       "Harvard and Johns Hopkins scientists" ({@code Johns_Hopkins_University}, not the founder).</li>
 * </ul>
 * Such an entity is linked again as an ORGANIZATION (of the kind's schema.org class), with the article's other entities
 * as context; when the new link is of the kind, the entity is retyped and takes it. The list grows until no one joins.
 *
 * <pre>
 *   ListMates.relink(ListMates.TEAMS, linker, entities, requests, article, found);
 * </pre>
 */
final class ListMates {
    /** A kind of list: its rule's name, who may join, which linked titles make a list of the kind (and which new links count). */
    record Kind(String rule, Predicate<ExtractedEntity> joiner, Predicate<String> memberTitle, Node schemaClass) {}

    static final Kind TEAMS = new Kind("teamlists", e -> e.type() == org.newsgraph.nlp.EntityType.PLACE,
            TitleTypes::isSportsTeam, SDO.SportsTeam);

    /** A university's title: "Harvard_University", "Imperial_College_London", "Massachusetts_Institute_of_Technology". */
    private static final Pattern UNIVERSITY = Pattern.compile("(?:^|_)(?:University|College|Institute_of_Technology)(?:_|$)");

    /**
     * Universities: a person or place listed with a university is one when its name links as one — "Harvard and Johns
     * Hopkins scientists" (NER makes the second a person, the founder); "Oxford, Cambridge and Durham" alone, with no
     * university linked among them, stay places.
     */
    static final Kind UNIVERSITIES = new Kind("universitylists", e -> e.type() == org.newsgraph.nlp.EntityType.PERSON
            || e.type() == org.newsgraph.nlp.EntityType.PLACE, title -> UNIVERSITY.matcher(title).find(), SDO.CollegeOrUniversity);

    /** Companies: titles typed as organisations (by form or by the index's cues), sports teams and governments aside. */
    static Kind companies(WikiDictIndex index) {
        return new Kind("companylists", e -> !e.isLinked() && (e.type() == org.newsgraph.nlp.EntityType.PLACE
                || e.type() == org.newsgraph.nlp.EntityType.PERSON)
                // a "person" named by one word only, listed with companies, is one too ("BlackRock, KKR and Carlyle")
                || e.type() == org.newsgraph.nlp.EntityType.PERSON && e.names().stream().noneMatch(n -> n.strip().contains(" ")),
                title -> NationalPrefix.isOrganisation(index, title) && !TitleTypes.isSportsTeam(title)
                        && !LinkRule.GovernmentMetonymy.INSTANCE.titles().contains(title), SDO.Organization);
    }

    /** Text between two names of one list: a comma, "and", "or", "&" (", and" too). */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and\\s+|or\\s+|&\\s+)");

    private ListMates() {}

    /**
     * Re-links the entities listed with members of the kind, unless its rule is off; {@code requests} and
     * {@code found} are updated.
     */
    static void relink(Kind kind, EntityLinker linker, List<ExtractedEntity> entities, List<LinkRequest> requests,
                       ArticleText article, Map<ExtractedEntity, EntityLinker.Result> found) {
        if (linker.linker().isOff(kind.rule())) return;
        String text = article.text();
        for (boolean grew = true; grew; ) {
            grew = false;
            List<Mention> members = new ArrayList<>();
            for (ExtractedEntity t : entities)
                if (t.isLinked() && t.type() == org.newsgraph.nlp.EntityType.ORGANIZATION && kind.memberTitle().test(t.wikipediaTitle()))
                    members.addAll(t.mentions());
            if (members.isEmpty()) return;
            List<Integer> listed = new ArrayList<>();
            for (int i = 0; i < entities.size(); i++) {
                ExtractedEntity e = entities.get(i);
                if (kind.joiner().test(e) && e.mentions().stream().anyMatch(m -> members.stream().anyMatch(t -> listedTogether(text, m, t))))
                    listed.add(i);
            }
            if (listed.isEmpty()) return;
            // Only the listed entities are linked again, as organisations (Relinks)
            grew = Relinks.asOrganisations(linker, entities, requests, listed, kind.schemaClass(),
                    (k, title) -> kind.memberTitle().test(title), found) > 0;
        }
    }

    /** Mentions {@code a} and {@code b} are neighbours in one list ("Fulham, Liverpool", "Sevilla and Brighton"). */
    static boolean listedTogether(String text, Mention a, Mention b) {
        Mention first = a.begin() < b.begin() ? a : b, second = first == a ? b : a;
        if (first.end() > second.begin() || second.begin() - first.end() > 8) return false;
        if (!LIST_GAP.matcher(text).region(first.end(), second.begin()).matches()) return false;
        if (!text.substring(first.end(), second.begin()).strip().equals(",")) return true;
        // a comma alone joins a list only when the list goes on: "at Fulham, Liverpool and England", not "In Spain,
        // Barcelona thrashed Espanyol"
        return LIST_GOES_ON.matcher(text).region(second.end(), text.length()).lookingAt()
                || text.substring(0, first.begin()).stripTrailing().endsWith(",");
    }

    private static final Pattern LIST_GOES_ON = Pattern.compile("\\s*(?:,|and\\b|or\\b|&)");
}
