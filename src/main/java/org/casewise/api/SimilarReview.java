package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A review found similar or relevant, why, and what it learned. */
@Schema(name = "SimilarReview")
public record SimilarReview(
        ReviewHit review,
        @Schema(description = "Why it matched, strongest first; never empty") List<MatchReason> reasons,
        @Schema(description = "A few of its learning points and recommendations, those on the shared themes first")
        List<LearningPointRef> learning) {
}
