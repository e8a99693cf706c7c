package org.newsgraph.link;

import java.util.List;

/**
 * A disambiguation rule that reads the article an entity comes from ({@link LinkRequest#article()}), not only its
 * entities: it may add surfaces to look the entity up under ({@link #forms}) and evidence for a candidate title
 * ({@link #context}, 0–1, added to the linker's context feature). Each has a name to turn it off
 * ({@code eval --link-without NAME}). Three ship: {@link SportsTeams} ({@code sportsteams}), {@link TextForms}
 * ({@code textforms}) and {@link QualifierWords} ({@code qualifiers}).
 */
public interface ArticleRule {
    /** A surface to look up, with the weight of its prior. */
    record Form(String surface, double weight) {}

    /** The rule's name, for {@code --link-without}. */
    String name();

    /** More surfaces for the request whose (cleaned) name is {@code name}. */
    List<Form> forms(LinkRequest req, String name, WikiDictIndex index);

    /** Evidence in [0, 1] that {@code title} is the entity meant by the request. */
    double context(LinkRequest req, String name, String title, WikiDictIndex index);

    /** The rules every linker has. */
    static List<ArticleRule> standard() { return List.of(SportsTeams.INSTANCE, TextForms.INSTANCE, QualifierWords.INSTANCE); }
}
