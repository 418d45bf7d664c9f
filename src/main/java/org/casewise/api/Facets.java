package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts of matching reviews per value, under the current query and filters. */
@Schema(name = "Facets")
public record Facets(List<FacetValue> board, List<FacetValue> year, List<FacetValue> reviewType) {

    /** One facet value. */
    @Schema(name = "FacetValue")
    public record FacetValue(
            @Schema(description = "Value to pass back as a filter", example = "kent") String value,
            @Schema(description = "Human-readable label", example = "Kent Safeguarding Children Multi-Agency Partnership")
            String label,
            @Schema(example = "3") long count) {
    }
}
