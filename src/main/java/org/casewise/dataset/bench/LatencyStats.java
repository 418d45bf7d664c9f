package org.casewise.dataset.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Latency figures of one measured pass: percentiles by the nearest-rank method (the p-th
 * percentile is the smallest sample with at least p% of the samples at or below it, so p99 of
 * 400 samples is the 396th smallest, a latency some request really had), and throughput over the
 * pass's wall time.
 *
 * @param count   samples (successful requests)
 * @param errors  requests that failed or answered other than 200, left out of the latencies
 * @param wallMs  wall time of the whole pass
 */
public record LatencyStats(int count, int errors, double p50, double p90, double p99, double max, double mean,
                           double wallMs) {

    /** @param latenciesMs one latency per successful request, in milliseconds, any order */
    public static LatencyStats of(double[] latenciesMs, int errors, double wallMs) {
        if (latenciesMs.length == 0) {
            return new LatencyStats(0, errors, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, wallMs);
        }
        double[] sorted = latenciesMs.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, errors, percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(Double.NaN),
                wallMs);
    }

    /** Nearest-rank percentile of sorted samples; p in (0, 100]. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }

    /** Successful requests per second over the pass. */
    public double throughput() {
        return wallMs <= 0 ? Double.NaN : count / (wallMs / 1000.0);
    }

    /** How much slower {@code service} is than {@code raw}, in percent of raw. */
    public static double overheadPercent(double service, double raw) {
        return (service - raw) / raw * 100.0;
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f", v);
    }
}
