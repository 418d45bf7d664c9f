package org.casewise.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.casewise.api.AlertMatches;
import org.casewise.api.AlertRequest;
import org.casewise.api.AlertView;
import org.casewise.search.alert.AlertFeed;
import org.casewise.search.alert.AlertService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Saved searches that alert: a stored filter that every newly indexed review is matched against,
 * with the matches as JSON and as an Atom feed.
 */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "Saved searches that collect newly ingested matching reviews, with an Atom feed")
public class AlertResource {

    static final int MAX_BODY_CHARS = 20_000;
    static final int FEED_ENTRIES = 50;

    private static final String NOT_FOUND_EXAMPLE = "{\"type\":\"https://casewise.example/problems/not-found\","
            + "\"title\":\"Not Found\",\"status\":404,\"detail\":\"No alert with id 42\",\"instance\":\"/api/v1/alerts/42\"}";
    private static final String BAD_ID_EXAMPLE = "{\"type\":\"https://casewise.example/problems/bad-parameter\","
            + "\"title\":\"Bad request parameter\",\"status\":400,\"detail\":\"id must be a whole number between 1 and"
            + " 2147483647, got 'abc'\",\"instance\":\"/api/v1/alerts/abc\",\"parameter\":\"id\"}";

    @Inject
    AlertService alerts;

    @Inject
    AlertFeed feeds;

    @Inject
    ViewerResolver viewers;

