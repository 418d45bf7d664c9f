package org.casewise.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What Casewise read out of one report: the shape {@code ./casewise analyse --json} prints (one per
 * file), the per-document analysis the service stores, and the analysis part of a review. Null
 * means the report does not say; the engine never guesses.
 *
 * @param file            the file name (or path, for the command line)
 * @param themes          only the themes the engine asserts, best first
 * @param recommendations numbered or bulleted recommendations, in report order
 * @param learning        learning points and findings, in report order
 * @param error           why the file could not be analysed; absent when it was
 */
@Schema(name = "ReportAnalysis")
@JsonPropertyOrder({"file", "metadata", "themes", "recommendations", "learning", "sections", "error"})
public record ReportAnalysisView(
        @Schema(example = "child-b-lcspr.pdf") String file,
        Metadata metadata,
        List<Theme> themes,
        List<Recommendation> recommendations,
        List<Learning> learning,
        List<Section> sections,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "encrypted or password-protected document") String error) {

    /** A file that could not be read: every part empty, the reason given. */
    public static ReportAnalysisView failed(String file, String error) {
        return new ReportAnalysisView(file, null, List.of(), List.of(), List.of(), List.of(), error);
    }

    @Schema(name = "ReportMetadata")
    @JsonPropertyOrder({"title", "board", "boardName", "nation", "region", "reviewType", "methodology",
        "publicationYear", "incidentYear", "children", "outcome", "agencies", "authors", "status"})
    public record Metadata(
            @Schema(example = "Local Child Safeguarding Practice Review: Child B") String title,
            @Schema(description = "board registry id", example = "hertfordshire") String board,
            @Schema(example = "Hertfordshire Safeguarding Children Partnership") String boardName,
            @Schema(example = "england") String nation,
            @Schema(example = "east") String region,
            @Schema(example = "lcspr") String reviewType,
            @Schema(example = "rapid-review") String methodology,
            @Schema(example = "2019") Integer publicationYear,
            @Schema(example = "2017") Integer incidentYear,
            List<Child> children,
            @Schema(enumeration = {"death", "serious-harm", "other"}) String outcome,
            @Schema(example = "[\"police\", \"health-visiting\"]") List<String> agencies,
            List<String> authors,
            @Schema(enumeration = {"final", "draft", "confidential"}) String status) {
    }

    @Schema(name = "ReviewedChild")
    public record Child(
            @Schema(example = "Child B") String pseudonym,
            @Schema(example = "0.06") Double ageYears,
            @Schema(example = "under-1") String ageBand,
            @Schema(enumeration = {"female", "male"}) String sex) {
    }

    @Schema(name = "ThemeFinding")
    @JsonPropertyOrder({"id", "label", "score", "evidence"})
    public record Theme(
            @Schema(example = "domestic-abuse") String id,
            @Schema(example = "Domestic abuse") String label,
            @Schema(example = "0.93") double score,
            List<Evidence> evidence) {
    }

    @Schema(name = "ThemeEvidence")
    @JsonPropertyOrder({"text", "section", "score"})
    public record Evidence(
            @Schema(example = "Police attended an argument at the flat; Mother had a cut lip.") String text,
            @Schema(example = "chronology") String section,
            @Schema(example = "0.88") Double score) {
    }

    @Schema(name = "Recommendation")
    @JsonPropertyOrder({"number", "text", "addressedTo", "section"})
    public record Recommendation(
            @Schema(example = "3") String number,
            @Schema(example = "The partnership should seek assurance that...") String text,
            @Schema(example = "board") String addressedTo,
            @Schema(example = "recommendations") String section) {
    }

    @Schema(name = "LearningPoint")
    @JsonPropertyOrder({"kind", "number", "text", "section"})
    public record Learning(
            @Schema(enumeration = {"learning", "finding"}) String kind,
            @Schema(example = "Finding 2") String number,
            String text,
            @Schema(example = "findings") String section) {
    }

    @Schema(name = "ReportSection")
    @JsonPropertyOrder({"name", "heading", "start", "end"})
    public record Section(
            @Schema(example = "recommendations") String name,
            @Schema(example = "7. Recommendations") String heading,
            int start,
            int end) {
    }
}
