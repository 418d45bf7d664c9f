package org.casewise.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One stored file, its provenance and its pipeline status. */
@Schema(name = "Document")
public record DocumentSummary(
        @Schema(example = "31") long id,
        @Schema(example = "child-c-overview-report.pdf") String fileName,
        @Schema(example = "application/pdf") String contentType,
        @Schema(example = "183204") long sizeBytes,
        @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(example = "https://www.example-board.org.uk/reviews/child-c.pdf") String provenanceUrl,
        Instant fetchedAt,
        @Schema(example = "ANALYSED", enumeration = {"STORED", "ANALYSED", "NEEDS_OCR", "FAILED"}) String status,
        @Schema(description = "Why the pipeline could not read the file, when status is FAILED or NEEDS_OCR",
                example = "encrypted or password-protected document") String failureReason,
        @Schema(example = "14") Integer pageCount,
        @Schema(description = "The review this document belongs to", example = "12") Long reviewId,
        @Schema(description = "Download link for the original file", example = "/api/v1/documents/31/content")
        String contentHref,
        @Schema(description = "Every place these bytes were found (the same report published by two boards is one"
                + " document with two sightings)")
        java.util.List<SightingDto> sightings) {
}
