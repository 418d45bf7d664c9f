package org.casewise.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.casewise.trends.Dimension;
import org.casewise.trends.TrendService;

/**
 * Parsing and bounds of the trend endpoints' own parameters (the filters are {@link FilterParameters}).
 * Every bad value is a {@link BadParameterException} naming the parameter.
 */
final class TrendParameters {

    static final MediaType CSV = new MediaType("text", "csv");
    static final int MAX_WINDOW = 50;
    static final int MAX_PAIRS = 1000;

    private TrendParameters() {
    }

    static Dimension dimension(String value, Dimension defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        return Dimension.fromParam(value.strip()).orElseThrow(() -> new BadParameterException("by",
                "by must be one of " + String.join(", ", Dimension.params()) + "; got '"
                        + FilterParameters.abbreviate(value) + "'"));
    }

    /** A list of ids, each checked; all of {@code all} when none are given. */
    static List<String> ids(String name, List<String> raw, List<String> all, Predicate<String> known, String what) {
        List<String> values = FilterParameters.split(name, raw).stream().distinct().toList();
        for (String v : values) {
            if (!known.test(v)) {
                throw new BadParameterException(name, name + ": '" + FilterParameters.abbreviate(v) + "' is not " + what);
            }
        }
        return values.isEmpty() ? all : values;
    }

    static Optional<Integer> year(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(SearchParameters.integer(name, value, 0, 1900, 2100));
    }

    static double alpha(String value) {
        if (value == null || value.isBlank()) {
            return 0.05;
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException("alpha", "alpha must be a number between 0.001 and 0.2, got '"
                    + FilterParameters.abbreviate(value) + "'");
        }
        if (!(parsed >= 0.001 && parsed <= 0.2)) {
            throw new BadParameterException("alpha", "alpha must be between 0.001 and 0.2, got " + value.strip());
        }
        return parsed;
    }

    static TrendService.PairOrder pairOrder(String value) {
        if (value == null || value.isBlank()) {
            return TrendService.PairOrder.COUNT;
        }
        return switch (value.strip()) {
            case "count" -> TrendService.PairOrder.COUNT;
            case "lift" -> TrendService.PairOrder.LIFT;
            default -> throw new BadParameterException("sort", "sort must be count or lift; got '"
                    + FilterParameters.abbreviate(value) + "'");
        };
    }

    /**
     * CSV when {@code format=csv}, or when the Accept header prefers text/csv to JSON; JSON
     * otherwise. The parameter exists because a link pasted into a browser or a spreadsheet's
     * "import from web" cannot set headers.
     */
    static boolean csv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new BadParameterException("format", "format must be json or csv; got '"
                        + FilterParameters.abbreviate(format) + "'");
            };
        }
        // Sorted by preference (quality, then specificity) by the framework.
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return false;
            }
            if (accepted.isCompatible(CSV)) {
                return true;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
