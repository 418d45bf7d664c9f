package org.casewise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One reason a review was found similar or relevant: a shared circumstance, or similar wording. */
@Schema(name = "MatchReason")
public record MatchReason(
        @Schema(description = "theme, ageBand, outcome, agencies or text", example = "theme") String kind,
        @Schema(description = "The shared value (theme id, age band...; for agencies the shared agency ids, comma-separated); null for text", example = "physical-abuse")
        String value,
        @Schema(description = "The value's label", example = "Physical abuse") String label,
        @Schema(description = "The reason as a sentence", example = "Both are about physical abuse (harm)") String text) {
}
