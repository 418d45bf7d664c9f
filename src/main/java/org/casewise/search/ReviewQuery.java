package org.casewise.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A validated search request. Bounds are checked where the request is parsed (the web layer),
 * so everything here is within range.
 *
 * @param page        1-based; ignored when {@code searchAfter} is present
 * @param searchAfter the sort values of the previous page's last hit (from a cursor)
 */
public record ReviewQuery(ReviewFilter filter, int page, int size, Optional<JsonNode> searchAfter,
                          Sort sort, int snippets, int snippetLength) {

    /** Result order. RELEVANCE without a text query falls back to NEWEST. */
    public enum Sort {
        RELEVANCE, NEWEST, OLDEST, TITLE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Sort effectiveSort() {
        return sort == Sort.RELEVANCE && filter.text().isEmpty() ? Sort.NEWEST : sort;
    }
}
