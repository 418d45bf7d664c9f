package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Pairs of themes found in the same review. */
@Schema(name = "CooccurrenceTrend", description = "Pairs of themes that appear in the same reviews, with how often"
        + " each appears, and lift = P(a and b) / (P(a) P(b)) over the reviews in scope: above 1 the pair occurs more"
        + " often than if the themes were independent.")
public record CooccurrenceTrend(
        TrendScope scope,
        @Schema(description = "Pairs with fewer reviews than this were left out", example = "3") int minCount,
        @Schema(description = "Order of the pairs: count (reviews with both, then lift) or lift (then count)",
                example = "count") String sort,
        @Schema(description = "Pairs meeting minCount before the limit was applied", example = "212") long pairsFound,
        @Schema(description = "At most 'limit' pairs, each pair once (themeA < themeB alphabetically)")
        List<ThemePair> pairs) {

    /** One pair of themes. */
    @Schema(name = "ThemePair")
    public record ThemePair(
            @Schema(example = "domestic-abuse") String themeA,
            @Schema(example = "Domestic abuse") String labelA,
            @Schema(example = "parental-substance-misuse") String themeB,
            @Schema(example = "Parental substance misuse") String labelB,
            @Schema(description = "Reviews in scope with both themes", example = "48") long count,
            @Schema(description = "Reviews in scope with themeA", example = "120") long countA,
            @Schema(description = "Reviews in scope with themeB", example = "90") long countB,
            @Schema(description = "Reviews with both expected if the themes were independent: countA * countB / reviews",
                    example = "26.21") double expected,
            @Schema(description = "count / expected, 4 decimals", example = "1.8313") double lift) {
    }
}
