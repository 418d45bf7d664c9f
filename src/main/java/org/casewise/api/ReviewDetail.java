package org.casewise.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A review with its metadata, what the analysis read out of it (merged over the documents it was
 * published as: themes with evidence, recommendations, learning) and the documents themselves.
 */
@Schema(name = "ReviewDetail")
public record ReviewDetail(
        @Schema(example = "12") long id,
        @Schema(example = "Serious Case Review: Child C") String title,
        BoardRef board,
        @Schema(example = "2016") Integer year,
        @Schema(example = "scr") String reviewType,
        @Schema(example = "public", enumeration = {"public", "restricted"}) String visibility,
        @Schema(example = "scie-systems") String methodology,
        @Schema(example = "2014") Integer incidentYear,
        @Schema(enumeration = {"death", "serious-harm", "other"}) String outcome,
        @Schema(enumeration = {"final", "draft", "confidential"}) String status,
        @Schema(example = "Fiona Crawley") String authors,
        List<ReportAnalysisView.Child> children,
        @Schema(example = "[\"police\", \"health-visiting\"]") List<String> agencies,
        @Schema(description = "themes the analysis asserts, best first, each with its best evidence sentences")
        List<ReportAnalysisView.Theme> themes,
        List<ReportAnalysisView.Recommendation> recommendations,
        List<ReportAnalysisView.Learning> learning,
        @Schema(example = "r1+themes-1:3f2a9c") String analysisVersion,
        Instant createdAt,
        Instant updatedAt,
        List<DocumentSummary> documents) {
}
