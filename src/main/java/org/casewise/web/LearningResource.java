package org.casewise.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.casewise.analyse.Board;
import org.casewise.analyse.BoardRegistry;
import org.casewise.api.BoardProfile;
import org.casewise.api.MatchRequest;
import org.casewise.api.MatchResult;
import org.casewise.learning.BoardProfileService;
import org.casewise.learning.LearningMatchService;
import org.casewise.search.FacetLabels;
import org.casewise.search.ReviewFilter;
import org.casewise.search.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Feeding national learning back into local practice: matching a draft, and a board's gap analysis. */
@Path("/api/v1/learning")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learning", description = "Similar reviews, matching a draft, board profiles and gap analysis")
// Every operation answers a bad token with 401 and an engine outage with 503: documented once, for all of them.
@APIResponse(responseCode = "401", description = "An Authorization token was sent but is not valid",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "The search engine is unreachable; retry after Retry-After seconds",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LearningResource {

    static final String BAD_PARAMETER = "{\"type\":\"https://casewise.example/problems/bad-parameter\","
            + "\"title\":\"Bad request parameter\",\"status\":400,";

    @Inject
    LearningMatchService matcher;

    @Inject
    BoardProfileService profiles;

    @Inject
    ViewerResolver viewers;

    @Inject
    FacetLabels labels;

    @Inject
    BoardRegistry boards;

    @POST
    @Path("/match")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Match a draft or a set of circumstances against the collection",
            description = "For a panel starting a review: send the draft text or a case summary, and/or themes and"
                    + " circumstances. The text is analysed like a report (not stored): the themes found are returned"
                    + " with the sentences that evidence them and are matched on together with the themes given. Returns"
                    + " the most relevant reviews with the reasons, and the most relevant recommendations and learning"
                    + " points (matched one at a time on the text's distinctive words and the themes' indicative terms),"
                    + " each citing its review with evidence sentences. Query parameters filter the reviews considered,"
                    + " as in search.")
    @RequestBody(required = true, description = "text and/or themes are required; the rest narrows the match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchRequest.class),
                    examples = {
                        @ExampleObject(name = "draft", value = "{\"text\":\"Baby T was ten weeks old when the health"
                            + " visitor saw a small bruise on his cheek. Mother said his older sister had hit him with a"
                            + " toy. No referral was made to children's social care and no child protection medical was"
                            + " arranged.\",\"ageBand\":\"under-1\",\"size\":5}"),
                        @ExampleObject(name = "themes", value = "{\"themes\":[\"neglect\",\"parental-substance-misuse\"],"
                            + "\"ageBand\":\"1-4\",\"outcome\":\"death\",\"agencies\":[\"health-visiting\"]}")}))
    @APIResponse(responseCode = "200", description = "Inferred themes, reviews, recommendations and learning points",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchResult.class)))
    @APIResponse(responseCode = "400", description = "Neither text nor themes, or a field is malformed or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                        @ExampleObject(name = "nothing to match", value = BAD_PARAMETER + "\"detail\":\"give text (a draft"
                            + " or case summary) or themes, or both\",\"instance\":\"/api/v1/learning/match\","
                            + "\"parameter\":\"text\"}"),
                        @ExampleObject(name = "unknown theme", value = BAD_PARAMETER + "\"detail\":\"theme 'bruises' is"
                            + " not in the taxonomy (GET /api/v1/themes lists the ids)\",\"instance\":"
                            + "\"/api/v1/learning/match\",\"parameter\":\"themes\"}")}))
    public MatchResult match(MatchRequest body, @BeanParam FilterParameters filters) {
        var query = MatchRequests.validate(body, labels.taxonomy());
        ReviewFilter filter = filters.toFilter(labels.taxonomy(), boards);
        return matcher.match(query, filter, viewers.current());
    }

    @GET
    @Path("/boards/{board}")
    @Operation(summary = "A board's themes against national prevalence, and learning it has not yet reflected",
            description = "In a window of publication years (default: the last five years of the collection): the"
                    + " board's visible reviews, each theme's share of them against its share of every other board's"
                    + " reviews (with numerators, denominators, the difference and Fisher's exact test), and, for themes"
                    + " in at least half of the board's reviews that none of its own recommendations address (no"
                    + " recommendation uses the theme's label or indicative terms), the learning points and"
                    + " recommendations of other boards' reviews on that theme, each citing its review. Filter"
                    + " parameters (e.g. reviewType) narrow both sides alike; board and year are not accepted here.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BoardProfile.class)))
    @APIResponse(responseCode = "400", description = "A bad window or filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad window", value = BAD_PARAMETER + "\"detail\":\"yearFrom (2023)"
                            + " is after yearTo (2019)\",\"instance\":\"/api/v1/learning/boards/kent\","
                            + "\"parameter\":\"yearFrom\"}")))
    @APIResponse(responseCode = "404", description = "No board with that id in the registry, or no reviews at all",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown board", value = "{\"type\":\"https://casewise.example/"
                            + "problems/not-found\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No board with id"
                            + " 'atlantis' in the registry\",\"instance\":\"/api/v1/learning/boards/atlantis\"}")))
    public BoardProfile board(
            @Parameter(description = "Board id from the registry", example = "kent") @PathParam("board") String board,
            @BeanParam FilterParameters filters) {
        Board found = boards.byId(board)
                .orElseThrow(() -> new NotFoundException("No board with id '" + FilterParameters.abbreviate(board)
                        + "' in the registry"));
        if (filters.board != null && !filters.board.isEmpty()) {
            throw new BadParameterException("board", "the board is given in the path; board filters are not accepted here");
        }
        if (filters.year != null && !filters.year.isEmpty()) {
            throw new BadParameterException("year", "use yearFrom and yearTo for the window");
        }
        ReviewFilter filter = filters.toFilter(labels.taxonomy(), boards);
        Viewer viewer = viewers.current();
        ReviewFilter window = profiles.window(filter, viewer)
                .orElseThrow(() -> new NotFoundException("There are no reviews to compare with yet"));
        return profiles.profile(found, window, viewer);
    }
}
