package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of search results with facet counts. */
@Schema(name = "SearchPage", description = "One page of matching reviews, with facet counts over all matches")
public record SearchPage(
        @Schema(description = "Number of matching reviews", example = "42") long total,
        @Schema(description = "False when the total is a lower bound (over 10,000 matches)") boolean totalExact,
        @Schema(example = "1") int page,
        @Schema(example = "20") int size,
        List<ReviewHit> hits,
        Facets facets,
        @Schema(description = "How far the index is behind the database; results may miss reviews while pending > 0")
        IndexLag index) {
}
