package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import org.newsgraph.nlp.EntityExtractor;
import org.newsgraph.nlp.EntityResolver;
import org.newsgraph.nlp.ExtractedEntity;
import org.newsgraph.nlp.Extraction;
import org.newsgraph.nlp.Mention;

/**
 * Runs the extraction the NLP stage uses on every gold document's text (as the body, no headline) on a pool of
 * threads, and scores the mentions of the entities it finds.
 *
 * <pre>
 *   Scores s = Evaluation.create().threads(2).onDocument((doc, preds) -> …).run(gold);
 * </pre>
 */
public final class Evaluation {
    private EntityExtractor extractor;
    private EntityResolver resolver = EntityResolver.NONE;
    private int threads = Runtime.getRuntime().availableProcessors();
    private BiConsumer<GoldDocument, List<Prediction>> onDocument = (d, p) -> {};
    private boolean baseline;

    private Evaluation() {}

    public static Evaluation create() { return new Evaluation(); }

    public Evaluation extractor(EntityExtractor x) { this.extractor = x; return this; }
    public Evaluation resolver(EntityResolver r) { this.resolver = r == null ? EntityResolver.NONE : r; return this; }
    /** Score stock CoreNLP instead: each run of one PERSON/ORGANIZATION/LOCATION tag is a mention, no rules. */
    public Evaluation baseline(boolean on) { this.baseline = on; return this; }
    public Evaluation threads(int n) { this.threads = Math.max(1, n); return this; }
    /** Called in document order with each document's predictions (e.g. to write {@code --predictions-out}). */
    public Evaluation onDocument(BiConsumer<GoldDocument, List<Prediction>> c) { this.onDocument = c; return this; }

    /** The predictions for one text: every mention of every entity found. */
    public static List<Prediction> predictions(Extraction x) {
        List<Prediction> out = new ArrayList<>();
        for (ExtractedEntity e : x.entities()) {
            String link = e.isLinked() ? e.wikipediaTitle().replace(' ', '_') : null;
            for (Mention m : e.mentions())
                out.add(new Prediction(m.begin() - x.bodyOffset(), m.end() - x.bodyOffset(), e.type(), link));
        }
        out.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(a.end(), b.end()));
        return out;
    }

    /** Stock CoreNLP mentions: maximal runs of one entity tag within a sentence. */
    public static List<Prediction> baselinePredictions(org.newsgraph.nlp.CoreNlpPipeline p, String text) {
        List<Prediction> out = new ArrayList<>();
        var doc = p.annotate(text);
        for (var sent : doc.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class)) {
            var toks = sent.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < toks.size(); ) {
                org.newsgraph.nlp.EntityType t = org.newsgraph.nlp.EntityType.fromNerTag(toks.get(i).ner());
                int j = i + 1;
                while (j < toks.size() && toks.get(j).ner() != null && toks.get(j).ner().equals(toks.get(i).ner())) j++;
                if (t != null) out.add(new Prediction(toks.get(i).beginPosition(), toks.get(j - 1).endPosition(), t, null));
                i = j;
            }
        }
        return out;
    }

    public Scores run(List<GoldDocument> gold) {
        EntityExtractor x = extractor != null ? extractor : EntityExtractor.create().build();
        Scorer scorer = new Scorer();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-eval");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Prediction>>> futures = new ArrayList<>();
            for (GoldDocument d : gold) futures.add(pool.submit(() -> {
                if (baseline) return baselinePredictions(x.pipeline(), d.text());
                Extraction ex = x.extract(null, d.text());
                resolver.resolve(ex);
                return predictions(ex);
            }));
            for (int i = 0; i < gold.size(); i++) {
                List<Prediction> p = futures.get(i).get();
                scorer.add(gold.get(i), p);
                onDocument.accept(gold.get(i), p);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return scorer.scores();
    }
}
