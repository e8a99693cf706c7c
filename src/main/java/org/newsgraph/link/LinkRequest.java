package org.newsgraph.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entity of an article to link: its fullest in-document name, its type, its other names in the document
 * (short forms, abbreviations), the article's other entities as context, the article's date (for the date rule:
 * an organisation dissolved before the article was written is unlikely, one founded after it impossible) and the
 * schema.org class NLP asked for, when finer than the type ({@code http://schema.org/GovernmentOrganization} for a
 * capital or building used as a speaker: "Washington warned").
 *
 * <pre>
 *   LinkRequest r = LinkRequest.of("Foreign Ministry", EntityType.ORGANIZATION)
 *           .withContext(List.of(new LinkRequest.ContextEntity("China", EntityType.PLACE)))
 *           .withDate(LocalDate.of(2023, 3, 13));
 * </pre>
 */
public record LinkRequest(String name, EntityType type, List<String> alternateNames, List<ContextEntity> context,
                          LocalDate date, String schemaClass, ArticleText article) {
    /** Another entity of the same article. */
    public record ContextEntity(String name, EntityType type) {
        public ContextEntity {
            Objects.requireNonNull(name, "name");
            type = type == null ? EntityType.OTHER : type;
        }
    }

    public LinkRequest {
        Objects.requireNonNull(name, "name");
        type = type == null ? EntityType.OTHER : type;
        alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
        context = context == null ? List.of() : List.copyOf(context);
    }

    public LinkRequest(String name, EntityType type, List<String> alternateNames, List<ContextEntity> context) {
        this(name, type, alternateNames, context, null, null, null);
    }

    public LinkRequest(String name, EntityType type, List<String> alternateNames, List<ContextEntity> context,
                       LocalDate date, String schemaClass) {
        this(name, type, alternateNames, context, date, schemaClass, null);
    }

    public static LinkRequest of(String name, EntityType type) { return new LinkRequest(name, type, List.of(), List.of()); }

    public LinkRequest withAlternateNames(List<String> names) { return new LinkRequest(name, type, names, context, date, schemaClass, article); }

    public LinkRequest withContext(List<ContextEntity> ctx) { return new LinkRequest(name, type, alternateNames, ctx, date, schemaClass, article); }

    /** The article's date (null when unknown). */
    public LinkRequest withDate(LocalDate d) { return new LinkRequest(name, type, alternateNames, context, d, schemaClass, article); }

    /** The schema.org class IRI NLP gave the entity (null when only the type is known). */
    public LinkRequest withSchemaClass(String iri) { return new LinkRequest(name, type, alternateNames, context, date, iri, article); }

    /** The text of the article (null when unknown), for the rules that read it ({@link ArticleRule}). */
    public LinkRequest withArticle(ArticleText a) { return new LinkRequest(name, type, alternateNames, context, date, schemaClass, a); }

    /**
     * This entity asked again as an organisation of {@code schemaClass} (an IRI), for the re-linking rules
     * ({@link ListMates}, {@link AcronymPersons}); its context as it was.
     */
    public LinkRequest asOrganisation(String schemaClassIri) {
        return new LinkRequest(name, EntityType.ORGANIZATION, alternateNames, context, date, schemaClassIri, article);
    }

    /** This request with {@code others}' names and types added to its context, but not those at {@code skip}. */
    public LinkRequest withContextOf(List<LinkRequest> others, java.util.function.IntPredicate skip) {
        List<ContextEntity> ctx = new java.util.ArrayList<>(context);
        for (int j = 0; j < others.size(); j++)
            if (!skip.test(j)) ctx.add(new ContextEntity(others.get(j).name(), others.get(j).type()));
        return withContext(ctx);
    }

    /** True when NLP asked for a government organisation (a capital or building standing for a government). */
    public boolean isGovernment() { return schemaClass != null && schemaClass.endsWith("/GovernmentOrganization"); }

    /** True when NLP read the entity as a university ("educated at Oxford"). */
    public boolean isUniversity() { return schemaClass != null && schemaClass.endsWith("/CollegeOrUniversity"); }
}
