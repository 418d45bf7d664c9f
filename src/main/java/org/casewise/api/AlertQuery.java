package org.casewise.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A saved search's filter, with the names and rules of GET /api/v1/reviews' parameters. Lists take
 * one string or an array; OR within a list, AND across them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AlertQuery", description = "The filter of a saved search: the GET /api/v1/reviews parameters as JSON")
public record AlertQuery(
        @Schema(description = "Search words, same syntax as q (at most 500 characters)",
                example = "\"unsafe sleep\" AND alcohol") String q,
        @Schema(description = "Theme ids", example = "[\"neglect\"]") List<String> theme,
        @Schema(description = "Board ids", example = "[\"kent\"]") List<String> board,
        @Schema(description = "Nations", example = "[\"england\"]") List<String> nation,
        @Schema(description = "English regions", example = "[\"south-east\"]") List<String> region,
        @Schema(description = "Review type ids", example = "[\"scr\"]") List<String> reviewType,
        @Schema(description = "death, serious-harm or other", example = "[\"death\"]") List<String> outcome,
        @Schema(description = "Age bands", example = "[\"under-1\"]") List<String> ageBand,
        @Schema(description = "Agency ids", example = "[\"health-visiting\"]") List<String> agency,
        @Schema(description = "Methodology ids", example = "[\"scie-systems\"]") List<String> methodology,
        @Schema(description = "Publication years", example = "[\"2024\"]") List<String> year,
        @Schema(description = "Earliest publication year", example = "2020") String yearFrom,
        @Schema(description = "Latest publication year", example = "2026") String yearTo) {
}
