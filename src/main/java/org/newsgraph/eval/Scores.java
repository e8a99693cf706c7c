package org.newsgraph.eval;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.nlp.EntityType;

/** Counts and precision / recall / F1, span-only and typed, overall and per type. */
public final class Scores {
    /** True positives, false positives and false negatives. */
    public record Counts(long tp, long fp, long fn) {
        public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }
        public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }
        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        Counts plus(long dtp, long dfp, long dfn) { return new Counts(tp + dtp, fp + dfp, fn + dfn); }

        String row(String label) {
            return String.format(Locale.ROOT, "%-14s %7.3f %7.3f %7.3f %7d %6d %6d", label, precision(), recall(), f1(), tp, fp, fn);
        }
    }

    Counts span = new Counts(0, 0, 0);
    Counts typed = new Counts(0, 0, 0);
    final Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
    long documents, goldMentions, predictions;

    Scores() {
        for (EntityType t : EntityType.values()) byType.put(t, new Counts(0, 0, 0));
    }

    public Counts span() { return span; }
    public Counts typed() { return typed; }
    public Counts of(EntityType t) { return byType.get(t); }
    public long documents() { return documents; }
    public long goldMentions() { return goldMentions; }
    public long predictions() { return predictions; }

    /** The report {@code newsgraph eval} prints. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d documents, %d gold mentions, %d predictions in evaluation spans%n",
                documents, goldMentions, predictions));
        sb.append(String.format(Locale.ROOT, "%-14s %7s %7s %7s %7s %6s %6s%n", "", "P", "R", "F1", "TP", "FP", "FN"));
        sb.append(span.row("span")).append('\n');
        sb.append(typed.row("typed")).append('\n');
        for (EntityType t : EntityType.values()) sb.append(byType.get(t).row("  " + t)).append('\n');
        return sb.toString();
    }
}
