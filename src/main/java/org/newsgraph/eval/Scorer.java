package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.EntityType;

/**
 * Scores predicted mentions against gold, by exact span:
 * <ul>
 *   <li>gold mentions are the scored labels ({@link GoldLabel#scored()}) inside the evaluation span;</li>
 *   <li>predictions outside the evaluation span are ignored, and so is a prediction on the exact span of an
 *       unscored label (another type, NIL, coreference, optional): neither right nor wrong;</li>
 *   <li>span-only: a prediction is right when a gold mention has its span; typed: and gold allows its type (a
 *       country labelled place|organisation accepts either);</li>
 *   <li>per type: precision over the predictions of that type; recall over the gold mentions assigned to that type
 *       (the type of the right prediction when found, else the first of PERSON, PLACE, ORGANIZATION gold allows).</li>
 * </ul>
 *
 * <pre>
 *   Scorer s = new Scorer();
 *   s.add(goldDocument, predictions);
 *   System.out.print(s.scores().table());
 * </pre>
 */
public final class Scorer {
    private static final EntityType[] RECALL_ORDER = {EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION};
    private final Scores scores = new Scores();

    public Scores scores() { return scores; }

    public synchronized void add(GoldDocument doc, List<Prediction> predictions) {
        Map<Long, GoldLabel> gold = new LinkedHashMap<>();
        Set<Long> neutral = new HashSet<>();
        for (GoldLabel l : doc.labels()) {
            if (l.begin() < doc.evalBegin() || l.end() > doc.evalEnd()) continue;
            if (l.scored()) gold.putIfAbsent(key(l.begin(), l.end()), l);
            else neutral.add(key(l.begin(), l.end()));
        }
        Map<Long, Prediction> preds = new LinkedHashMap<>();
        for (Prediction p : predictions) {
            if (p.begin() < doc.evalBegin() || p.end() > doc.evalEnd()) continue;
            long k = key(p.begin(), p.end());
            if (!gold.containsKey(k) && neutral.contains(k)) continue;
            preds.putIfAbsent(k, p);
        }
        scores.documents++;
        scores.goldMentions += gold.size();
        scores.predictions += preds.size();
        long spanTp = 0, typedTp = 0;
        Map<EntityType, long[]> per = new HashMap<>();
        for (EntityType t : EntityType.values()) per.put(t, new long[3]);
        List<GoldLabel> unmatched = new ArrayList<>();
        Set<Long> typedHit = new HashSet<>();
        for (Map.Entry<Long, Prediction> e : preds.entrySet()) {
            GoldLabel g = gold.get(e.getKey());
            Prediction p = e.getValue();
            if (g != null) spanTp++;
            if (g != null && g.types().contains(p.type())) {
                typedTp++;
                typedHit.add(e.getKey());
                per.get(p.type())[0]++;
            } else {
                per.get(p.type())[1]++;
            }
        }
        for (Map.Entry<Long, GoldLabel> e : gold.entrySet()) {
            if (typedHit.contains(e.getKey())) continue;
            GoldLabel g = e.getValue();
            for (EntityType t : RECALL_ORDER) {
                if (g.types().contains(t)) {
                    per.get(t)[2]++;
                    break;
                }
            }
            unmatched.add(g);
        }
        scores.span = scores.span.plus(spanTp, preds.size() - spanTp, gold.size() - spanTp);
        scores.typed = scores.typed.plus(typedTp, preds.size() - typedTp, gold.size() - typedTp);
        for (EntityType t : EntityType.values()) {
            long[] c = per.get(t);
            scores.byType.put(t, scores.byType.get(t).plus(c[0], c[1], c[2]));
        }
    }

    private static long key(int b, int e) { return ((long) b << 32) | e; }
}
