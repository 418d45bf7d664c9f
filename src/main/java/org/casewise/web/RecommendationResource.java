package org.casewise.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.casewise.analyse.Agencies;
import org.casewise.analyse.BoardRegistry;
import org.casewise.api.RecommendationPage;
import org.casewise.search.FacetLabels;
import org.casewise.search.RecommendationSearchService;
import org.casewise.search.ReviewFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning", description = "Recommendations, learning points, similar reviews, briefings")
public class RecommendationResource {

    private static final Map<String, List<String>> KINDS = Map.of(
            "recommendation", List.of("recommendation"), "learning", List.of("learning", "finding"),
            "finding", List.of("finding"));

    @Inject
    RecommendationSearchService service;

    @Inject
    ViewerResolver viewers;

    @Inject
    FacetLabels labels;

    @Inject
    BoardRegistry boards;

    @GET
    @Operation(summary = "Search recommendations and learning points",
            description = "Each recommendation, learning point or finding is a hit of its own, linking back to its"
                    + " review. q is matched within one record's text (same syntax as review search; field scopes are"
                    + " not needed here); the review filters (theme, board, year, ...) select the reviews they come from.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad addressee", value = "{\"type\":\"https://casewise.example/problems/bad-parameter\","
                            + "\"title\":\"Bad request parameter\",\"status\":400,\"detail\":\"addressedTo must be an agency id,"
                            + " 'board' or 'national'; got 'nurses'\",\"instance\":\"/api/v1/recommendations\",\"parameter\":\"addressedTo\"}")))
    @APIResponse(responseCode = "503", description = "The search engine is unreachable; retry after the Retry-After seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecommendationPage search(
            @BeanParam FilterParameters filters,
            @Parameter(description = "Agency the record is addressed to (PRIMER §5 agency id), 'board' or 'national'",
                    example = "health-visiting", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
            @QueryParam("addressedTo") List<String> addressedTo,
            @Parameter(description = "recommendation, learning (learning points and findings) or finding; default all",
                    example = "recommendation", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
            @QueryParam("kind") List<String> kind,
            @Parameter(description = "Page number, from 1 (page * size at most 1000)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1 to 100 (default 20)", example = "20") @QueryParam("size") String size) {
        String q = filters.q;
        filters.q = null;
        ReviewFilter reviewFilter = filters.toFilter(labels.taxonomy(), boards);
        var text = FilterParameters.text(q);
        List<String> addressees = FilterParameters.split("addressedTo", addressedTo);
        for (String a : addressees) {
            if (!Agencies.known(a) && !a.equals("board") && !a.equals("national")) {
                throw new BadParameterException("addressedTo", "addressedTo must be an agency id, 'board' or 'national'; got '"
                        + FilterParameters.abbreviate(a) + "'");
            }
        }
        List<String> kinds = new java.util.ArrayList<>();
        for (String k : FilterParameters.split("kind", kind)) {
            List<String> mapped = KINDS.get(k);
            if (mapped == null) {
                throw new BadParameterException("kind", "kind must be recommendation, learning or finding; got '"
                        + FilterParameters.abbreviate(k) + "'");
            }
            mapped.stream().filter(m -> !kinds.contains(m)).forEach(kinds::add);
        }
        int p = SearchParameters.integer("page", page, 1, 1, RecommendationSearchService.MAX_WINDOW);
        int s = SearchParameters.integer("size", size, 20, 1, 100);
        if (p * s > RecommendationSearchService.MAX_WINDOW) {
            throw new BadParameterException("page", "page * size must be at most " + RecommendationSearchService.MAX_WINDOW
                    + "; narrow the query instead");
        }
        var request = new RecommendationSearchService.Request(reviewFilter, text, kinds, addressees, p, s);
        return service.search(request, viewers.current());
    }

}
