package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Themes whose prevalence changed between a baseline window of publication years and a recent one. */
@Schema(name = "EmergingTrend", description = "Per theme, the share of reviews with it in a recent window of"
        + " publication years against a baseline window, with a pooled two-proportion z-test (two-sided) and"
        + " Benjamini-Hochberg adjusted p-values (q) across the themes tested. Sorted by evidence of an increase:"
        + " largest z first.")
public record EmergingTrend(
        TrendScope scope,
        @Schema(description = "The recent window") Window recent,
        @Schema(description = "The baseline window") Window baseline,
        @Schema(description = "Significance level applied to the adjusted p-value", example = "0.05") double alpha,
        @Schema(description = "Multiple-comparison correction", example = "Benjamini-Hochberg (false discovery rate)")
        String correction,
        List<EmergingTheme> themes) {

    /** A window of publication years and the reviews in scope published in it (the denominator). */
    @Schema(name = "TrendWindow")
    public record Window(
            @Schema(example = "2021") int from,
            @Schema(example = "2023") int to,
            @Schema(description = "Reviews in scope published in the window", example = "96") long reviews) {
    }

    /** One theme's change. */
    @Schema(name = "EmergingTheme")
    public record EmergingTheme(
            @Schema(example = "criminal-exploitation") String theme,
            @Schema(example = "Criminal exploitation") String label,
            @Schema(description = "Reviews in the recent window with the theme", example = "21") long recentCount,
            @Schema(description = "recentCount / recent.reviews", example = "0.21875") double recentProportion,
            @Schema(description = "Reviews in the baseline window with the theme", example = "12") long baselineCount,
            @Schema(description = "baselineCount / baseline.reviews", example = "0.06") double baselineProportion,
            @Schema(description = "recentProportion - baselineProportion", example = "0.15875") double difference,
            @Schema(description = "recentProportion / baselineProportion; null when the baseline proportion is 0",
                    example = "3.6458", nullable = true) Double ratio,
            @Schema(description = "z statistic, positive for an increase", example = "3.9") double z,
            @Schema(description = "Two-sided p-value of the z-test (3 significant digits)", example = "0.0000961")
            double pValue,
            @Schema(description = "Benjamini-Hochberg adjusted p-value", example = "0.00384") double qValue,
            @Schema(description = "qValue < alpha", example = "true") boolean significant,
            @Schema(description = "increase, decrease or none (none unless significant)", example = "increase")
            String direction) {
    }
}
