package org.casewise.trends;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.casewise.api.CooccurrenceTrend;
import org.casewise.api.ShareTrend;
import org.casewise.api.TimelinessTrend;
import org.casewise.api.TrendScope;
import org.casewise.index.EngineAdapter;
import org.casewise.index.EngineQueries;
import org.casewise.index.TrendAggregations;
import org.casewise.search.Facet;
import org.casewise.search.FacetLabels;
import org.casewise.search.ReviewFilter;
import org.casewise.search.Viewer;

/**
 * Trend statistics over the reviews a filter and a viewer allow. Every trend is one engine
 * request (size 0, aggregations; see {@link TrendAggregations}); the arithmetic is here and in
 * {@link TrendStatistics}. Because the engine applies the viewer's visibility in the query itself,
 * a restricted review is in no count an anonymous caller sees, numerators and denominators alike.
 */
@ApplicationScoped
public class TrendService {

    static final String INTERVAL = "Wilson score interval, 95%";

    @Inject
    EngineAdapter engine;

    @Inject
    FacetLabels labels;

    /** Share of reviews with each theme, per group. */
    public ShareTrend themes(ReviewFilter filter, Viewer viewer, Dimension by, List<String> themes) {
        return shares("theme", Facet.THEME, EngineQueries.THEME, filter, viewer, by, themes);
    }

    /** Share of reviews in which each agency was involved, per group. */
    public ShareTrend agencies(ReviewFilter filter, Viewer viewer, Dimension by, List<String> agencies) {
        return shares("agency", Facet.AGENCY, TrendAggregations.AGENCY, filter, viewer, by, agencies);
    }

    private ShareTrend shares(String measure, Facet valueFacet, String valueField, ReviewFilter filter, Viewer viewer,
                              Dimension by, List<String> values) {
        TrendAggregations.GroupedCounts counts = TrendAggregations.grouped(engine, filter, viewer,
                by.facet().map(Facet::field), valueField, values);
        List<String> groups = new ArrayList<>(counts.groups().keySet());
        groups.sort(by.groupOrder());
        List<ShareTrend.ShareCell> cells = new ArrayList<>();
        for (String group : groups) {
            long denominator = counts.groups().get(group);
            Map<String, Long> numerators = counts.values().getOrDefault(group, Map.of());
            String groupLabel = by.facet().map(f -> labels.label(f, group)).orElse("All reviews in scope");
            for (String value : values) {
                long numerator = numerators.getOrDefault(value, 0L);
                TrendStatistics.Interval ci = TrendStatistics.wilson(numerator, denominator, TrendStatistics.Z_95);
                cells.add(new ShareTrend.ShareCell(group, groupLabel, value, labels.label(valueFacet, value), numerator,
                        denominator, round((double) numerator / denominator), round(ci.lower()), round(ci.upper())));
            }
        }
        return new ShareTrend(measure, by.param(), scope(counts.total(), viewer), counts.withoutGroup(), values,
                INTERVAL, cells);
    }

    /** Theme pairs in the same reviews, with lift; pairs involving at least one of {@code themes} (all when empty). */
    public CooccurrenceTrend cooccurrence(ReviewFilter filter, Viewer viewer, List<String> themes, int minCount,
                                          int limit, PairOrder order) {
        TrendAggregations.PairCounts counts = TrendAggregations.pairs(engine, filter, viewer);
        long n = counts.total();
        List<CooccurrenceTrend.ThemePair> pairs = new ArrayList<>();
        counts.pairs().forEach((a, partners) -> partners.forEach((b, both) -> {
            // Each unordered pair once; a theme with itself is its own count, not a pair.
            if (a.compareTo(b) >= 0 || both < minCount) {
                return;
            }
            if (!themes.isEmpty() && !themes.contains(a) && !themes.contains(b)) {
                return;
            }
            long countA = counts.singles().get(a);
            long countB = counts.singles().getOrDefault(b, 0L);
            double expected = (double) countA * countB / n;
            pairs.add(new CooccurrenceTrend.ThemePair(a, labels.label(Facet.THEME, a), b, labels.label(Facet.THEME, b),
                    both, countA, countB, TrendStatistics.round(expected, 4), TrendStatistics.round(both / expected, 4)));
        }));
        Comparator<CooccurrenceTrend.ThemePair> byCount = Comparator.comparingLong(CooccurrenceTrend.ThemePair::count)
                .reversed().thenComparing(Comparator.comparingDouble(CooccurrenceTrend.ThemePair::lift).reversed());
        Comparator<CooccurrenceTrend.ThemePair> byLift = Comparator.comparingDouble(CooccurrenceTrend.ThemePair::lift)
                .reversed().thenComparing(Comparator.comparingLong(CooccurrenceTrend.ThemePair::count).reversed());
        pairs.sort((order == PairOrder.LIFT ? byLift : byCount)
                .thenComparing(CooccurrenceTrend.ThemePair::themeA).thenComparing(CooccurrenceTrend.ThemePair::themeB));
        return new CooccurrenceTrend(scope(n, viewer), minCount, order.param(), pairs.size(),
                List.copyOf(pairs.subList(0, Math.min(limit, pairs.size()))));
    }

    /** How co-occurring pairs are ordered. */
    public enum PairOrder {
        COUNT, LIFT;

        public String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Incident-to-publication delay per publication year, from exact year x incident-year counts. */
    public TimelinessTrend timeliness(ReviewFilter filter, Viewer viewer) {
        TrendAggregations.YearPairs counts = TrendAggregations.publicationByIncidentYear(engine, filter, viewer);
        Map<Integer, Long> all = new java.util.TreeMap<>();
        List<TimelinessTrend.Row> rows = new ArrayList<>();
        long inconsistent = 0;
        for (var year : new java.util.TreeMap<>(counts.counts()).entrySet()) {
            Map<Integer, Long> delays = new java.util.TreeMap<>();
            for (var incident : year.getValue().entrySet()) {
                int delay = year.getKey() - incident.getKey();
                if (delay < 0) {
                    inconsistent += incident.getValue();
                    continue;
                }
                delays.merge(delay, incident.getValue(), Long::sum);
                all.merge(delay, incident.getValue(), Long::sum);
            }
            if (!delays.isEmpty()) {
                rows.add(row(year.getKey(), TrendStatistics.summary(delays)));
            }
        }
        return new TimelinessTrend(scope(counts.total(), viewer), counts.total() - counts.bothKnown(), inconsistent,
                "type 7 (linear interpolation between order statistics)",
                all.isEmpty() ? null : row(null, TrendStatistics.summary(all)), rows);
    }

    private static TimelinessTrend.Row row(Integer year, TrendStatistics.Summary s) {
        return new TimelinessTrend.Row(year, s.n(), s.min(), s.q1(), s.median(), s.q3(), s.max(),
                TrendStatistics.round(s.mean(), 2));
    }

    static TrendScope scope(long reviews, Viewer viewer) {
        return new TrendScope(reviews, viewer.entitledToRestricted() ? "public-and-restricted" : "public");
    }

    static double round(double x) {
        return TrendStatistics.round(x, 6);
    }

    /** The themes a trend reports when the caller names none: the whole taxonomy, in its order. */
    public List<String> allThemes() {
        return labels.taxonomy().all().stream().map(org.casewise.analyse.Taxonomy.Theme::id).toList();
    }
}
