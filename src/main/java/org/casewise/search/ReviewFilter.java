package org.casewise.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casewise.search.query.QueryNode;

/**
 * What a search, a trend, a recommendation search or a saved alert is restricted to: the parsed
 * free text and the facet selections (OR within a facet, AND across facets) and a publication
 * year range. Visibility is not here: it depends on the viewer and is always applied.
 */
public record ReviewFilter(Optional<QueryNode> text, Map<Facet, List<String>> selections,
                           Optional<Integer> yearFrom, Optional<Integer> yearTo) {

    public static final ReviewFilter ALL = new ReviewFilter(Optional.empty(), Map.of(), Optional.empty(),
            Optional.empty());

    public ReviewFilter {
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        selections.forEach((facet, values) -> {
            if (values != null && !values.isEmpty()) {
                copy.put(facet, List.copyOf(values));
            }
        });
        selections = Collections.unmodifiableMap(copy);
    }

    public List<String> selected(Facet facet) {
        return selections.getOrDefault(facet, List.of());
    }

    public boolean hasYearRange() {
        return yearFrom.isPresent() || yearTo.isPresent();
    }

    /** The same filter with one more facet selection (replacing that facet's values). */
    public ReviewFilter with(Facet facet, List<String> values) {
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(selections);
        copy.put(facet, values);
        return new ReviewFilter(text, copy, yearFrom, yearTo);
    }

    /** The same filter with another publication year range. */
    public ReviewFilter withYears(Optional<Integer> from, Optional<Integer> to) {
        return new ReviewFilter(text, selections, from, to);
    }
}
