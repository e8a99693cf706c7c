package org.newsgraph.link;

import java.util.List;

/**
 * A disambiguation rule that reads the article an entity comes from ({@link LinkRequest#article()}), not only its
 * entities: it may add surfaces to look the entity up under ({@link #forms}) and evidence for a candidate title
 * ({@link #context}, 0–1, added to the linker's context feature). Each has a name to turn it off
 * ({@code eval --link-without NAME}). Five ship: {@link SportsTeams} ({@code sportsteams}), {@link TextForms}
 * ({@code textforms}), {@link QualifierWords} ({@code qualifiers}), {@link DemonymPlaces} ({@code demonyms}) and
 * {@link PartyMembers} ({@code parties}).
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

    /**
     * What the rule says about one request: its surfaces ({@link #forms}) and the evidence for each candidate title
     * ({@link #context}). The linker asks for it once per request and then asks it for every candidate, so a rule
     * whose evidence needs a look-up of its own ({@link TextForms}: is the name an organisation's usual name?) does it
     * once per request, not once per candidate.
     */
    interface Evidence {
        /** No surfaces and no evidence. */
        Evidence NONE = new Evidence() {
            @Override public List<Form> forms() { return List.of(); }
            @Override public double context(String title) { return 0; }
        };

        /** More surfaces to look the request up under. */
        List<Form> forms();

        /** Evidence in [0, 1] that {@code title} is the entity meant by the request. */
        double context(String title);
    }

    /** The rule's {@link Evidence} for the request whose (cleaned) name is {@code name}; by default {@link #forms} and {@link #context}. */
    default Evidence evidence(LinkRequest req, String name, WikiDictIndex index) {
        return new Evidence() {
            @Override public List<Form> forms() { return ArticleRule.this.forms(req, name, index); }
            @Override public double context(String title) { return ArticleRule.this.context(req, name, title, index); }
        };
    }

    /** The rules every linker has. */
    static List<ArticleRule> standard() {
        return List.of(SportsTeams.INSTANCE, TextForms.INSTANCE, QualifierWords.INSTANCE, DemonymPlaces.INSTANCE, PartyMembers.INSTANCE);
    }
}
