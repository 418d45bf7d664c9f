package org.casewise.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.casewise.api.CrawlRunView;
import org.casewise.api.SourceDefinition;
import org.casewise.api.SourceView;
import org.casewise.api.WorkItemView;
import org.casewise.source.CrawlService;
import org.casewise.source.SourceRegistry;
import org.casewise.source.SourceStatus;
import org.casewise.store.WorkState;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Where reports come from, their crawls and what each crawl found")
public class SourceResource {

    @Inject
    SourceRegistry registry;

    @Inject
    SourceStatus status;

    @Inject
    CrawlService crawls;

    @GET
    @Operation(summary = "Every source with its last crawl, next crawl and items per state")
    public List<SourceView> list() {
        return status.sources();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One source with its last crawl's counts and errors")
    @APIResponse(responseCode = "404", description = "No such source")
    public SourceView get(@Parameter(description = "Source code, as registered", example = "kent-scp") @PathParam("code") String code) {
        return status.source(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a source", description = "Kinds: national-repository, board-site, feed, folder.")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "400", description = "A field is invalid; the problem names it")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response register(SourceDefinition definition, @Context UriInfo uri) {
        String code = registry.register(definition).code;
        return Response.created(uri.getAbsolutePathBuilder().path(code).build()).entity(status.source(code)).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a source's definition (enable, disable, reschedule, change its patterns)")
    public SourceView replace(@Parameter(description = "Source code, as registered", example = "kent-scp") @PathParam("code") String code, SourceDefinition definition) {
        registry.replace(code, definition);
        return status.source(code);
    }

    @POST
    @Path("/{code}/crawl")
    @Operation(summary = "Start a crawl now", description = "Discovery runs in the background; follow the run at"
            + " the Location returned.")
    @APIResponse(responseCode = "202", description = "Started")
    @APIResponse(responseCode = "409", description = "Already being crawled, or disabled")
    @APIResponse(responseCode = "400", description = "trigger is not api or cli",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response crawl(@Parameter(description = "Source code, as registered", example = "kent-scp") @PathParam("code") String code,
            @QueryParam("trigger") @DefaultValue("api") @Parameter(description = "api or cli, for the record", example = "api") String trigger,
            @Context UriInfo uri) {
        String t = trigger.toLowerCase(Locale.ROOT);
        if (!t.equals("api") && !t.equals("cli")) {
            throw new BadParameterException("trigger", "trigger must be api or cli");
        }
        long run = crawls.start(code, t);
        URI location = uri.getBaseUriBuilder().path("api/v1/sources").path(code).path("runs").path(String.valueOf(run)).build();
        return Response.accepted(status.run(run).orElseThrow()).location(location).build();
    }

    @GET
    @Path("/{code}/runs")
    @Operation(summary = "The latest crawls of a source, newest first")
    @APIResponse(responseCode = "400", description = "limit is not a number from 1 to 500",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<CrawlRunView> runs(@Parameter(description = "Source code, as registered", example = "kent-scp") @PathParam("code") String code,
            @Parameter(description = "How many runs, 1 to 500 (default 20)", example = "20") @QueryParam("limit") String limit) {
        return status.runs(code, SearchParameters.integer("limit", limit, 20, 1, 500));
    }

    @GET
    @Path("/{code}/runs/{run}")
    @Operation(summary = "One crawl with its counts and errors")
    public CrawlRunView run(@Parameter(description = "Source code, as registered", example = "kent-scp") @PathParam("code") String code, @Parameter(description = "Run id", example = "3") @PathParam("run") long run) {
        CrawlRunView view = status.run(run).filter(r -> r.source().equals(code))
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no run " + run + " of source " + code));
        return view;
    }

    @GET
    @Path("/{code}/items")
    @Operation(summary = "The URLs (or files) a source lists, with their pipeline state")
    @APIResponse(responseCode = "400", description = "Unknown state, or offset/limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<WorkItemView> items(@Parameter(description = "Source code, as registered", example = "kent-scp") @PathParam("code") String code,
            @QueryParam("state") @Parameter(description = "queued, fetched, extracted, analysed, indexed, needs-ocr,"
                    + " failed or quarantined", example = "failed") String state,
            @Parameter(description = "Items to skip (default 0)", example = "0") @QueryParam("offset") String offsetParam,
            @Parameter(description = "Items to return, 1 to 1000 (default 100)", example = "100") @QueryParam("limit") String limitParam) {
        int offset = SearchParameters.integer("offset", offsetParam, 0, 0, Integer.MAX_VALUE);
        int limit = SearchParameters.integer("limit", limitParam, 100, 1, 1000);
        WorkState parsed = null;
        if (state != null && !state.isBlank()) {
            try {
                parsed = WorkState.valueOf(state.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new BadParameterException("state", "unknown state '" + state + "'");
            }
        }
        if (offset < 0) {
            throw new BadParameterException("offset", "offset must not be negative");
        }
        if (limit < 1 || limit > 1000) {
            throw new BadParameterException("limit", "limit must be 1..1000");
        }
        return status.items(code, parsed, offset, limit);
    }
}
