package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of search results with facet counts. */
@Schema(name = "SearchPage", description = "One page of matching reviews, with facet counts over all matches")
public record SearchPage(
        @Schema(description = "Number of matching reviews", example = "42") long total,
        @Schema(description = "False when the total is a lower bound") boolean totalExact,
        @Schema(description = "Page number when paging by page; null when paging by cursor", example = "1") Integer page,
        @Schema(example = "20") int size,
        @Schema(example = "relevance") String sort,
        List<ReviewHit> hits,
        Facets facets,
        @Schema(description = "Pass as cursor to get the next page; stable however deep, and unaffected by"
                + " reviews added meanwhile ahead of it. Null on the last page.", example = "WzcuMzEsMTJd")
        String nextCursor,
        @Schema(description = "How far the index is behind the database; results may miss reviews while pending > 0")
        IndexLag index) {
}
