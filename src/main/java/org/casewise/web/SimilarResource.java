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
import org.casewise.api.SimilarReviews;
import org.casewise.learning.SimilarReviewService;
import org.casewise.search.FacetLabels;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Similar-case discovery for a review panel (a resource of its own beside ReviewResource). */
@Path("/api/v1/reviews/{id}/similar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning", description = "Similar reviews, matching a draft, board profiles and gap analysis")
public class SimilarResource {

    static final int DEFAULT_SIZE = 10;
    static final int MAX_SIZE = 50;

    @Inject
    SimilarReviewService similar;

    @Inject
    ViewerResolver viewers;

    @Inject
    FacetLabels labels;

    @Inject
    BoardRegistry boards;

    @GET
    @Operation(summary = "Reviews similar to a review",
            description = "Earlier reviews with the same circumstances: shared themes (harm themes weigh most, then"
                    + " child, family and practice themes), the same age band and outcome, shared agencies, and similar"
                    + " wording (more-like-this on title and text), in one engine request. Each hit lists the reasons it"
                    + " matched, strongest first, and a few of its learning points and recommendations (those on the"
                    + " shared themes first). The filters narrow the candidates (e.g. nation=wales for Welsh reviews"
                    + " only). The review itself and reviews you may not see are never returned.")
    @APIResponse(responseCode = "200", description = "Similar reviews, most similar first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SimilarReviews.class),
                    examples = @ExampleObject(name = "similar", value = "{\"source\":{\"id\":3,\"title\":\"Serious Case"
                            + " Review: Baby N\",\"href\":\"/api/v1/reviews/3\"},\"sourceThemes\":[\"physical-abuse\","
                            + "\"infants\"],\"total\":14,\"hits\":[{\"review\":{\"id\":8,\"title\":\"LCSPR: Child B\","
                            + "\"href\":\"/api/v1/reviews/8\"},\"reasons\":[{\"kind\":\"theme\",\"value\":\"physical-abuse\","
                            + "\"label\":\"Physical abuse\",\"text\":\"Both are about physical abuse (harm)\"},"
                            + "{\"kind\":\"ageBand\",\"value\":\"under-1\",\"label\":\"Under 1\",\"text\":\"A child in the"
                            + " same age band (Under 1)\"}],\"learning\":[]}]}")))
    @APIResponse(responseCode = "400", description = "A parameter is malformed or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad size", value = "{\"type\":\"https://casewise.example/problems/"
                            + "bad-parameter\",\"title\":\"Bad request parameter\",\"status\":400,\"detail\":\"size must be"
                            + " between 1 and 50, got 80\",\"instance\":\"/api/v1/reviews/3/similar\",\"parameter\":\"size\"}")))
    @APIResponse(responseCode = "401", description = "An Authorization token was sent but is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such review, or not visible to you",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = "{\"type\":\"https://casewise.example/problems/"
                            + "not-found\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No review with id 999\","
                            + "\"instance\":\"/api/v1/reviews/999/similar\"}")))
    @APIResponse(responseCode = "503", description = "The search engine is unreachable; retry after the Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SimilarReviews similar(
            @Parameter(description = "Id of the review to compare with", example = "3") @PathParam("id") String id,
            @BeanParam FilterParameters filters,
            @Parameter(description = "How many similar reviews, 1 to 50 (default 10)", example = "10")
            @QueryParam("size") String size) {
        long reviewId = SearchParameters.integer("id", id, 0, 1, Integer.MAX_VALUE);
        int n = SearchParameters.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        var filter = filters.toFilter(labels.taxonomy(), boards);
        return similar.similar(reviewId, filter, viewers.current(), n)
                .orElseThrow(() -> new NotFoundException("No review with id " + reviewId));
    }
}
