package org.casewise.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.casewise.api.BriefingLearningPoint;
import org.casewise.api.BriefingView;
import org.casewise.learning.briefing.BriefingFormat;
import org.casewise.learning.briefing.BriefingRenderers;
import org.casewise.learning.briefing.BriefingService;
import org.casewise.search.FacetLabels;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Briefings for trainers: assembled from chosen reviews, downloadable as PDF, DOCX, Markdown or JSON. */
@Path("/api/v1/briefings")
@Tag(name = "Briefings", description = "7-minute briefings for trainers, assembled from chosen reviews, every point"
        + " citing its review")
public class BriefingResource {

    private static final String REQUEST_EXAMPLE = "{\"title\":\"Hidden men: learning from three reviews\","
            + "\"theme\":\"unknown-men\",\"reviews\":[12,31,7],\"learningPoints\":[311,318],"
            + "\"audience\":\"Health visitors and early help practitioners\","
            + "\"questions\":[\"Who lives in the homes you visit?\"],"
            + "\"actions\":[\"Ask about every adult in the household at each visit\"]}";
    private static final String BAD_REVIEW = "{\"type\":\"https://casewise.example/problems/bad-parameter\","
            + "\"title\":\"Bad request parameter\",\"status\":400,\"detail\":\"reviews[1]: no review with id 999\","
            + "\"instance\":\"/api/v1/briefings\",\"parameter\":\"reviews\"}";
    private static final String BAD_TITLE = "{\"type\":\"https://casewise.example/problems/bad-parameter\","
            + "\"title\":\"Bad request parameter\",\"status\":400,\"detail\":\"title is required\","
            + "\"instance\":\"/api/v1/briefings\",\"parameter\":\"title\"}";
    private static final String NOT_FOUND = "{\"type\":\"https://casewise.example/problems/not-found\","
            + "\"title\":\"Not Found\",\"status\":404,\"detail\":\"No briefing with id 99\","
            + "\"instance\":\"/api/v1/briefings/99\"}";
    private static final String BAD_FORMAT = "{\"type\":\"https://casewise.example/problems/bad-parameter\","
            + "\"title\":\"Bad request parameter\",\"status\":400,\"detail\":\"format must be one of pdf, docx, md,"
            + " json; got 'odt'\",\"instance\":\"/api/v1/briefings/4\",\"parameter\":\"format\"}";

    @Inject
    BriefingService briefings;

    @Inject
    BriefingRenderers renderers;

    @Inject
    ViewerResolver viewers;

    @Inject
    FacetLabels labels;

    @Inject
    ObjectMapper mapper;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a briefing",
            description = "Assembles a 7-minute briefing from 1 to 20 reviews you may read: what happened (per review,"
                    + " from its metadata and evidence), why it matters (themes the reviews share), what was learned"
                    + " (the chosen learning points, or the reviews' own ranked by the focus theme), questions for"
                    + " practitioners (per theme, plus yours) and actions (the chosen recommendations with their"
                    + " addressee, plus yours). Every point cites its review as [n]; references are numbered in the"
                    + " order of 'reviews'. The briefing is stored: downloads stay the same.")
    @APIResponse(responseCode = "201", description = "Created; Location is the briefing's address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BriefingView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing, malformed or out of range, or names a review"
            + " (or learning point) that does not exist or is not visible to you; 'parameter' names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "unknown or restricted review", value = BAD_REVIEW),
                        @ExampleObject(name = "missing title", value = BAD_TITLE)}))
    @APIResponse(responseCode = "401", description = "An Authorization token was sent but is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = org.casewise.api.BriefingRequest.class),
                    examples = @ExampleObject(name = "briefing on unknown men", value = REQUEST_EXAMPLE)))
            String body) {
        var request = BriefingRequestParser.parse(mapper, body, labels.taxonomy());
        BriefingView created = briefings.create(request, viewers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Download a briefing",
            description = "As PDF, DOCX, Markdown or JSON: chosen by ?format= when given, else by the Accept header"
                    + " (JSON when it accepts anything). A briefing made from a restricted review is found only by"
                    + " callers entitled to it.")
    @APIResponse(responseCode = "200", description = "The briefing, with a Content-Disposition filename",
            content = {
                @Content(mediaType = BriefingFormat.PDF_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = BriefingFormat.DOCX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = BriefingFormat.MARKDOWN_TYPE, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BriefingView.class))})
    @APIResponse(responseCode = "400", description = "format is not one of pdf, docx, md, json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown format", value = BAD_FORMAT)))
    @APIResponse(responseCode = "404", description = "No such briefing (or not visible to you)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown briefing", value = NOT_FOUND)))
    @APIResponse(responseCode = "406", description = "No format was given and Accept names none of the four media types",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(
            @Parameter(description = "Briefing id", example = "4") @PathParam("id") String id,
            @Parameter(description = "pdf, docx, md (or markdown) or json; wins over Accept", example = "pdf")
            @QueryParam("format") String format) {
        long briefingId = SearchParameters.integer("id", id, 0, 1, Integer.MAX_VALUE);
        BriefingFormat chosen = format == null || format.isBlank()
                ? BriefingFormat.negotiate(headers.getAcceptableMediaTypes()).orElseThrow(() -> new NotAcceptableException(
                        "A briefing is available as " + BriefingFormat.PDF_TYPE + ", " + BriefingFormat.DOCX_TYPE + ", "
                        + BriefingFormat.MARKDOWN_TYPE + " or application/json (or choose with ?format=)"))
                : BriefingFormat.parse(format).orElseThrow(() -> new BadParameterException("format",
                        "format must be one of pdf, docx, md, json; got '" + format + "'"));
        BriefingView briefing = briefings.get(briefingId, viewers.current())
                .orElseThrow(() -> new NotFoundException("No briefing with id " + briefingId));
        Object entity = chosen == BriefingFormat.JSON ? briefing
                : renderers.render(briefing, chosen, uri.getBaseUri().toString());
        return Response.ok(entity, chosen.mediaType())
                .header("Content-Disposition", (chosen == BriefingFormat.JSON ? "inline" : "attachment")
                        + "; filename=\"" + BriefingFormat.fileName(briefing, chosen) + "\"")
                .build();
    }

    @GET
    @Path("/learning-points")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Learning points of reviews, to choose from",
            description = "The learning points, findings and recommendations of the given reviews with the ids a"
                    + " briefing request names in learningPoints.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = BriefingLearningPoint.class)))
    @APIResponse(responseCode = "400", description = "review is missing, malformed, more than 20, or not visible to you",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<BriefingLearningPoint> learningPoints(
            @Parameter(description = "Review id (repeatable, 1 to 20)", example = "12") @QueryParam("review")
            List<String> reviews) {
        if (reviews == null || reviews.isEmpty() || reviews.size() > BriefingRequestParser.MAX_REVIEWS) {
            throw new BadParameterException("review", "review must be given 1 to " + BriefingRequestParser.MAX_REVIEWS
                    + " times");
        }
        List<Long> ids = reviews.stream()
                .map(r -> (long) SearchParameters.integer("review", r, 0, 1, Integer.MAX_VALUE)).distinct().toList();
        return briefings.learningPoints(ids, viewers.current());
    }
}
