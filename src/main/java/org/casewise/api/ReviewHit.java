package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A matching review as listed in search results. */
@Schema(name = "ReviewHit")
public record ReviewHit(
        @Schema(example = "12") long id,
        @Schema(example = "Serious Case Review: Child C") String title,
        BoardRef board,
        @Schema(example = "2016") Integer year,
        @Schema(example = "scr", description = "PRIMER §5 review type id") String reviewType,
        @Schema(example = "death", description = "death, serious-harm or other; null when not stated") String outcome,
        @Schema(description = "Theme ids the analysis asserts for the review", example = "[\"neglect\",\"infants\"]")
        List<String> themes,
        @Schema(description = "Age bands of the children", example = "[\"under-1\"]") List<String> ageBands,
        @Schema(description = "Relevance score (only meaningful within one result list)", example = "7.31")
        Double score,
        @Schema(description = "Passages that match the query. The text is HTML-escaped; the only markup is"
                + " <mark>...</mark> around matched words.",
                example = "[\"...the home was cluttered and there was evidence of <mark>neglect</mark>...\"]")
        List<String> snippets,
        @Schema(example = "/api/v1/reviews/12") String href) {
}
