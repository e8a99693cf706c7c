package org.newsgraph.eval;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * Linking accuracy as the issue defines it: among the gold mentions that extraction found (a prediction on exactly
 * the gold span) and that gold links to an entity (not NIL), the share whose predicted link is the gold entity.
 * An unlinked prediction on such a span counts as wrong. Links are compared by a rule given by the caller
 * ({@code (predicted title, gold label) -> same entity}), e.g. {@link org.newsgraph.link.TitleMatcher}.
 *
 * <pre>
 *   LinkAccuracy acc = new LinkAccuracy((title, g) -> matcher.matches(title, g.link(), g.name()));
 *   acc.add(doc, predictions); … acc.accuracy();
 * </pre>
 */
public final class LinkAccuracy {
    private final BiPredicate<String, GoldLabel> sameEntity;
    private long found, correct;

    public LinkAccuracy(BiPredicate<String, GoldLabel> sameEntity) { this.sameEntity = sameEntity; }

    public synchronized void add(GoldDocument doc, List<Prediction> predictions) {
        for (GoldLabel g : doc.labels()) {
            if (!g.scored() || g.link() == null) continue;
            for (Prediction p : predictions) {
                if (p.begin() != g.begin() || p.end() != g.end()) continue;
                found++;
                if (p.link() != null && sameEntity.test(p.link(), g)) correct++;
                break;
            }
        }
    }

    /** Gold-linked mentions found by extraction. */
    public synchronized long found() { return found; }

    public synchronized long correct() { return correct; }

    public synchronized double accuracy() { return found == 0 ? 0 : (double) correct / found; }
}
