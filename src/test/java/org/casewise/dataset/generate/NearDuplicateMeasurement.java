package org.casewise.dataset.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.casewise.analyse.Fingerprint;
import org.casewise.analyse.NearDuplicates;
import org.casewise.dataset.generate.MeasurementPairs.Pair;

/**
 * How the {@link NearDuplicates} thresholds and the {@link Fingerprint} parameters were chosen: a
 * main class, not a test (a 1,000-report corpus takes a few minutes). Run with the test class path:
 * {@code NearDuplicateMeasurement <corpus dir> [composed cases] [estimates-only] [seed]}, the corpus
 * made by e.g. {@code ./casewise dataset generate --out /tmp/nd-corpus --reports 1000 --seed 7 --oversized-mb 0}.
 *
 * <p>Every pair is an ordered (x, y) under a label (see {@link MeasurementPairs}). It prints exact
 * Jaccard and containment of x in y for several shingle lengths, then the fingerprints' estimates,
 * the tail of unrelated short-in-long pairs, and what {@link NearDuplicates#relate} says.
 */
public final class NearDuplicateMeasurement {

    private NearDuplicateMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        List<Pair> pairs = new ArrayList<>(MeasurementPairs.corpusPairs(MeasurementPairs.load(Path.of(args[0]))));
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 11;
        pairs.addAll(MeasurementPairs.composedPairs(cases, seed));
        if (args.length <= 2 || !args[2].equals("estimates-only")) {
            for (int k : new int[] {3, 4, 5, 6, 8}) {
                exact(pairs, k);
            }
        }
        estimates(pairs);
    }

    /** Exact Jaccard and containment over k-word shingle sets, per label. */
    static void exact(List<Pair> pairs, int k) {
        Map<String, List<double[]>> exact = new TreeMap<>();
        Map<String, long[]> sets = new IdentityHashMap<>();
        for (Pair p : pairs) {
            long[] x = sets.computeIfAbsent(p.x(), t -> shingles(t, k));
            long[] y = sets.computeIfAbsent(p.y(), t -> shingles(t, k));
            if (x.length >= Fingerprint.MIN_SHINGLES && y.length >= Fingerprint.MIN_SHINGLES) {
                int both = common(x, y);
                exact.computeIfAbsent(p.label(), l -> new ArrayList<>())
                        .add(new double[] {(double) both / (x.length + y.length - both), (double) both / x.length});
            }
        }
        print("Exact, " + k + "-word shingles", exact);
    }

    /** The fingerprints' estimates per label, the unrelated tail, and the relations given. */
    static void estimates(List<Pair> pairs) {
        Map<String, List<double[]>> estimated = new TreeMap<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        List<double[]> unrelatedShort = new ArrayList<>(); // {C, agreeing slots, |x|, |y|}
        Map<String, Fingerprint> cache = new IdentityHashMap<>();
        for (Pair p : pairs) {
            Fingerprint x = cache.computeIfAbsent(p.x(), Fingerprint::of);
            Fingerprint y = cache.computeIfAbsent(p.y(), Fingerprint::of);
            outcomes.merge(String.format(Locale.ROOT, "%-46s -> %s", p.label(), NearDuplicates.relate(x, y)), 1, Integer::sum);
            if (x.isEmpty() || y.isEmpty()) {
                continue;
            }
            double slots = x.jaccard(y) * Fingerprint.HASHES;
            estimated.computeIfAbsent(p.label(), l -> new ArrayList<>()).add(new double[] {
                x.jaccard(y), x.containmentIn(y), slots, (double) x.shingleCount() / y.shingleCount()});
            boolean unrelated = p.label().contains("unrelated") || p.label().contains("another");
            if (unrelated && x.shingleCount() <= NearDuplicates.MAX_SUMMARY_LENGTH_RATIO * y.shingleCount()) {
                unrelatedShort.add(new double[] {x.containmentIn(y), slots, x.shingleCount(), y.shingleCount()});
            }
        }
        unrelatedShort.sort((a, b) -> Double.compare(b[0], a[0]));
        System.out.printf("%nUnrelated pairs with x <= %.1f |y|: %d; highest estimated C(x in y):%n",
                NearDuplicates.MAX_SUMMARY_LENGTH_RATIO, unrelatedShort.size());
        unrelatedShort.stream().limit(12).forEach(u -> System.out.printf(Locale.ROOT,
                "  C %.3f  slots %2.0f  |x| %5.0f  |y| %6.0f%n", u[0], u[1], u[2], u[3]));
        double[] bounds = {0, 0.1, 0.2, 0.4, 0.61};
        for (int b = 0; b + 1 < bounds.length; b++) {
            double lo = bounds[b];
            double hi = bounds[b + 1];
            double[] c = unrelatedShort.stream().filter(u -> u[2] / u[3] >= lo && u[2] / u[3] < hi)
                    .mapToDouble(u -> u[0]).toArray();
            System.out.printf(Locale.ROOT, "  length ratio %.1f..%.1f: %6d pairs, max C %.3f%n", lo, hi, c.length,
                    Arrays.stream(c).max().orElse(0));
        }
        for (double t = 0.40; t < 0.86; t += 0.05) {
            double threshold = t;
            System.out.printf(Locale.ROOT, "  C >= %.2f: %d unrelated; recognised:", t,
                    unrelatedShort.stream().filter(u -> u[0] >= threshold).count());
            estimated.forEach((label, values) -> {
                if (label.startsWith("summary") && label.endsWith("in its overview")) {
                    System.out.printf(Locale.ROOT, " %s %d%%,", label.replace(", in its overview", ""),
                            100 * values.stream().filter(v -> v[1] >= threshold).count() / values.size());
                }
            });
            System.out.println();
        }
        print("MinHash estimates, " + Fingerprint.HASHES + " slots, " + Fingerprint.SHINGLE_WORDS + "-word shingles", estimated);
        outcomes.forEach((o, n) -> System.out.printf("  %s %d%n", o, n));
    }

    static void print(String title, Map<String, List<double[]>> stats) {
        System.out.printf("%n%s: n, then min / 1%% / median / 99%% / max%n", title);
        stats.forEach((label, values) -> System.out.printf("  %-46s %7d  J %s   C(x in y) %s%s%n",
                label, values.size(), summary(values, 0), summary(values, 1),
                values.get(0).length > 2 ? "   slots " + summary(values, 2) + "   |x|/|y| " + summary(values, 3) : ""));
    }

    static String summary(List<double[]> values, int i) {
        double[] v = values.stream().mapToDouble(a -> a[i]).sorted().toArray();
        return String.format(Locale.ROOT, "%.3f %.3f %.3f %.3f %.3f", v[0], v[(int) (0.01 * (v.length - 1))],
                v[v.length / 2], v[(int) Math.ceil(0.99 * (v.length - 1))], v[v.length - 1]);
    }

    static long[] shingles(String text, int k) {
        List<String> w = new ArrayList<>();
        for (String s : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            if (!s.isEmpty()) {
                w.add(s);
            }
        }
        Set<Long> set = new HashSet<>();
        for (int i = 0; i + k <= w.size(); i++) {
            long h = 0xcbf29ce484222325L;
            for (char ch : String.join(" ", w.subList(i, i + k)).toCharArray()) {
                h = (h ^ ch) * 0x100000001b3L;
            }
            set.add(h);
        }
        return set.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    static int common(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }
}
