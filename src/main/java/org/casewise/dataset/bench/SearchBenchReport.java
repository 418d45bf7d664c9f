package org.casewise.dataset.bench;

import java.util.List;
import java.util.Locale;

/** The search benchmark's results as Markdown: printed at the end and written to results.md. */
final class SearchBenchReport {

    static final double SEARCH_P99_TARGET_MS = 150;
    static final double TRENDS_P50_TARGET_MS = 100;
    static final double OVERHEAD_TARGET_PERCENT = 30;

    /** One concurrency level: the service's search endpoint and the same bodies sent to the engine. */
    record Pass(int concurrency, LatencyStats service, LatencyStats raw) {
    }

    /** One trend endpoint; {@code stats} is null when the service does not have it (404). */
    record Trend(String path, LatencyStats stats) {
    }

    private SearchBenchReport() {
    }

    static String markdown(String header, List<Pass> passes, List<Trend> trends) {
        StringBuilder sb = new StringBuilder(header).append('\n');
        sb.append("| search | clients | requests | p50 ms | p90 ms | p99 ms | max ms | mean ms | req/s | errors |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Pass p : passes) {
            row(sb, "service `GET /api/v1/reviews`", p.concurrency(), p.service());
            row(sb, "engine `POST /reviews-read/_search` (same body)", p.concurrency(), p.raw());
        }
        sb.append("\n| service over engine | clients | p50 | p99 |\n|---|---:|---:|---:|\n");
        for (Pass p : passes) {
            sb.append(String.format(Locale.ROOT, "| overhead | %d | %s | %s |%n", p.concurrency(),
                    percent(p.service().p50(), p.raw().p50()), percent(p.service().p99(), p.raw().p99())));
        }
        sb.append("\n| trends (1 client) | requests | p50 ms | p90 ms | p99 ms | max ms | errors |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Trend t : trends) {
            if (t.stats() == null) {
                sb.append("| `").append(t.path()).append("` | not available (404) | | | | | |\n");
            } else {
                LatencyStats s = t.stats();
                sb.append(String.format(Locale.ROOT, "| `%s` | %d | %s | %s | %s | %s | %d |%n", t.path(), s.count(),
                        LatencyStats.ms(s.p50()), LatencyStats.ms(s.p90()), LatencyStats.ms(s.p99()),
                        LatencyStats.ms(s.max()), s.errors()));
            }
        }
        sb.append('\n').append(verdicts(passes, trends));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String what, int clients, LatencyStats s) {
        sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %s | %.1f | %d |%n", what, clients,
                s.count(), LatencyStats.ms(s.p50()), LatencyStats.ms(s.p90()), LatencyStats.ms(s.p99()),
                LatencyStats.ms(s.max()), LatencyStats.ms(s.mean()), s.throughput(), s.errors()));
    }

    private static String percent(double service, double raw) {
        return Double.isNaN(service) || Double.isNaN(raw) ? "—"
                : String.format(Locale.ROOT, "%+.0f%%", LatencyStats.overheadPercent(service, raw));
    }

    /** The targets, each with the figure it is judged on. */
    static String verdicts(List<Pass> passes, List<Trend> trends) {
        StringBuilder sb = new StringBuilder("Targets (issue 6):\n");
        Pass top = passes.stream().filter(p -> p.concurrency() == 8).findFirst()
                .orElse(passes.get(passes.size() - 1));
        sb.append(String.format(Locale.ROOT, "- search p99 at %d clients under %.0f ms: %s (%s ms)%n", top.concurrency(),
                SEARCH_P99_TARGET_MS, met(top.service().p99() < SEARCH_P99_TARGET_MS), LatencyStats.ms(top.service().p99())));
        for (Trend t : trends) {
            if (t.stats() == null) {
                sb.append("- `").append(t.path()).append("` p50 under 100 ms: not measured (endpoint not available)\n");
            } else {
                sb.append(String.format(Locale.ROOT, "- `%s` p50 under %.0f ms: %s (%s ms)%n", t.path(),
                        TRENDS_P50_TARGET_MS, met(t.stats().p50() < TRENDS_P50_TARGET_MS), LatencyStats.ms(t.stats().p50())));
            }
        }
        for (Pass p : passes) {
            double overhead = LatencyStats.overheadPercent(p.service().p50(), p.raw().p50());
            sb.append(String.format(Locale.ROOT, "- service overhead over the engine at %d client(s), p50, under %.0f%%: %s (%s)%n",
                    p.concurrency(), OVERHEAD_TARGET_PERCENT, met(overhead < OVERHEAD_TARGET_PERCENT),
                    percent(p.service().p50(), p.raw().p50())));
        }
        return sb.toString();
    }

    private static String met(boolean ok) {
        return ok ? "**met**" : "**missed**";
    }
}
