package org.casewise.web;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.Taxonomy;
import org.casewise.search.Facet;
import org.casewise.search.ReviewFilter;
import org.casewise.search.query.QueryParser;
import org.casewise.search.query.QuerySyntaxException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filter parameters shared by review search, recommendation search, trends and saved
 * searches ({@code @BeanParam}), so each endpoint filters the same way and rejects the same bad
 * values with the same messages. Values arrive as strings on purpose: a non-numeric year must be a
 * 400 naming the parameter, not a framework 404. Facet parameters repeat or take comma-separated
 * values: OR within a facet, AND across facets.
 */
public class FilterParameters {

    static final int MAX_QUERY_LENGTH = 500;
    static final int MAX_VALUES = 50;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    @QueryParam("q")
    @Parameter(description = "Search words. Quotes for a phrase; AND, OR (or |), NOT (or a leading -) in capitals;"
            + " parentheses; field scopes title:, text:, recommendations:, learning:; a trailing * for a prefix."
            + " At most 500 characters.", example = "\"unsafe sleep\" AND (alcohol OR cannabis)")
    public String q;

    @QueryParam("theme")
    @Parameter(description = "Theme id(s) from the taxonomy (GET /api/v1/themes lists them)", example = "neglect",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> theme;

    @QueryParam("board")
    @Parameter(description = "Board id(s) from the registry", example = "kent",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> board;

    @QueryParam("nation")
    @Parameter(description = "england, wales, scotland or northern-ireland", example = "wales",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> nation;

    @QueryParam("region")
    @Parameter(description = "English region: north-east, north-west, yorkshire-humber, east-midlands, west-midlands,"
            + " east, london, south-east, south-west", example = "london",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> region;

    @QueryParam("reviewType")
    @Parameter(description = "Review type id(s) (PRIMER §5): scr, lcspr, national-review, rapid-review,"
            + " child-practice-review, significant-case-review, learning-review, case-management-review, sar, dhr,"
            + " learning-brief, executive-summary", example = "scr",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> reviewType;

    @QueryParam("outcome")
    @Parameter(description = "death, serious-harm or other", example = "death",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> outcome;

    @QueryParam("ageBand")
    @Parameter(description = "Age band of a child: unborn, under-1, 1-4, 5-10, 11-15, 16-17, 18-plus",
            example = "under-1", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> ageBand;

    @QueryParam("agency")
    @Parameter(description = "Agency involved (PRIMER §5 ids), e.g. health-visiting, police, school",
            example = "health-visiting", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> agency;

    @QueryParam("methodology")
    @Parameter(description = "imr-overview, scie-systems, silp, hybrid, appreciative, rapid-review or other",
            example = "scie-systems", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<String> methodology;

    @QueryParam("year")
    @Parameter(description = "Publication year(s), selected as facet values", example = "2019",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Integer.class))
    public List<String> year;

    @QueryParam("yearFrom")
    @Parameter(description = "Earliest publication year (inclusive)", example = "2015")
    public String yearFrom;

    @QueryParam("yearTo")
    @Parameter(description = "Latest publication year (inclusive)", example = "2022")
    public String yearTo;

    /** Validates everything and builds the filter; a {@link BadParameterException} names what is wrong. */
    public ReviewFilter toFilter(Taxonomy taxonomy, BoardRegistry boards) {
        Map<Facet, List<String>> selections = new EnumMap<>(Facet.class);
        put(selections, Facet.THEME, theme, v -> taxonomy.contains(v) ? null
                : "theme '" + v + "' is not in the taxonomy (GET /api/v1/themes lists the ids)");
        put(selections, Facet.BOARD, board, v -> boards.byId(v).isPresent() ? null
                : "board '" + v + "' is not in the registry; board values are ids such as 'kent'");
        for (Facet f : List.of(Facet.NATION, Facet.REGION, Facet.REVIEW_TYPE, Facet.OUTCOME, Facet.AGE_BAND,
                Facet.AGENCY, Facet.METHODOLOGY)) {
            put(selections, f, valuesOf(f), v -> f.vocabulary().contains(v) ? null
                    : f.param() + " must be one of " + String.join(", ", f.vocabulary()) + "; got '" + abbreviate(v) + "'");
        }
        List<String> years = new ArrayList<>();
        for (String y : split("year", year)) {
            years.add(String.valueOf(SearchParameters.integer("year", y, 0, 1900, 2100)));
        }
        if (!years.isEmpty()) {
            selections.put(Facet.YEAR, years);
        }
        Optional<Integer> from = year("yearFrom", yearFrom);
        Optional<Integer> to = year("yearTo", yearTo);
        if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
            throw new BadParameterException("yearFrom", "yearFrom (" + from.get() + ") is after yearTo (" + to.get() + ")");
        }
        return new ReviewFilter(text(q), selections, from, to);
    }

    /** Parses q on its own (for endpoints that take only text). */
    static Optional<org.casewise.search.query.QueryNode> text(String q) {
        Optional<String> text = Optional.ofNullable(q).map(String::strip).filter(s -> !s.isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().length() > MAX_QUERY_LENGTH) {
            throw new BadParameterException("q", "q must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        try {
            return Optional.of(QueryParser.parse(text.get()));
        } catch (QuerySyntaxException e) {
            throw new BadParameterException("q", "q has a syntax error: " + e.getMessage());
        }
    }

    private List<String> valuesOf(Facet f) {
        return switch (f) {
            case NATION -> nation;
            case REGION -> region;
            case REVIEW_TYPE -> reviewType;
            case OUTCOME -> outcome;
            case AGE_BAND -> ageBand;
            case AGENCY -> agency;
            case METHODOLOGY -> methodology;
            default -> throw new IllegalArgumentException(f.name());
        };
    }

    private static void put(Map<Facet, List<String>> selections, Facet facet, List<String> raw,
                            java.util.function.Function<String, String> problem) {
        List<String> values = split(facet.param(), raw);
        for (String v : values) {
            if (!ID.matcher(v).matches()) {
                throw new BadParameterException(facet.param(), facet.param()
                        + " values are lowercase ids such as 'kent' or 'neglect', got '" + abbreviate(v) + "'");
            }
            String message = problem.apply(v);
            if (message != null) {
                throw new BadParameterException(facet.param(), message);
            }
        }
        if (!values.isEmpty()) {
            selections.put(facet, values.stream().distinct().toList());
        }
    }

    static List<String> split(String name, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        List<String> values = raw.stream().flatMap(v -> List.of(v.split(",")).stream())
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (values.size() > MAX_VALUES) {
            throw new BadParameterException(name, name + " takes at most " + MAX_VALUES + " values");
        }
        return values;
    }

    private static Optional<Integer> year(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(SearchParameters.integer(name, value, 0, 1900, 2100));
    }

    static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
