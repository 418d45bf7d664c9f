package org.casewise.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.casewise.api.IndexStatusDto;
import org.casewise.index.IndexReconciler;
import org.casewise.index.IndexStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/index")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Index", description = "The search index, derived from the database")
public class IndexResource {

    @Inject
    IndexReconciler reconciler;

    @GET
    @Path("/status")
    @Operation(summary = "Whether the index has caught up with the database",
            description = "pending counts reviews saved but not yet searchable, e.g. while the engine was down.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndexStatusDto.class)))
    public IndexStatusDto status() {
        IndexStatus s = reconciler.status();
        return new IndexStatusDto(s.engineReachable(), s.engineStatus(), s.reviews(), s.reviewsPending(),
                s.lastReconciledAt(), s.lastError());
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Re-create the index and re-index every review from the database",
            description = "Use after changing the analysis in index-config/. Runs in the background; follow it with"
                    + " GET /api/v1/index/status.")
    @APIResponse(responseCode = "202", description = "Accepted; reviews are re-indexed in the background")
    public Response rebuild() {
        reconciler.requestRebuild();
        return Response.accepted().build();
    }
}
