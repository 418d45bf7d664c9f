package org.casewise.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.casewise.analyse.BoardRegistry;
import org.casewise.search.FacetLabels;
import org.casewise.api.ReviewDetail;
import org.casewise.api.SearchPage;
import org.casewise.config.CasewiseConfig;
import org.casewise.index.IndexReconciler;
import org.casewise.search.ReviewSearchService;
import org.casewise.store.ReviewCatalog;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Search published case reviews and read their metadata")
public class ReviewResource {

    @Inject
    ReviewSearchService search;

    @Inject
    ReviewCatalog catalog;

    @Inject
    IndexReconciler index;

    @Inject
    CasewiseConfig config;

    @Inject
    ViewerResolver viewers;

    @Inject
    FacetLabels labels;

    @Inject
    BoardRegistry boards;

    @GET
    @Operation(summary = "Search reviews",
            description = "Full-text search over titles, report text, recommendations and learning (English stemming;"
                    + " practitioners' abbreviations such as SCR, SUDI or CAMHS match their long forms), with"
                    + " multi-select facets counted drill-sideways, highlighted snippets, sorting and stable deep"
                    + " paging (follow nextCursor). Words that name a theme rank reviews with that theme first."
                    + " Without q, lists all reviews, newest first.")
    @APIResponse(responseCode = "200", description = "A page of results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed or out of range, or q has a syntax error",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                        @ExampleObject(name = "bad year", value = "{\"type\":\"https://casewise.example/problems/bad-parameter\","
                            + "\"title\":\"Bad request parameter\",\"status\":400,\"detail\":\"yearFrom must be a whole number"
                            + " between 1900 and 2100, got 'soon'\",\"instance\":\"/api/v1/reviews\",\"parameter\":\"yearFrom\"}"),
                        @ExampleObject(name = "bad syntax", value = "{\"type\":\"https://casewise.example/problems/bad-parameter\","
                            + "\"title\":\"Bad request parameter\",\"status\":400,\"detail\":\"q has a syntax error: '(' at"
                            + " character 9 is never closed\",\"instance\":\"/api/v1/reviews\",\"parameter\":\"q\"}")}))
    @APIResponse(responseCode = "401", description = "An Authorization token was sent but is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The search engine is unreachable; retry after the Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SearchPage search(
            @BeanParam FilterParameters filters,
            @Parameter(description = "Page number, from 1 (page * size at most 10,000; use cursor beyond)", example = "1")
            @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1 to 100 (default 20)", example = "20") @QueryParam("size") String size,
            @Parameter(description = "nextCursor of the previous page, for stable deep paging (instead of page)",
                    example = "eyJzIjoibmV3ZXN0IiwidiI6WzIwMjEsMTJdfQ")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "relevance (default with q), newest (default without), oldest or title",
                    example = "relevance") @QueryParam("sort") String sort,
            @Parameter(description = "Snippets per hit, 0 to 5 (default 3)", example = "3") @QueryParam("snippets") String snippets,
            @Parameter(description = "Characters per snippet, 50 to 500 (default 160)", example = "160")
            @QueryParam("snippetLength") String snippetLength,
            @Parameter(description = "Most values listed per facet, by count, 1 to 300 (default 40: every facet but"
                    + " board lists all its values); selected values are always listed", example = "40")
            @QueryParam("facetSize") String facetSize) {
        var filter = filters.toFilter(labels.taxonomy(), boards);
        var query = SearchParameters.parse(config.search(), filter, page, size, cursor, sort, snippets, snippetLength,
                facetSize);
        return search.search(query, viewers.current(), index.recentPendingCount());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A review's metadata and documents",
            description = "Includes a download link for each original file.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviewDetail.class)))
    @APIResponse(responseCode = "404", description = "No such review (or not visible to you)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReviewDetail get(@Parameter(description = "Review id", example = "1") @PathParam("id") String id) {
        long reviewId = SearchParameters.integer("id", id, 0, 1, Integer.MAX_VALUE);
        return catalog.review(reviewId, viewers.current())
                .orElseThrow(() -> new NotFoundException("No review with id " + reviewId));
    }
}
