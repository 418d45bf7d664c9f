package org.casewise.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Multi-label theme scores: per theme true/false positives and false negatives, precision,
 * recall, F1, micro and macro averages, and the prevalence error (the share of items the theme was
 * predicted for minus the share it truly applies to), which is what trend statistics inherit.
 * Not thread-safe: fill it from one thread, then read it.
 */
public final class ThemeScores {

    /** Counts of one theme. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        public double f1() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private int items;

    /** Starts with these themes listed (so a theme never predicted nor present still shows). */
    public ThemeScores(Collection<String> themes) {
        themes.forEach(t -> counts.put(t, new int[3]));
    }

    /** Adds one item (a passage or a report): its true and its predicted themes. */
    public void add(Set<String> truth, Set<String> predicted) {
        items++;
        for (String t : predicted) {
            counts.computeIfAbsent(t, k -> new int[3])[truth.contains(t) ? 0 : 1]++;
        }
        for (String t : truth) {
            if (!predicted.contains(t)) {
                counts.computeIfAbsent(t, k -> new int[3])[2]++;
            }
        }
    }

    public int items() {
        return items;
    }

    public Counts counts(String theme) {
        int[] c = counts.getOrDefault(theme, new int[3]);
        return new Counts(c[0], c[1], c[2]);
    }

    public List<String> themes() {
        return new ArrayList<>(counts.keySet());
    }

    public Counts total() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return new Counts(tp, fp, fn);
    }

    public double microF1() {
        return total().f1();
    }

    /** Mean F1 over themes that occur in the truth or the predictions. */
    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (String t : counts.keySet()) {
            Counts c = counts(t);
            if (c.tp() + c.fp() + c.fn() > 0) {
                sum += c.f1();
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Predicted share minus true share of items, for one theme. */
    public double prevalenceError(String theme) {
        if (items == 0) {
            return 0;
        }
        Counts c = counts(theme);
        return ((c.tp() + c.fp()) - (c.tp() + c.fn())) / (double) items;
    }

    public String markdownTable() {
        StringBuilder b = new StringBuilder();
        b.append("| theme | TP | FP | FN | precision | recall | F1 | prevalence error |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String t : counts.keySet()) {
            Counts c = counts(t);
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %+.3f |%n", t, c.tp(),
                    c.fp(), c.fn(), c.precision(), c.recall(), c.f1(), prevalenceError(t)));
        }
        Counts all = total();
        b.append(String.format(Locale.ROOT, "| **micro** | %d | %d | %d | %.3f | %.3f | %.3f | |%n", all.tp(), all.fp(),
                all.fn(), all.precision(), all.recall(), all.f1()));
        b.append(String.format(Locale.ROOT, "| **macro** | | | | | | %.3f | |%n", macroF1()));
        return b.toString();
    }
}
