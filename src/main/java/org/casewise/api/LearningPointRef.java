package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recommendation, learning point or finding of a review, with its citation and evidence. */
@Schema(name = "CitedLearningPoint")
public record LearningPointRef(
        @Schema(description = "recommendation, learning or finding", example = "recommendation") String kind,
        @Schema(description = "The number as printed", example = "3") String label,
        @Schema(example = "The partnership should assure itself that bruising in non-mobile babies is always referred"
                + " for a child protection medical.") String text,
        @Schema(description = "Agency id, 'board' or 'national' when the recommendation names one", example = "board")
        String addressee,
        @Schema(description = "The text with matched words in <mark>...</mark> (HTML-escaped); empty when it was"
                + " chosen by theme only", example = "[\"...<mark>bruising</mark> in non-mobile babies...\"]")
        List<String> highlights,
        @Schema(description = "Theme ids whose indicative terms the point uses", example = "[\"physical-abuse\"]")
        List<String> themes,
        @Schema(description = "Relevance score within this response", example = "4.2") Double score,
        CitedReview review,
        @Schema(description = "Sentences of the cited review that evidence the matched themes")
        List<ThemeEvidenceRef> evidence) {

    /** A sentence of a review that evidences one of its themes. */
    @Schema(name = "CitedThemeEvidence")
    public record ThemeEvidenceRef(
            @Schema(example = "physical-abuse") String theme,
            @Schema(example = "Physical abuse") String label,
            @Schema(example = "A bruise was seen on the baby's cheek at the six-week check.") String sentence) {
    }
}
