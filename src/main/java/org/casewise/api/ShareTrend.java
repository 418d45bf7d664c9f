package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Prevalence of themes (or involvement of agencies) per group, each cell with its numerator, denominator and interval. */
@Schema(name = "ShareTrend", description = "The share of reviews in scope that have each theme (or involved each"
        + " agency), per group of the 'by' dimension. The denominator of a cell is the number of reviews in scope in"
        + " that group; reviews with no value for the dimension are not in any group and are counted in 'excluded'"
        + " (so the denominators of all groups plus excluded equal scope.reviews).")
public record ShareTrend(
        @Schema(description = "What is counted: theme or agency", example = "theme") String measure,
        @Schema(description = "The grouping dimension: year (publication year), nation, region or none", example = "year")
        String by,
        TrendScope scope,
        @Schema(description = "Reviews in scope with no value for the dimension (e.g. year unknown; for region, reviews"
                + " outside England), left out of every cell", example = "3") long excluded,
        @Schema(description = "The themes or agencies reported, in the order of the cells", example = "[\"neglect\"]")
        List<String> values,
        @Schema(description = "How the intervals are computed", example = "Wilson score interval, 95%") String interval,
        @Schema(description = "One cell per group and value, groups in order (years ascending), values in the order of"
                + " 'values'; cells with a numerator of 0 are included") List<ShareCell> cells) {

    /** One group x value cell. */
    @Schema(name = "ShareCell")
    public record ShareCell(
            @Schema(description = "Group key (a year, a nation or region id, or 'all' when by=none)", example = "2019")
            String group,
            @Schema(description = "Group label", example = "2019") String groupLabel,
            @Schema(description = "Theme or agency id", example = "neglect") String value,
            @Schema(description = "Theme or agency label", example = "Neglect") String valueLabel,
            @Schema(description = "Reviews in scope in this group with this theme (or agency)", example = "17")
            long numerator,
            @Schema(description = "Reviews in scope in this group", example = "31") long denominator,
            @Schema(description = "numerator / denominator, 6 decimals", example = "0.548387") double proportion,
            @Schema(description = "Lower end of the 95% Wilson interval", example = "0.377751") double ciLower,
            @Schema(description = "Upper end of the 95% Wilson interval", example = "0.708786") double ciUpper) {
    }
}
