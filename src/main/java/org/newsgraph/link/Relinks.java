package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.newsgraph.nlp.ExtractedEntity;

/**
 * The step the resolver's second-pass rules share ({@link ListMates}, {@link LeaguePlaces}): some entities of an article
 * are linked again as organisations of a finer class, with the article's other entities as their context, and each one
 * whose new link the rule accepts becomes that organisation.
 */
final class Relinks {
    private Relinks() {}

    /** Whether the rule takes the new link {@code title} for the {@code k}-th entity asked. */
    @FunctionalInterface
    interface Accept { boolean test(int k, String title); }

    /**
     * Links the entities at {@code asked} again as organisations of {@code schemaClass}; an accepted link retypes the
     * entity, replaces its request and its result. Returns how many entities changed.
     */
    static int asOrganisations(EntityLinker linker, List<ExtractedEntity> entities, List<LinkRequest> requests, List<Integer> asked,
                               Node schemaClass, Accept accept, Map<ExtractedEntity, EntityLinker.Result> found) {
        List<LinkRequest> asOrgs = new ArrayList<>(asked.size()), withContext = new ArrayList<>(asked.size());
        for (int i : asked) {
            LinkRequest asOrg = requests.get(i).asOrganisation(schemaClass.getURI());
            asOrgs.add(asOrg);
            // the article's others are their context; the entities asked are each other's already (linkArticle adds them)
            withContext.add(asOrg.withContextOf(requests, asked::contains));
        }
        List<EntityLinker.Result> again = linker.linkArticle(withContext);
        int changed = 0;
        for (int k = 0; k < asked.size(); k++) {
            EntityLinker.Result r = again.get(k);
            if (r.link().isEmpty() || !accept.test(k, r.link().get().title())) continue;
            int i = asked.get(k);
            ExtractedEntity e = entities.get(i);
            Link l = r.link().get();
            e.retype(org.newsgraph.nlp.EntityType.ORGANIZATION, schemaClass);
            e.link(l.title(), l.confidence());
            found.put(e, r);
            requests.set(i, asOrgs.get(k));
            changed++;
        }
        return changed;
    }
}
