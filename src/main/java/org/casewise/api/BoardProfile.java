package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A board's themes against the rest of the collection in a window, and learning it has not yet reflected. */
@Schema(name = "BoardProfile")
public record BoardProfile(
        BoardRef board,
        @Schema(description = "First publication year of the window", example = "2019") int yearFrom,
        @Schema(description = "Last publication year of the window", example = "2023") int yearTo,
        @Schema(description = "The board's visible reviews in the window (the board denominator)", example = "4")
        long reviews,
        @Schema(description = "Visible reviews of all other boards in the window (the national denominator)",
                example = "37") long reviewsElsewhere,
        @Schema(description = "Every theme present on either side, the board's most prevalent first")
        List<ThemePrevalence> themes,
        @Schema(description = "Themes prevalent in the board's reviews that none of its own recommendations address,"
                + " with learning from other boards' reviews on them")
        List<LearningGap> notYetReflected) {

    /** One theme's prevalence on the board and elsewhere. */
    @Schema(name = "ThemePrevalence")
    public record ThemePrevalence(
            @Schema(example = "neglect") String theme,
            @Schema(example = "Neglect") String label,
            @Schema(example = "harm") String layer,
            @Schema(description = "Board reviews with the theme", example = "3") long boardReviews,
            @Schema(description = "Share of the board's reviews, 0..1", example = "0.75") double boardShare,
            @Schema(description = "Other boards' reviews with the theme", example = "15") long elsewhereReviews,
            @Schema(description = "Share of other boards' reviews, 0..1", example = "0.405") double elsewhereShare,
            @Schema(description = "boardShare - elsewhereShare", example = "0.345") double difference,
            @Schema(description = "Two-sided p-value of Fisher's exact test on the 2x2 table", example = "0.29")
            double pValue,
            @Schema(description = "pValue < 0.05", example = "false") boolean significant,
            @Schema(description = "The board's own recommendations that use the theme's indicative terms", example = "1")
            long boardRecommendations) {
    }

    /** A theme the board's reviews raise but its recommendations do not, and what other boards learned. */
    @Schema(name = "LearningGap")
    public record LearningGap(
            @Schema(example = "parental-substance-misuse") String theme,
            @Schema(example = "Parental substance misuse") String label,
            @Schema(description = "Board reviews with the theme", example = "2") long boardReviews,
            @Schema(description = "Learning points and recommendations from other boards' reviews on the theme")
            List<LearningPointRef> nationalLearning) {
    }
}
