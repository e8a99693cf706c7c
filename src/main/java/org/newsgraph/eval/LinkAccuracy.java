package org.newsgraph.eval;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

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
    private Consumer<Miss> misses = m -> { };
    private long found, correct, linked, nilFound, nilLinked;

    public LinkAccuracy(BiPredicate<String, GoldLabel> sameEntity) { this.sameEntity = sameEntity; }

    /**
     * A found gold-linked mention whose predicted link is not the gold entity, or a link on a gold-NIL span.
     *
     * @param predicted the predicted link, or null when the mention was left unlinked
     * @param gold the gold entity, or null for a gold-NIL span that was linked anyway
     */
    public record Miss(String documentId, int begin, int end, String mention, String predicted, String gold, String goldName) { }

    /** Receives each {@link Miss}, in the order of {@link #add} calls (e.g. to write them out for error analysis). */
    public LinkAccuracy onMiss(Consumer<Miss> consumer) {
        this.misses = consumer;
        return this;
    }

    public synchronized void add(GoldDocument doc, List<Prediction> predictions) {
        for (GoldLabel g : doc.labels()) {
            boolean nil = g.link() == null;
            if (!nil && (!g.scored() || g.link() == null)) continue;
            for (Prediction p : predictions) {
                if (p.begin() != g.begin() || p.end() != g.end()) continue;
                if (nil) {
                    nilFound++;
                    if (p.link() != null) {
                        nilLinked++;
                        misses.accept(miss(doc, g, p));
                    }
                    break;
                }
                found++;
                if (p.link() != null) linked++;
                if (p.link() != null && sameEntity.test(p.link(), g)) correct++;
                else misses.accept(miss(doc, g, p));
                break;
            }
        }
    }

    private static Miss miss(GoldDocument doc, GoldLabel g, Prediction p) {
        String mention = g.end() <= doc.text().length() ? doc.text().substring(g.begin(), g.end()) : "";
        return new Miss(doc.id(), g.begin(), g.end(), mention, p.link(), g.link(), g.name());
    }

    /** Gold-linked mentions found by extraction. */
    public synchronized long found() { return found; }

    public synchronized long correct() { return correct; }

    /** Found gold-linked mentions that got a link (right or wrong). */
    public synchronized long linked() { return linked; }

    /** Predictions on exactly the span of a gold label without an entity (NIL): gold says there is no item. */
    public synchronized long nilFound() { return nilFound; }

    /** Of {@link #nilFound}, those the linker linked anyway (a link where gold says there is none). */
    public synchronized long nilLinked() { return nilLinked; }

    public synchronized double accuracy() { return found == 0 ? 0 : (double) correct / found; }
}
