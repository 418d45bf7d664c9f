package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Time from incident to publication, in whole years, per publication year. */
@Schema(name = "TimelinessTrend", description = "Years from the incident to publication (publication year minus"
        + " incident year) among reviews in scope with both years known, per publication year and overall: count,"
        + " minimum, quartiles, maximum and mean. Quartiles interpolate between order statistics (type 7, as R's"
        + " quantile() and Excel's QUARTILE.INC). Computed exactly from counts, not sampled.")
public record TimelinessTrend(
        TrendScope scope,
        @Schema(description = "Reviews in scope without a publication year or an incident year", example = "40")
        long excluded,
        @Schema(description = "Reviews whose incident year is after their publication year (a data error), left out",
                example = "0") long inconsistent,
        @Schema(description = "How quartiles are computed", example = "type 7 (linear interpolation)") String quartiles,
        @Schema(description = "All publication years together; null when no review has both years", nullable = true)
        Row overall,
        @Schema(description = "One row per publication year, ascending") List<Row> years) {

    /** The delay distribution of one publication year (or all). */
    @Schema(name = "TimelinessRow")
    public record Row(
            @Schema(description = "Publication year; null in the overall row", example = "2019", nullable = true)
            Integer year,
            @Schema(description = "Reviews with both years known", example = "25") long reviews,
            @Schema(example = "0") int min,
            @Schema(example = "1.0") double q1,
            @Schema(example = "2.0") double median,
            @Schema(example = "2.0") double q3,
            @Schema(example = "5") int max,
            @Schema(description = "Mean, 2 decimals", example = "1.84") double mean) {
    }
}
