package org.newsgraph.link;

import java.util.List;
import java.util.Objects;

/**
 * One entity of an article to link: its fullest in-document name, its type, its other names in the document
 * (short forms, abbreviations), and the article's other entities as context.
 *
 * <pre>
 *   LinkRequest r = LinkRequest.of("Foreign Ministry", EntityType.ORGANIZATION)
 *           .withContext(List.of(new LinkRequest.ContextEntity("China", EntityType.PLACE)));
 * </pre>
 */
public record LinkRequest(String name, EntityType type, List<String> alternateNames, List<ContextEntity> context) {
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

    public static LinkRequest of(String name, EntityType type) { return new LinkRequest(name, type, List.of(), List.of()); }

    public LinkRequest withAlternateNames(List<String> names) { return new LinkRequest(name, type, names, context); }

    public LinkRequest withContext(List<ContextEntity> ctx) { return new LinkRequest(name, type, alternateNames, ctx); }
}
