package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Counts of matching reviews per value. Multi-select (drill-sideways): each facet is counted under
 * the query and every other facet's selection, but not its own, so the counts say what choosing
 * one more value of that facet would add.
 */
@Schema(name = "Facets", description = "Per facet, the values with the number of matching reviews. Each facet is"
        + " counted with the selections of all other facets applied and its own left out (drill-sideways), so"
        + " selected values keep showing their alternatives.")
public record Facets(List<FacetValue> theme, List<FacetValue> board, List<FacetValue> nation,
                     List<FacetValue> region, List<FacetValue> reviewType, List<FacetValue> outcome,
                     List<FacetValue> ageBand, List<FacetValue> agency, List<FacetValue> methodology,
                     List<FacetValue> year) {

    /** One facet value. */
    @Schema(name = "FacetValue")
    public record FacetValue(
            @Schema(description = "Value to pass back as a filter", example = "kent") String value,
            @Schema(description = "Human-readable label", example = "Kent Safeguarding Children Multi-Agency Partnership")
            String label,
            @Schema(example = "3") long count,
            @Schema(description = "Whether this value is selected in the request") boolean selected) {
    }
}
