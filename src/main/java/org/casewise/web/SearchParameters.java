package org.casewise.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casewise.config.CasewiseConfig;
import org.casewise.search.ReviewQuery;

/**
 * Parses and bounds the query parameters of {@code GET /api/v1/reviews}. Parameters arrive as
 * strings on purpose: JAX-RS would answer a non-numeric {@code page} with a bare 404, and users
 * deserve a 400 that names the parameter and says what is allowed.
 */
final class SearchParameters {

    static final int MAX_QUERY_LENGTH = 500;
    static final int MAX_SNIPPETS = 5;
    static final int MIN_SNIPPET_LENGTH = 50;
    static final int MAX_SNIPPET_LENGTH = 500;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private SearchParameters() {
    }

    static ReviewQuery parse(CasewiseConfig.Search limits, String q, List<String> board, List<String> reviewType,
                             String yearFrom, String yearTo, String page, String size, String sort,
                             String snippets, String snippetLength) {
        Optional<String> text = Optional.ofNullable(q).map(String::strip).filter(s -> !s.isEmpty());
        if (text.isPresent() && text.get().length() > MAX_QUERY_LENGTH) {
            throw new BadParameterException("q", "q must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        Optional<Integer> from = year("yearFrom", yearFrom);
        Optional<Integer> to = year("yearTo", yearTo);
        if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
            throw new BadParameterException("yearFrom", "yearFrom (" + from.get() + ") is after yearTo (" + to.get() + ")");
        }
        int p = integer("page", page, 1, 1, Integer.MAX_VALUE);
        int s = integer("size", size, limits.defaultPageSize(), 1, limits.maxPageSize());
        if ((long) p * s > limits.maxResultWindow()) {
            throw new BadParameterException("page", "page * size must be at most " + limits.maxResultWindow()
                    + "; narrow the query instead of paging this deep");
        }
        return new ReviewQuery(text, ids("board", board), ids("reviewType", reviewType), from, to, p, s,
                sort(sort), integer("snippets", snippets, 3, 0, MAX_SNIPPETS),
                integer("snippetLength", snippetLength, 160, MIN_SNIPPET_LENGTH, MAX_SNIPPET_LENGTH));
    }

    private static Optional<Integer> year(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(integer(name, value, 0, 1900, 2100));
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

    private static List<String> ids(String name, List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> cleaned = values.stream().flatMap(v -> List.of(v.split(",")).stream())
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
        for (String v : cleaned) {
            if (!ID.matcher(v).matches()) {
                throw new BadParameterException(name, name + " values are lowercase ids such as 'kent' or 'scr', got '"
                        + abbreviate(v) + "'");
            }
        }
        return cleaned;
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
