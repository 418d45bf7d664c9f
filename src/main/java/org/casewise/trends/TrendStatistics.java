package org.casewise.trends;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.commons.math3.special.Erf;

/**
 * The statistics behind the trend endpoints, as plain functions over counts so they can be checked
 * against published values: Wilson score intervals for proportions, the pooled two-proportion
 * z-test, quantiles of an integer histogram, and the Benjamini-Hochberg adjustment.
 */
public final class TrendStatistics {

    /** The 97.5th percentile of the standard normal: a two-sided 95% interval. */
    public static final double Z_95 = 1.959963984540054;

    private TrendStatistics() {
    }

    /** A two-sided interval. */
    public record Interval(double lower, double upper) {
    }

    /**
     * Wilson score interval for k successes in n trials. Chosen over the Wald interval because it
     * stays inside [0, 1] and keeps its coverage for small n and proportions near 0 or 1, which is
     * what trend cells of a few reviews per year look like.
     */
    public static Interval wilson(long k, long n, double z) {
        if (n <= 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n and n > 0, got k=" + k + " n=" + n);
        }
        double p = (double) k / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        // Exact 0 and 1 at the ends (rounding would otherwise leave 1e-17 or 0.99999...).
        return new Interval(k == 0 ? 0 : Math.max(0, centre - half), k == n ? 1 : Math.min(1, centre + half));
    }

    /** The result of a two-proportion test: z (positive when the first proportion is larger) and its two-sided p. */
    public record ZTest(double z, double pValue) {
    }

    /**
     * Pooled two-proportion z-test of k1/n1 against k2/n2 (H0: equal proportions). Returns z = 0, p = 1
     * when the pooled proportion is 0 or 1 (no variation to test).
     */
    public static ZTest twoProportionZ(long k1, long n1, long k2, long n2) {
        if (n1 <= 0 || n2 <= 0 || k1 < 0 || k2 < 0 || k1 > n1 || k2 > n2) {
            throw new IllegalArgumentException("need 0 <= k <= n and n > 0 in both groups");
        }
        double pooled = (double) (k1 + k2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) {
            return new ZTest(0, 1);
        }
        double z = ((double) k1 / n1 - (double) k2 / n2) / se;
        return new ZTest(z, twoSidedP(z));
    }

    /** P(|Z| >= |z|) for a standard normal Z, via erfc (no cancellation in the far tail). */
    public static double twoSidedP(double z) {
        return Math.min(1, Erf.erfc(Math.abs(z) / Math.sqrt(2)));
    }

    /** The standard normal distribution function. */
    public static double normalCdf(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2));
    }

    /**
     * Benjamini-Hochberg adjusted p-values (q-values) in the input order: controls the false
     * discovery rate when one test is run per theme (about 40 at once).
     */
    public static double[] benjaminiHochberg(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] q = new double[m];
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            q[i] = Math.min(1, running);
        }
        return q;
    }

    /** Minimum, quartiles (type 7 interpolation), maximum and mean of a histogram of integer values. */
    public record Summary(long n, int min, double q1, double median, double q3, int max, double mean) {
    }

    /**
     * Summarises a histogram (value to count) exactly, without expanding it. Quartiles use linear
     * interpolation between order statistics (Hyndman and Fan type 7: R's default, Excel's
     * QUARTILE.INC, numpy's default), so analysts can reproduce them in a spreadsheet.
     */
    public static Summary summary(Map<Integer, Long> histogram) {
        NavigableMap<Integer, Long> sorted = new TreeMap<>();
        histogram.forEach((value, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("negative count for " + value);
            }
            if (count > 0) {
                sorted.merge(value, count, Long::sum);
            }
        });
        long n = sorted.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            throw new IllegalArgumentException("empty histogram");
        }
        List<Integer> values = new ArrayList<>(sorted.keySet());
        long[] cumulative = new long[values.size()];
        long running = 0;
        double sum = 0;
        for (int i = 0; i < values.size(); i++) {
            long c = sorted.get(values.get(i));
            running += c;
            cumulative[i] = running;
            sum += (double) values.get(i) * c;
        }
        return new Summary(n, values.get(0), quantile(values, cumulative, n, 0.25),
                quantile(values, cumulative, n, 0.5), quantile(values, cumulative, n, 0.75),
                values.get(values.size() - 1), sum / n);
    }

    private static double quantile(List<Integer> values, long[] cumulative, long n, double p) {
        double h = (n - 1) * p;
        long lowRank = (long) Math.floor(h);
        double low = orderStatistic(values, cumulative, lowRank);
        double high = orderStatistic(values, cumulative, Math.min(n - 1, lowRank + 1));
        return low + (h - lowRank) * (high - low);
    }

    /** The value at a 0-based rank of the expanded, sorted sample. */
    private static int orderStatistic(List<Integer> values, long[] cumulative, long rank) {
        for (int i = 0; i < cumulative.length; i++) {
            if (rank < cumulative[i]) {
                return values.get(i);
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond the sample");
    }

    /** Rounds for presentation (JSON and CSV show the same digits). */
    public static double round(double x, int decimals) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return java.math.BigDecimal.valueOf(x).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** Rounds to significant digits (p-values: 3e-9 must not become 0). */
    public static double roundSignificant(double x, int digits) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return new java.math.BigDecimal(x).round(new java.math.MathContext(digits)).doubleValue();
    }
}
