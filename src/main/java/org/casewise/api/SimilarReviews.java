package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Earlier reviews like a given one. */
@Schema(name = "SimilarReviews")
public record SimilarReviews(
        @Schema(description = "The review the others are compared with") CitedReview source,
        @Schema(description = "The source review's themes", example = "[\"physical-abuse\",\"infants\"]")
        List<String> sourceThemes,
        @Schema(description = "How many visible reviews share anything with it (under the filters)", example = "23")
        long total,
        List<SimilarReview> hits) {
}
