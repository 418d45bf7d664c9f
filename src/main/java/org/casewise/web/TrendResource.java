package org.casewise.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import org.casewise.analyse.Agencies;
import org.casewise.analyse.BoardRegistry;
import org.casewise.api.CooccurrenceTrend;
import org.casewise.api.EmergingTrend;
import org.casewise.api.ShareTrend;
import org.casewise.api.TimelinessTrend;
import org.casewise.api.TrendScope;
import org.casewise.search.FacetLabels;
import org.casewise.search.ReviewFilter;
import org.casewise.trends.Dimension;
import org.casewise.trends.EmergingThemes;
import org.casewise.trends.TrendService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Trend statistics for analysts, in JSON or CSV. Thin: parameters are parsed and bounded here,
 * the counting is {@link TrendService} and {@link EmergingThemes}. Every endpoint takes the same
 * filter parameters as review search, so a trend's scope is exactly the reviews a search with the
 * same filters would list; the caller's visibility applies to every count.
 */
@Path("/api/v1/trends")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
@Tag(name = "Trends", description = "Theme prevalence, co-occurrence, emerging themes, timeliness and agency"
        + " involvement over the reviews in scope, with honest denominators; JSON or CSV")
// Every operation answers a bad token with 401 and an engine outage with 503: documented once, for all of them.
@APIResponse(responseCode = "401", description = "An Authorization token was sent but is not valid",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "The search engine is unreachable; retry after Retry-After seconds",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TrendResource {

    static final String THEMES_DESCRIPTION = "Themes to report (ids from GET /api/v1/themes; repeat or comma-separate);"
            + " default all themes. Unlike the 'theme' filter, this does not narrow the reviews counted: theme=neglect"
            + "&themes=domestic-abuse is the share of neglect reviews that also show domestic abuse.";
    static final String FORMAT_DESCRIPTION = "json or csv; overrides the Accept header (which may also ask for text/csv)";
    static final String BAD_BY = "{\"type\":\"https://casewise.example/problems/bad-parameter\",\"title\":\"Bad request"
            + " parameter\",\"status\":400,\"detail\":\"by must be one of year, nation, region, none; got 'board'\","
            + "\"instance\":\"/api/v1/trends/prevalence\",\"parameter\":\"by\"}";

    @Inject
    TrendService trends;

    @Inject
    EmergingThemes emerging;

    @Inject
    ViewerResolver viewers;

    @Inject
    FacetLabels labels;

    @Inject
    BoardRegistry boards;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/prevalence")
    @Operation(summary = "Theme prevalence by year, nation or region",
            description = "For each group of the 'by' dimension and each theme: reviews in scope with the theme"
                    + " (numerator), reviews in scope in the group (denominator), the proportion and its 95% Wilson"
                    + " interval. Reviews without a value for the dimension are counted in 'excluded', not in a group."
                    + " Each review counts once however many documents it has.")
    @APIResponse(responseCode = "200", description = "One cell per group and theme", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShareTrend.class)),
        @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = "by,group,group_label,theme,"
                + "theme_label,numerator,denominator,proportion,ci95_lower,ci95_upper\r\nyear,2019,2019,neglect,Neglect,"
                + "17,31,0.548387,0.377751,0.708786\r\n"))})
    @APIResponse(responseCode = "400", description = "A parameter is malformed, out of range or unknown",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad by", value = BAD_BY)))
    public Response prevalence(
            @BeanParam FilterParameters filters,
            @Parameter(description = "Grouping: year (publication year, default), nation, region (English regions;"
                    + " other nations' reviews are excluded) or none", example = "year") @QueryParam("by") String by,
            @Parameter(description = THEMES_DESCRIPTION, example = "neglect",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
            @QueryParam("themes") List<String> themes,
            @Parameter(description = FORMAT_DESCRIPTION, example = "csv") @QueryParam("format") String format) {
        boolean csv = TrendParameters.csv(format, headers);
        Dimension dimension = TrendParameters.dimension(by, Dimension.YEAR);
        List<String> reported = themeList(themes);
        ShareTrend trend = trends.themes(filter(filters), viewers.current(), dimension, reported);
        return respond(csv, trend, TrendCsv::shares, "prevalence-by-" + dimension.param(), trend.scope(), trend.excluded());
    }

    @GET
    @Path("/agencies")
    @Operation(summary = "Agency involvement",
            description = "For each group of the 'by' dimension and each agency: reviews in scope in which the agency"
                    + " was involved (numerator), reviews in scope in the group (denominator), the proportion and its"
                    + " 95% Wilson interval. Reviews without a value for the dimension are counted in 'excluded'.")
    @APIResponse(responseCode = "200", description = "One cell per group and agency", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShareTrend.class)),
        @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = "by,group,group_label,agency,"
                + "agency_label,numerator,denominator,proportion,ci95_lower,ci95_upper\r\nnone,all,All reviews in scope,"
                + "police,Police,40,54,0.740741,0.611116,0.838305\r\n"))})
    @APIResponse(responseCode = "400", description = "A parameter is malformed, out of range or unknown",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad by", value = BAD_BY)))
    public Response agencies(
            @BeanParam FilterParameters filters,
            @Parameter(description = "Grouping: none (default), year, nation or region", example = "year")
            @QueryParam("by") String by,
            @Parameter(description = "Agencies to report (PRIMER §5 ids; repeat or comma-separate); default all. Unlike"
                    + " the 'agency' filter this does not narrow the reviews counted.", example = "police",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
            @QueryParam("agencies") List<String> agencies,
            @Parameter(description = FORMAT_DESCRIPTION, example = "json") @QueryParam("format") String format) {
        boolean csv = TrendParameters.csv(format, headers);
        Dimension dimension = TrendParameters.dimension(by, Dimension.NONE);
        List<String> reported = TrendParameters.ids("agencies", agencies, Agencies.IDS, Agencies.IDS::contains,
                "an agency id (" + String.join(", ", Agencies.IDS) + ")");
        ShareTrend trend = trends.agencies(filter(filters), viewers.current(), dimension, reported);
        return respond(csv, trend, TrendCsv::shares, "agencies-by-" + dimension.param(), trend.scope(), trend.excluded());
    }

    @GET
    @Path("/cooccurrence")
    @Operation(summary = "Theme co-occurrence",
            description = "Pairs of themes found in the same reviews: reviews with both, with each, the number"
                    + " expected if independent, and lift = P(a and b) / (P(a) P(b)). Bounded by minCount and limit.")
    @APIResponse(responseCode = "200", description = "Pairs, most frequent (or highest lift) first", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CooccurrenceTrend.class)),
        @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = "theme_a,label_a,theme_b,"
                + "label_b,count,count_a,count_b,reviews,expected,lift\r\ndomestic-abuse,Domestic abuse,"
                + "parental-substance-misuse,Parental substance misuse,20,30,25,54,13.8889,1.44\r\n"))})
    @APIResponse(responseCode = "400", description = "A parameter is malformed or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad limit", value = "{\"type\":\"https://casewise.example/problems/"
                            + "bad-parameter\",\"title\":\"Bad request parameter\",\"status\":400,\"detail\":\"limit must"
                            + " be between 1 and 1000, got 5000\",\"instance\":\"/api/v1/trends/cooccurrence\","
                            + "\"parameter\":\"limit\"}")))
    public Response cooccurrence(
            @BeanParam FilterParameters filters,
            @Parameter(description = "Only pairs involving at least one of these themes (default: all pairs); does"
                    + " not narrow the reviews counted", example = "domestic-abuse",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
            @QueryParam("themes") List<String> themes,
            @Parameter(description = "Leave out pairs found together in fewer reviews, 1 to 100000 (default 2)",
                    example = "5") @QueryParam("minCount") String minCount,
            @Parameter(description = "At most this many pairs, 1 to 1000 (default 100)", example = "50")
            @QueryParam("limit") String limit,
            @Parameter(description = "count (default: reviews with both, then lift) or lift (then count)",
                    example = "lift") @QueryParam("sort") String sort,
            @Parameter(description = FORMAT_DESCRIPTION, example = "csv") @QueryParam("format") String format) {
        boolean csv = TrendParameters.csv(format, headers);
        List<String> involving = FilterParameters.split("themes", themes).isEmpty() ? List.of() : themeList(themes);
        CooccurrenceTrend trend = trends.cooccurrence(filter(filters), viewers.current(), involving,
                SearchParameters.integer("minCount", minCount, 2, 1, 100_000),
                SearchParameters.integer("limit", limit, 100, 1, TrendParameters.MAX_PAIRS),
                TrendParameters.pairOrder(sort));
        return respond(csv, trend, TrendCsv::cooccurrence, "cooccurrence", trend.scope(), 0);
    }

    @GET
    @Path("/emerging")
    @Operation(summary = "Emerging themes",
            description = "Each theme's share of reviews published in a recent window of years against a baseline"
                    + " window: both proportions, difference, ratio, a pooled two-proportion z-test (two-sided) and"
                    + " Benjamini-Hochberg adjusted p-values across the themes tested; significant when the adjusted"
                    + " p-value is below alpha. Sorted by z, largest increase first. Empty when either window has no"
                    + " reviews in scope.")
    @APIResponse(responseCode = "200", description = "Themes, strongest evidence of increase first", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmergingTrend.class)),
        @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = "theme,label,recent_window,"
                + "recent_count,recent_reviews,recent_proportion,baseline_window,baseline_count,baseline_reviews,"
                + "baseline_proportion,difference,ratio,z,p_value,q_value,significant,direction\r\n"))})
    @APIResponse(responseCode = "400", description = "A parameter is malformed, out of range, or the windows overlap",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "overlap", value = "{\"type\":\"https://casewise.example/problems/"
                            + "bad-parameter\",\"title\":\"Bad request parameter\",\"status\":400,\"detail\":\"baselineTo"
                            + " (2022) must be before the recent window 2021-2023; the windows must not overlap\","
                            + "\"instance\":\"/api/v1/trends/emerging\",\"parameter\":\"baselineTo\"}")))
    public Response emerging(
            @BeanParam FilterParameters filters,
            @Parameter(description = "Length of the recent window in publication years, 1 to 50 (default 3)",
                    example = "3") @QueryParam("window") String window,
            @Parameter(description = "Last year of the recent window (default: latest publication year in scope)",
                    example = "2023") @QueryParam("recentTo") String recentTo,
            @Parameter(description = "First year of the baseline (default: earliest publication year in scope)",
                    example = "2010") @QueryParam("baselineFrom") String baselineFrom,
            @Parameter(description = "Last year of the baseline (default: the year before the recent window); must be"
                    + " before the recent window", example = "2020") @QueryParam("baselineTo") String baselineTo,
            @Parameter(description = "Significance level for the adjusted p-value, 0.001 to 0.2 (default 0.05)",
                    example = "0.05") @QueryParam("alpha") String alpha,
            @Parameter(description = THEMES_DESCRIPTION, example = "criminal-exploitation",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
            @QueryParam("themes") List<String> themes,
            @Parameter(description = FORMAT_DESCRIPTION, example = "json") @QueryParam("format") String format) {
        boolean csv = TrendParameters.csv(format, headers);
        var windows = new EmergingThemes.Windows(
                SearchParameters.integer("window", window, 3, 1, TrendParameters.MAX_WINDOW),
                TrendParameters.year("recentTo", recentTo), TrendParameters.year("baselineFrom", baselineFrom),
                TrendParameters.year("baselineTo", baselineTo), TrendParameters.alpha(alpha));
        EmergingTrend trend = emerging.emerging(filter(filters), viewers.current(), themeList(themes), windows);
        return respond(csv, trend, TrendCsv::emerging, "emerging", trend.scope(), 0);
    }

    @GET
    @Path("/timeliness")
    @Operation(summary = "Time from incident to publication",
            description = "Publication year minus incident year for reviews in scope with both known, per"
                    + " publication year and overall: count, minimum, quartiles (type 7), median, maximum and mean."
                    + " Computed exactly from counts of publication year x incident year.")
    @APIResponse(responseCode = "200", description = "One row per publication year, then the overall row", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelinessTrend.class)),
        @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = "publication_year,reviews,min,"
                + "q1,median,q3,max,mean\r\n2019,12,0,1.0,2.0,2.25,5,1.92\r\nall,40,0,1.0,2.0,3.0,7,2.1\r\n"))})
    @APIResponse(responseCode = "400", description = "A filter parameter is malformed or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response timeliness(
            @BeanParam FilterParameters filters,
            @Parameter(description = FORMAT_DESCRIPTION, example = "csv") @QueryParam("format") String format) {
        boolean csv = TrendParameters.csv(format, headers);
        TimelinessTrend trend = trends.timeliness(filter(filters), viewers.current());
        return respond(csv, trend, TrendCsv::timeliness, "timeliness", trend.scope(), trend.excluded());
    }

    private ReviewFilter filter(FilterParameters filters) {
        return filters.toFilter(labels.taxonomy(), boards);
    }

    private List<String> themeList(List<String> themes) {
        return TrendParameters.ids("themes", themes, trends.allThemes(), labels.taxonomy()::contains,
                "a theme id in the taxonomy (GET /api/v1/themes lists them)");
    }

    private static <T> Response respond(boolean csv, T trend, Function<T, String> toCsv, String name, TrendScope scope,
                                        long excluded) {
        if (!csv) {
            return Response.ok(trend, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(toCsv.apply(trend), new MediaType("text", "csv", "UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"casewise-" + name + ".csv\"")
                .header("X-Casewise-Reviews-In-Scope", scope.reviews())
                .header("X-Casewise-Excluded", excluded)
                .build();
    }
}
