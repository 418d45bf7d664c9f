package org.casewise.trends;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casewise.api.EmergingTrend;
import org.casewise.index.EngineAdapter;
import org.casewise.index.EngineQueries;
import org.casewise.index.TrendAggregations;
import org.casewise.search.Facet;
import org.casewise.search.FacetLabels;
import org.casewise.search.ReviewFilter;
import org.casewise.search.Viewer;

/**
 * Emerging themes: each theme's share of reviews in a recent window of publication years against a
 * baseline window, tested with the pooled two-proportion z-test. About 40 themes are tested at
 * once, so at alpha 0.05 two would look "significant" by chance alone; the flag therefore uses
 * Benjamini-Hochberg adjusted p-values (false discovery rate), the usual choice for screening many
 * categories. One engine request: reviews in scope counted per publication year and theme, summed
 * into the windows here.
 */
@ApplicationScoped
public class EmergingThemes {

    static final String CORRECTION = "Benjamini-Hochberg (false discovery rate) across themes seen in either window";

    @Inject
    EngineAdapter engine;

    @Inject
    FacetLabels labels;

    /**
     * The windows: {@code window} years ending at {@code recentTo} (default: the latest publication
     * year in scope), against {@code baselineFrom..baselineTo} (default: every earlier year in scope).
     */
    public record Windows(int window, Optional<Integer> recentTo, Optional<Integer> baselineFrom,
                          Optional<Integer> baselineTo, double alpha) {
    }

    public EmergingTrend emerging(ReviewFilter filter, Viewer viewer, List<String> themes, Windows w) {
        TrendAggregations.GroupedCounts counts = TrendAggregations.grouped(engine, filter, viewer,
                Optional.of(EngineQueries.YEAR), EngineQueries.THEME, themes);
        List<Integer> years = counts.groups().keySet().stream().map(Integer::parseInt).sorted().toList();
        if (years.isEmpty() && w.recentTo().isEmpty()) {
            return new EmergingTrend(TrendService.scope(counts.total(), viewer), null, null, w.alpha(), CORRECTION,
                    List.of());
        }
        int recentTo = w.recentTo().orElse(years.get(years.size() - 1));
        int recentFrom = recentTo - w.window() + 1;
        int baselineTo = w.baselineTo().orElse(recentFrom - 1);
        if (baselineTo >= recentFrom) {
            throw new TrendParameterException("baselineTo", "baselineTo (" + baselineTo + ") must be before the recent"
                    + " window " + recentFrom + "-" + recentTo + "; the windows must not overlap");
        }
        int earliest = years.isEmpty() ? baselineTo : years.get(0);
        int baselineFrom = w.baselineFrom().orElse(Math.min(earliest, baselineTo));
        if (baselineFrom > baselineTo) {
            throw new TrendParameterException("baselineFrom", "baselineFrom (" + baselineFrom + ") is after baselineTo ("
                    + baselineTo + ")");
        }
        Window recent = window(counts, recentFrom, recentTo);
        Window baseline = window(counts, baselineFrom, baselineTo);
        EmergingTrend.Window recentView = new EmergingTrend.Window(recentFrom, recentTo, recent.reviews());
        EmergingTrend.Window baselineView = new EmergingTrend.Window(baselineFrom, baselineTo, baseline.reviews());
        if (recent.reviews() == 0 || baseline.reviews() == 0) {
            // Nothing to compare: a proportion needs a denominator in both windows.
            return new EmergingTrend(TrendService.scope(counts.total(), viewer), recentView, baselineView, w.alpha(),
                    CORRECTION, List.of());
        }
        List<String> tested = themes.stream()
                .filter(t -> recent.count(t) + baseline.count(t) > 0).toList();
        double[] p = new double[tested.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = TrendStatistics.twoProportionZ(recent.count(tested.get(i)), recent.reviews(),
                    baseline.count(tested.get(i)), baseline.reviews()).pValue();
        }
        double[] q = TrendStatistics.benjaminiHochberg(p);
        List<EmergingTrend.EmergingTheme> out = new ArrayList<>();
        for (String theme : themes) {
            int i = tested.indexOf(theme);
            long k1 = recent.count(theme);
            long k2 = baseline.count(theme);
            double p1 = (double) k1 / recent.reviews();
            double p2 = (double) k2 / baseline.reviews();
            TrendStatistics.ZTest test = TrendStatistics.twoProportionZ(k1, recent.reviews(), k2, baseline.reviews());
            double qValue = i < 0 ? 1 : q[i];
            boolean significant = qValue < w.alpha();
            String direction = !significant ? "none" : test.z() > 0 ? "increase" : "decrease";
            out.add(new EmergingTrend.EmergingTheme(theme, labels.label(Facet.THEME, theme), k1, TrendService.round(p1),
                    k2, TrendService.round(p2), TrendService.round(p1 - p2), p2 == 0 ? null : TrendStatistics.round(p1 / p2, 4),
                    TrendStatistics.round(test.z(), 4), TrendStatistics.roundSignificant(test.pValue(), 3),
                    TrendStatistics.roundSignificant(qValue, 3), significant, direction));
        }
        out.sort(Comparator.comparingDouble(EmergingTrend.EmergingTheme::z).reversed()
                .thenComparing(EmergingTrend.EmergingTheme::theme));
        return new EmergingTrend(TrendService.scope(counts.total(), viewer), recentView, baselineView, w.alpha(),
                CORRECTION, out);
    }

    /** Reviews published in a window and, per theme, those with the theme. */
    private record Window(long reviews, Map<String, Long> counts) {
        long count(String theme) {
            return counts.getOrDefault(theme, 0L);
        }
    }

    private static Window window(TrendAggregations.GroupedCounts counts, int from, int to) {
        long reviews = 0;
        Map<String, Long> themeCounts = new java.util.HashMap<>();
        for (var group : counts.groups().entrySet()) {
            int year = Integer.parseInt(group.getKey());
            if (year >= from && year <= to) {
                reviews += group.getValue();
                counts.values().getOrDefault(group.getKey(), Map.of()).forEach((t, n) -> themeCounts.merge(t, n, Long::sum));
            }
        }
        return new Window(reviews, themeCounts);
    }
}
