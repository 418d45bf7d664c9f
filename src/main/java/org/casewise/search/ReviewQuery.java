package org.casewise.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A validated search request. Bounds are checked where the request is parsed (the web layer),
 * so everything here is within range.
 *
 * @param page        1-based; ignored when {@code searchAfter} is present
 * @param searchAfter the sort values of the previous page's last hit (from a cursor)
 * @param facetSize   most values listed per facet (by count; selected values always listed)
 */
public record ReviewQuery(ReviewFilter filter, int page, int size, Optional<JsonNode> searchAfter,
                          Sort sort, int snippets, int snippetLength, int facetSize) {

    /** Values listed per facet by default: every vocabulary but the ~200 boards fits. */
    public static final int DEFAULT_FACET_SIZE = 40;
    public static final int MAX_FACET_SIZE = 300;

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
