package org.casewise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The review a learning point or recommendation comes from, so every point can be cited. */
@Schema(name = "CitedReview")
public record CitedReview(
        @Schema(example = "12") long id,
        @Schema(example = "Serious Case Review: Child C") String title,
        BoardRef board,
        @Schema(example = "2016") Integer year,
        @Schema(example = "/api/v1/reviews/12") String href) {
}
