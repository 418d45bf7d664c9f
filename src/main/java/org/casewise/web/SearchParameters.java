package org.casewise.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import org.casewise.config.CasewiseConfig;
import org.casewise.search.Cursor;
import org.casewise.search.ReviewFilter;
import org.casewise.search.ReviewQuery;

/**
 * Parses and bounds the paging, sort and snippet parameters of {@code GET /api/v1/reviews} (the
 * filters are {@link FilterParameters}). Parameters arrive as
 * strings on purpose: JAX-RS would answer a non-numeric {@code page} with a bare 404, and users
 * deserve a 400 that names the parameter and says what is allowed.
 */
final class SearchParameters {

    static final int MAX_SNIPPETS = 5;
    static final int MIN_SNIPPET_LENGTH = 50;
    static final int MAX_SNIPPET_LENGTH = 500;

    private SearchParameters() {
    }

    static ReviewQuery parse(CasewiseConfig.Search limits, ReviewFilter filter, String page, String size,
                             String cursor, String sort, String snippets, String snippetLength, String facetSize) {
        int p = integer("page", page, 1, 1, Integer.MAX_VALUE);
        int s = integer("size", size, limits.defaultPageSize(), 1, limits.maxPageSize());
        ReviewQuery.Sort order = sort(sort);
        ReviewQuery.Sort effective = order == ReviewQuery.Sort.RELEVANCE && filter.text().isEmpty()
                ? ReviewQuery.Sort.NEWEST : order;
        Optional<JsonNode> after = Optional.empty();
        if (cursor != null && !cursor.isBlank()) {
            if (page != null && !page.isBlank() && p != 1) {
                throw new BadParameterException("cursor", "give either page or cursor, not both");
            }
            try {
                after = Optional.of(Cursor.decode(cursor, effective));
            } catch (IllegalArgumentException e) {
                throw new BadParameterException("cursor", e.getMessage());
            }
        } else if ((long) p * s > limits.maxResultWindow()) {
            throw new BadParameterException("page", "page * size must be at most " + limits.maxResultWindow()
                    + "; to go deeper, follow nextCursor (cursor=...) instead of page numbers");
        }
        return new ReviewQuery(filter, p, s, after, order, integer("snippets", snippets, 3, 0, MAX_SNIPPETS),
                integer("snippetLength", snippetLength, 160, MIN_SNIPPET_LENGTH, MAX_SNIPPET_LENGTH),
                integer("facetSize", facetSize, ReviewQuery.DEFAULT_FACET_SIZE, 1, ReviewQuery.MAX_FACET_SIZE));
    }

    static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, name + " must be a whole number between " + min + " and " + max
                    + ", got '" + abbreviate(value) + "'");
        }
        if (parsed < min || parsed > max) {
            throw new BadParameterException(name, name + " must be between " + min + " and " + max + ", got " + parsed);
        }
        return parsed;
    }

    private static ReviewQuery.Sort sort(String value) {
        if (value == null || value.isBlank()) {
            return ReviewQuery.Sort.RELEVANCE;
        }
        try {
            return ReviewQuery.Sort.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("sort", "sort must be one of relevance, newest, oldest, title; got '"
                    + abbreviate(value) + "'");
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