    @Inject
    ObjectMapper mapper;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a search as an alert",
            description = "The query takes the GET /api/v1/reviews filter parameters (q, theme, board, nation, region,"
                    + " reviewType, outcome, ageBand, agency, methodology, year, yearFrom, yearTo) with the same rules."
                    + " From now on every review that is ingested (or changed) and matches is added to the alert, as it"
                    + " is indexed; existing reviews are not backfilled (search shows those). An alert sees what its"
                    + " creator may see: restricted reviews only if it was created with the restricted-access token."
                    + " The answer's feedUrl carries a secret token: keep it to yourself.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AlertRequest.class),
            examples = @ExampleObject(name = "unsafe sleep in Kent", value = "{\"name\":\"Unsafe sleep in Kent\","
                    + "\"query\":{\"q\":\"\\\"unsafe sleep\\\"\",\"board\":[\"kent\"],\"yearFrom\":\"2020\"}}")))
    @APIResponse(responseCode = "201", description = "Saved; Location names the alert",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON, the name is missing or too long, or a query"
            + " parameter is invalid (parameter names it, e.g. query.theme)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                        @ExampleObject(name = "unknown theme", value = "{\"type\":\"https://casewise.example/problems/"
                            + "bad-parameter\",\"title\":\"Bad request parameter\",\"status\":400,\"detail\":\"theme"
                            + " 'sadness' is not in the taxonomy (GET /api/v1/themes lists the ids)\",\"instance\":"
                            + "\"/api/v1/alerts\",\"parameter\":\"query.theme\"}"),
                        @ExampleObject(name = "missing name", value = "{\"type\":\"https://casewise.example/problems/"
                            + "bad-parameter\",\"title\":\"Bad request parameter\",\"status\":400,\"detail\":\"name is"
                            + " required: a short text naming the alert\",\"instance\":\"/api/v1/alerts\","
                            + "\"parameter\":\"name\"}")}))
    @APIResponse(responseCode = "401", description = "An Authorization token was sent but is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(String body) {
        if (body == null || body.isBlank()) {
            throw new BadParameterException("body", "a JSON body with 'name' and 'query' is required");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new BadParameterException("body", "the body must be at most " + MAX_BODY_CHARS + " characters");
        }
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadParameterException("body", "the body is not valid JSON: " + e.getOriginalMessage());
        }
        AlertView created = alerts.create(json, viewers.current());
        return Response.created(URI.create(created.href())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An alert: its filter, match count and feed URL",
            description = "An alert created with the restricted-access token is only shown to callers presenting that"
                    + " token or the alert's feed token.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad id", value = BAD_ID_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such alert (or not visible to you)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown alert", value = NOT_FOUND_EXAMPLE)))
    public AlertView get(@Parameter(description = "Alert id", example = "7") @PathParam("id") String id,
                         @Parameter(description = "The alert's feed token (needed only for a restricted alert without"
                                 + " the Authorization token)", example = "Xk3v9Q...") @QueryParam("token") String token) {
        long alertId = id(id);
        return alerts.view(alertId, viewers.current(), token).orElseThrow(() -> notFound(alertId));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an alert and its matches", description = "Its feed answers 404 from then on.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "The id is not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad id", value = BAD_ID_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such alert (or not visible to you)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown alert", value = NOT_FOUND_EXAMPLE)))
    public Response delete(@Parameter(description = "Alert id", example = "7") @PathParam("id") String id,
                           @Parameter(description = "The alert's feed token (needed only for a restricted alert"
                                   + " without the Authorization token)", example = "Xk3v9Q...") @QueryParam("token") String token) {
        alerts.delete(id(id), viewers.current(), token);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/matches")
    @Operation(summary = "The reviews an alert matched, newest first",
            description = "pendingReviews says how many indexed reviews are still to be matched (e.g. right after an"
                    + " engine outage); they are matched, not lost.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AlertMatches.class)))
    @APIResponse(responseCode = "400", description = "The id or limit is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad limit", value = "{\"type\":\"https://casewise.example/"
                            + "problems/bad-parameter\",\"title\":\"Bad request parameter\",\"status\":400,\"detail\":"
                            + "\"limit must be a whole number between 1 and 200, got '0'\",\"instance\":"
                            + "\"/api/v1/alerts/7/matches\",\"parameter\":\"limit\"}")))
    @APIResponse(responseCode = "404", description = "No such alert (or not visible to you)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown alert", value = NOT_FOUND_EXAMPLE)))
    public AlertMatches matches(@Parameter(description = "Alert id", example = "7") @PathParam("id") String id,
                                @Parameter(description = "Matches to list, 1 to 200 (default 50)", example = "50")
                                @QueryParam("limit") String limit,
                                @Parameter(description = "The alert's feed token (needed only for a restricted alert"
                                        + " without the Authorization token)", example = "Xk3v9Q...") @QueryParam("token") String token) {
        int n = SearchParameters.integer("limit", limit, 50, 1, 200);
        return alerts.matches(id(id), viewers.current(), token, n);
    }

    @GET
    @Path("/{id}/feed")
    @Produces({AlertFeed.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(summary = "An alert's matches as an Atom feed",
            description = "For feed readers: the newest 50 matches, each linking to the review. Use the feedUrl the"
                    + " alert gave (its token opens a restricted alert's feed without an Authorization header).")
    @APIResponse(responseCode = "200", description = "Atom 1.0",
            content = @Content(mediaType = AlertFeed.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile
                    .openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "feed", value = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Casewise alert: Unsafe sleep</title>"
                            + "<id>tag:casewise,2026:alert/7</id><updated>2026-11-24T09:41:12Z</updated><entry>"
                            + "<title>Serious Case Review: Child W</title><link rel=\"alternate\""
                            + " href=\"https://casewise.example/api/v1/reviews/131\"/><id>tag:casewise,2026:alert/7/"
                            + "review/131</id><updated>2026-11-24T09:41:12Z</updated><published>2026-11-24T09:41:12Z"
                            + "</published><summary>Kent Safeguarding Children Board · published 2026 · themes:"
                            + " neglect</summary></entry></feed>")))
    @APIResponse(responseCode = "400", description = "The id is not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad id", value = BAD_ID_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such alert (or not visible to you)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown alert", value = NOT_FOUND_EXAMPLE)))
    public Response feed(@Parameter(description = "Alert id", example = "7") @PathParam("id") String id,
                         @Parameter(description = "The alert's feed token, from its feedUrl", example = "Xk3v9Q...")
                         @QueryParam("token") String token,
                         @Context UriInfo uri) {
        long alertId = id(id);
        var data = alerts.feed(alertId, viewers.current(), token, FEED_ENTRIES);
        String atom = feeds.atom(data, uri.getBaseUri(), uri.getRequestUri().toString());
        return Response.ok(atom, AlertFeed.MEDIA_TYPE + ";charset=UTF-8").build();
    }

    private static long id(String id) {
        return SearchParameters.integer("id", id, 0, 1, Integer.MAX_VALUE);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No alert with id " + id);
    }
}
