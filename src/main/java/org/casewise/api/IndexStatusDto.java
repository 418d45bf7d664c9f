package org.casewise.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The state of the search index against the database. */
@Schema(name = "IndexStatus")
public record IndexStatusDto(
        @Schema(description = "The search engine answers") boolean engineReachable,
        @Schema(example = "green") String engineStatus,
        @Schema(description = "Reviews in the database", example = "14") long reviews,
        @Schema(description = "Reviews saved but not yet confirmed by the index", example = "0") long pending,
        Instant lastReconciledAt,
        @Schema(description = "Last indexing problem, if any") String lastError) {
}
