package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of matching recommendations and learning points. */
@Schema(name = "RecommendationPage")
public record RecommendationPage(
        @Schema(description = "Matching records (recommendations, learning points, findings)", example = "57") long total,
        @Schema(description = "Reviews the matching records come from", example = "21") long reviews,
        @Schema(example = "1") int page,
        @Schema(example = "20") int size,
        List<RecommendationHit> hits,
        @Schema(description = "Matching records per addressee") List<Facets.FacetValue> addressedTo,
        @Schema(description = "Matching records per kind") List<Facets.FacetValue> kind) {
}
