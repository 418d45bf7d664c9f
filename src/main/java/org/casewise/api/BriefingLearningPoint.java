package org.casewise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A learning point, finding or recommendation of a review that a trainer can feature in a briefing. */
@Schema(name = "BriefingLearningPoint")
public record BriefingLearningPoint(
        @Schema(description = "Id to name in a briefing request's learningPoints", example = "311") long id,
        @Schema(example = "12") long reviewId,
        @Schema(enumeration = {"recommendation", "learning", "finding"}) String kind,
        @Schema(example = "Finding 2") String label,
        @Schema(example = "Professionals did not ask who else was living in the household.") String text,
        @Schema(description = "Agency id, 'board' or 'national' for recommendations", example = "board") String addressee) {
}
