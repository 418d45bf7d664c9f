package org.casewise.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A review with its metadata and the documents it was published as. */
@Schema(name = "ReviewDetail")
public record ReviewDetail(
        @Schema(example = "12") long id,
        @Schema(example = "Serious Case Review: Child C") String title,
        BoardRef board,
        @Schema(example = "2016") Integer year,
        @Schema(example = "scr") String reviewType,
        @Schema(example = "public", enumeration = {"public", "restricted"}) String visibility,
        Instant createdAt,
        Instant updatedAt,
        List<DocumentSummary> documents) {
}
