package org.newsgraph.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chart of an entity's mentions over time: the number of articles about or mentioning it per month, as the
 * geometry of an SVG bar chart the entity template draws (server-side, no script). Months without articles between
 * the first and the last are drawn as empty; at least the last {@value #MIN_MONTHS} and at most the last
 * {@value #MAX_MONTHS} months are shown.
 *
 * @param bars   one bar per month, oldest first
 * @param max    the highest monthly count (the top of the y axis)
 * @param total  all articles counted
 */
public record MentionChart(int width, int height, int plotTop, int plotBottom, List<Bar> bars, int max, int total) {
    static final int MAX_MONTHS = 60;
    /** At least a year is drawn, so that one month's bar is a bar, not the whole chart. */
    static final int MIN_MONTHS = 12;
    private static final int WIDTH = 720, HEIGHT = 200, LEFT = 40, RIGHT = 10, TOP = 10, BOTTOM = 30;

    /**
     * @param label   the month, {@code 2023-03}
     * @param count   articles that month
     * @param showLabel whether the x axis names this month (a few evenly spaced ones)
     */
    public record Bar(double x, double y, double w, double h, String label, int count, boolean showLabel, double labelX) {}

    /** The chart for publication days {@code YYYY-MM-DD...} (one per article); null when there are none. */
    static MentionChart of(List<String> days) {
        TreeMap<YearMonth, Integer> perMonth = new TreeMap<>();
        for (String d : days) {
            if (d == null || d.length() < 7) continue;
            try {
                perMonth.merge(YearMonth.parse(d.substring(0, 7)), 1, Integer::sum);
            } catch (RuntimeException e) {
                // not a date: not charted
            }
        }
        if (perMonth.isEmpty()) return null;
        YearMonth last = perMonth.lastKey(), first = perMonth.firstKey();
        if (first.plusMonths(MAX_MONTHS - 1L).isBefore(last)) first = last.minusMonths(MAX_MONTHS - 1L);
        if (first.plusMonths(MIN_MONTHS - 1L).isAfter(last)) first = last.minusMonths(MIN_MONTHS - 1L);
        List<Map.Entry<YearMonth, Integer>> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) months.add(Map.entry(m, perMonth.getOrDefault(m, 0)));
        int max = months.stream().mapToInt(Map.Entry::getValue).max().orElse(1);
        int total = months.stream().mapToInt(Map.Entry::getValue).sum();
        double plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM;
        double slot = plotW / months.size();
        double w = Math.min(48, Math.max(1, slot * 0.8));
        int labelEvery = Math.max(1, (int) Math.ceil(months.size() / 8.0));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            int c = months.get(i).getValue();
            double h = max == 0 ? 0 : plotH * c / max;
            double x = LEFT + i * slot + (slot - w) / 2;
            boolean label = (months.size() - 1 - i) % labelEvery == 0;
            bars.add(new Bar(round(x), round(TOP + plotH - h), round(w), round(h), months.get(i).getKey().toString(), c,
                    label, round(x + w / 2)));
        }
        return new MentionChart(WIDTH, HEIGHT, TOP, HEIGHT - BOTTOM, bars, max, total);
    }

    /** The x where the y axis is drawn. */
    public int left() { return LEFT; }

    public int right() { return WIDTH - RIGHT; }

    private static double round(double v) { return Math.round(v * 10) / 10.0; }
}
