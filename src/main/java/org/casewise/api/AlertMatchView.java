package org.casewise.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A review an alert matched. */
@Schema(name = "AlertMatch")
public record AlertMatchView(
        @Schema(example = "131") long reviewId,
        @Schema(example = "Serious Case Review: Child W") String title,
        BoardRef board,
        @Schema(example = "2026") Integer year,
        @Schema(example = "scr") String reviewType,
        @Schema(description = "Theme ids", example = "[\"neglect\",\"unsafe-sleep\"]") List<String> themes,
        @Schema(description = "When the alert matched the review", example = "2026-11-24T09:41:12Z") Instant matchedAt,
        @Schema(example = "/api/v1/reviews/131") String href) {
}
