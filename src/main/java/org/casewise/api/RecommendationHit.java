package org.casewise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recommendation, learning point or finding that matches, with the review it comes from. */
@Schema(name = "RecommendationHit")
public record RecommendationHit(
        @Schema(description = "Record id (cite it in a briefing's learningPoints)", example = "311") Long id,
        @Schema(description = "recommendation, learning or finding", example = "recommendation") String kind,
        @Schema(description = "The number as printed", example = "4") String label,
        @Schema(description = "The full text", example = "The Partnership should seek assurance that the bruising"
                + " protocol is used by all health practitioners.") String text,
        @Schema(description = "The text with matched words in <mark>...</mark>, HTML-escaped; null without q")
        String highlighted,
        @Schema(description = "Agency id, 'board' or 'national'; null when not stated", example = "health-visiting")
        String addressedTo,
        @Schema(example = "Health visiting") String addressedToLabel,
        @Schema(description = "Relevance score", example = "5.2") Double score,
        @Schema(description = "The review it comes from") ReviewRef review) {

    /** The review a record belongs to. */
    @Schema(name = "ReviewRef")
    public record ReviewRef(@Schema(example = "12") long id, @Schema(example = "Serious Case Review: Child C") String title,
                            BoardRef board, @Schema(example = "2016") Integer year,
                            @Schema(example = "/api/v1/reviews/12") String href) {
    }
}
