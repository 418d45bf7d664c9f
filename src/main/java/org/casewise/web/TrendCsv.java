package org.casewise.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.casewise.api.CooccurrenceTrend;
import org.casewise.api.EmergingTrend;
import org.casewise.api.ShareTrend;
import org.casewise.api.TimelinessTrend;

/**
 * The trends as CSV for spreadsheets: a header row, then one row per cell, with the same numbers as
 * the JSON (numbers printed as Java prints doubles, which is also how the JSON writes them). What
 * applies to the whole table (reviews in scope, excluded) is repeated in a column where a reader
 * needs it to judge a row, and sent in X-Casewise-* headers.
 */
final class TrendCsv {

    private TrendCsv() {
    }

    static String shares(ShareTrend t) {
        List<List<Object>> rows = new ArrayList<>();
        for (ShareTrend.ShareCell c : t.cells()) {
            rows.add(List.of(t.by(), c.group(), c.groupLabel(), c.value(), c.valueLabel(), c.numerator(), c.denominator(),
                    c.proportion(), c.ciLower(), c.ciUpper()));
        }
        return write(List.of("by", "group", "group_label", t.measure(), t.measure() + "_label", "numerator", "denominator",
                "proportion", "ci95_lower", "ci95_upper"), rows);
    }

    static String cooccurrence(CooccurrenceTrend t) {
        List<List<Object>> rows = new ArrayList<>();
        for (CooccurrenceTrend.ThemePair p : t.pairs()) {
            rows.add(List.of(p.themeA(), p.labelA(), p.themeB(), p.labelB(), p.count(), p.countA(), p.countB(),
                    t.scope().reviews(), p.expected(), p.lift()));
        }
        return write(List.of("theme_a", "label_a", "theme_b", "label_b", "count", "count_a", "count_b", "reviews",
                "expected", "lift"), rows);
    }

    static String emerging(EmergingTrend t) {
        List<List<Object>> rows = new ArrayList<>();
        // No themes when a window is empty or unknown (then recent and baseline may be null): header only.
        for (EmergingTrend.EmergingTheme e : t.themes()) {
            rows.add(List.of(e.theme(), e.label(), t.recent().from() + "-" + t.recent().to(), e.recentCount(),
                    t.recent().reviews(), e.recentProportion(), t.baseline().from() + "-" + t.baseline().to(),
                    e.baselineCount(), t.baseline().reviews(), e.baselineProportion(), e.difference(),
                    e.ratio() == null ? "" : e.ratio(), e.z(), e.pValue(), e.qValue(), e.significant(), e.direction()));
        }
        return write(List.of("theme", "label", "recent_window", "recent_count", "recent_reviews", "recent_proportion",
                "baseline_window", "baseline_count", "baseline_reviews", "baseline_proportion", "difference", "ratio",
                "z", "p_value", "q_value", "significant", "direction"), rows);
    }

    static String timeliness(TimelinessTrend t) {
        List<List<Object>> rows = new ArrayList<>();
        for (TimelinessTrend.Row r : t.years()) {
            rows.add(row(String.valueOf(r.year()), r));
        }
        if (t.overall() != null) {
            rows.add(row("all", t.overall()));
        }
        return write(List.of("publication_year", "reviews", "min", "q1", "median", "q3", "max", "mean"), rows);
    }

    private static List<Object> row(String year, TimelinessTrend.Row r) {
        return List.of(year, r.reviews(), r.min(), r.q1(), r.median(), r.q3(), r.max(), r.mean());
    }

    private static String write(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
