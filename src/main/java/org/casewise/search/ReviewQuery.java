package org.casewise.search;

import java.util.List;
import java.util.Optional;

/**
 * A validated search request. Bounds are checked where the request is parsed (the web layer),
 * so everything here is within range.
 *
 * @param page 1-based
 */
public record ReviewQuery(Optional<String> text, List<String> boards, List<String> reviewTypes,
                          Optional<Integer> yearFrom, Optional<Integer> yearTo, int page, int size,
                          Sort sort, int snippets, int snippetLength) {

    /** Result order. RELEVANCE without a text query falls back to NEWEST. */
    public enum Sort {
        RELEVANCE, NEWEST, OLDEST, TITLE
    }
}
