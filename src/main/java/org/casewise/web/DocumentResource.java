package org.casewise.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.casewise.api.DocumentHistory;
import org.casewise.api.DocumentSummary;
import org.casewise.api.FetchRequest;
import org.casewise.api.IndexLag;
import org.casewise.api.UploadResult;
import org.casewise.config.CasewiseConfig;
import org.casewise.fetch.FetchResult;
import org.casewise.fetch.UrlIngestService;
import org.casewise.index.IndexReconciler;
import org.casewise.pipeline.IncomingFile;
import org.casewise.pipeline.IngestOutcome;
import org.casewise.pipeline.IngestService;
import org.casewise.source.SourceService;
import org.casewise.source.SourceStatus;
import org.casewise.store.ContentStore;
import org.casewise.store.ReviewCatalog;

import org.casewise.store.Visibility;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/documents")
@Tag(name = "Documents", description = "Submit report files and download the stored originals")
public class DocumentResource {

    @Inject
    ViewerResolver viewers;

    @Inject
    SourceStatus sourceStatus;

    @Inject
    IngestService ingest;

    @Inject
    SourceService sources;

    @Inject
    IndexReconciler index;

    @Inject
    ReviewCatalog catalog;

    @Inject
    ContentStore contentStore;

    @Inject
    CasewiseConfig config;

    @Inject
    UrlIngestService urls;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a review report",
            description = "Stores the original file, extracts its text, derives metadata and makes it searchable."
                    + " A file that cannot be read (corrupt, encrypted, no text layer) is kept and recorded with"
                    + " status FAILED and a reason. The same bytes uploaded twice give the existing document."
                    + " If the search engine is down the upload still succeeds; 'indexed' is then false and the"
                    + " review becomes searchable when the engine returns.")
    @APIResponse(responseCode = "201", description = "Recorded (check document.status)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadResult.class)))
    @APIResponse(responseCode = "200", description = "These bytes were already in the collection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadResult.class)))
    @APIResponse(responseCode = "400", description = "No file part, or a bad visibility",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The file is over the size limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(
            @Parameter(description = "The report: PDF, DOCX, DOC, RTF, ODT, HTML or text") @RestForm("file") FileUpload file,
            @Parameter(description = "public (default) or restricted; a report that reads as a confidential draft"
                    + " is restricted whatever is asked", example = "public") @RestForm("visibility") String visibility)
            throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw new BadParameterException("file", "a multipart part named 'file' holding the report is required");
        }
        Visibility requested = parseVisibility(visibility);
        String name = file.fileName() == null || file.fileName().isBlank() ? "upload" : file.fileName();
        IngestOutcome outcome = ingest.ingest(new IncomingFile(file.uploadedFile(), name, "upload:" + name, requested, null),
                sources.uploads(), true);
        return recorded(outcome);
    }

    @POST
    @Path("/fetch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fetch a report from a URL and ingest it",
            description = "Fetches politely (robots.txt, a descriptive User-Agent, retries honouring Retry-After) and"
                    + " only from the URL's own host: redirects elsewhere, and private or internal addresses, are"
                    + " refused. The file then goes through the same pipeline as an upload.")
    @APIResponse(responseCode = "201", description = "Fetched and recorded (check document.status)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadResult.class)))
    @APIResponse(responseCode = "200", description = "These bytes were already in the collection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadResult.class)))
    @APIResponse(responseCode = "400", description = "Not an http(s) URL, or one Casewise refuses to fetch",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The site does not allow it (robots.txt), has no such file, or the file is too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The site could not be reached or kept failing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response fetch(FetchRequest request, @Context UriInfo uri) throws IOException {
        if (request == null || request.url() == null || request.url().isBlank()) {
            throw new BadParameterException("url", "a JSON body with an http(s) 'url' is required");
        }
        URI target;
        try {
            target = new URI(request.url().strip());
        } catch (URISyntaxException e) {
            throw new BadParameterException("url", "url is not a valid URL: " + e.getReason());
        }
        if (!target.isAbsolute() || target.getHost() == null
                || !("http".equalsIgnoreCase(target.getScheme()) || "https".equalsIgnoreCase(target.getScheme()))) {
            throw new BadParameterException("url", "url must be an absolute http or https URL");
        }
        UrlIngestService.Result result = urls.ingest(target, parseVisibility(request.visibility()));
        FetchResult fetched = result.fetch();
        return switch (fetched.outcome()) {
            case OK -> recorded(result.outcome());
            case REFUSED_BY_GUARD -> throw new BadParameterException("url", "Casewise does not fetch this URL: " + fetched.reason());
            case DISALLOWED_BY_ROBOTS, NOT_FOUND, GONE, TOO_LARGE, NOT_MODIFIED ->
                    Problem.response(422, "not-fetched", "Not fetched", fetched.reason(), uri.getPath(), "url").build();
            case FAILED -> Problem.response(502, "fetch-failed", "The site could not be fetched", fetched.reason(),
                    uri.getPath(), "url").build();
        };
    }

    /** The answer to a file that reached the pipeline: 201 with its record, or 200 for known bytes. */
    private Response recorded(IngestOutcome outcome) {
        boolean indexed = false;
        if (outcome.reviewId() != null) {
            index.reconcile();
            indexed = index.isIndexed(outcome.reviewId());
        }
        long pending = index.pendingCount();
        UploadResult result = new UploadResult(catalog.documentForSubmitter(outcome.documentId()), outcome.duplicate(),
                indexed, new IndexLag(pending, pending > 0));
        if (outcome.duplicate()) {
            return Response.ok(result).build();
        }
        return Response.created(URI.create("/api/v1/documents/" + outcome.documentId())).entity(result).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A document's record: provenance, hash, pipeline status and failure reason")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DocumentSummary.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public DocumentSummary get(@Parameter(description = "Document id", example = "1") @PathParam("id") String id) {
        long documentId = SearchParameters.integer("id", id, 0, 1, Integer.MAX_VALUE);
        return catalog.document(documentId, viewers.current())
                .orElseThrow(() -> new NotFoundException("No document with id " + documentId));
    }

    @GET
    @Path("/{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A document's state history: stored, extracted, analysed, indexed or why it failed,"
            + " and the source URLs that brought it in")
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public DocumentHistory history(@Parameter(description = "Document id", example = "1") @PathParam("id") String id) {
        long documentId = SearchParameters.integer("id", id, 0, 1, Integer.MAX_VALUE);
        // The same visibility rule as the document itself: a restricted review's history is not shown.
        catalog.document(documentId, viewers.current())
                .orElseThrow(() -> new NotFoundException("No document with id " + documentId));
        return sourceStatus.history(documentId)
                .orElseThrow(() -> new NotFoundException("No document with id " + documentId));
    }

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download the original file, byte for byte as it was received")
    @APIResponse(responseCode = "200", description = "The original file; ETag is its SHA-256")
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response content(@Parameter(description = "Document id", example = "1") @PathParam("id") String id) {
        long documentId = SearchParameters.integer("id", id, 0, 1, Integer.MAX_VALUE);
        var original = catalog.original(documentId, viewers.current())
                .filter(o -> contentStore.contains(o.sha256()))
                .orElseThrow(() -> new NotFoundException("No stored original for document " + documentId));
        String fileName = original.fileName() == null ? "document-" + documentId : original.fileName();
        return Response.ok(contentStore.path(original.sha256()).toFile(), original.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[\"\\\\\\r\\n]", "_") + "\"")
                .header("ETag", "\"" + original.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static Visibility parseVisibility(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Visibility.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("visibility", "visibility must be 'public' or 'restricted'");
        }
    }
}
