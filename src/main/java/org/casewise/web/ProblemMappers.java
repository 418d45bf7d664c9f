package org.casewise.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.casewise.config.CasewiseConfig;
import org.casewise.pipeline.FileTooLargeException;
import org.casewise.search.EngineUnavailableException;
import org.casewise.source.InvalidSourceException;
import org.casewise.source.SourceConflictException;
import org.casewise.source.SourceNotFoundException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an application/problem+json response with the right status. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    CasewiseConfig config;

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e, UriInfo uri) {
        return Problem.response(400, "bad-parameter", "Bad request parameter", e.getMessage(),
                uri.getPath(), e.parameter()).build();
    }

    /** A trend parameter that does not fit the data or the other parameters (e.g. overlapping windows). */
    @ServerExceptionMapper
    public Response badTrendParameter(org.casewise.trends.TrendParameterException e, UriInfo uri) {
        return Problem.response(400, "bad-parameter", "Bad request parameter", e.getMessage(),
                uri.getPath(), e.parameter()).build();
    }

    /** The engine refused the query (e.g. a prefix matching too many words): the query's fault. */
    @ServerExceptionMapper
    public Response engineRefusedQuery(org.casewise.index.EngineQueryException e, UriInfo uri) {
        LOG.infof("Engine refused a query on %s: %s", uri.getPath(), e.getMessage());
        String detail = e.getMessage().contains("too_many") || e.getMessage().contains("maxClauseCount")
                ? "q matches too many words (a short prefix?); make it more specific"
                : "q could not be run by the search engine: " + e.getMessage();
        return Problem.response(400, "bad-parameter", "Bad request parameter", detail, uri.getPath(), "q").build();
    }

    @ServerExceptionMapper
    public Response invalidSource(InvalidSourceException e, UriInfo uri) {
        return Problem.response(400, "bad-parameter", "Invalid source definition", e.getMessage(), uri.getPath(),
                e.field()).build();
    }

    @ServerExceptionMapper
    public Response sourceConflict(SourceConflictException e, UriInfo uri) {
        return Problem.response(409, "conflict", "Conflict", e.getMessage(), uri.getPath(), null).build();
    }

    @ServerExceptionMapper
    public Response sourceNotFound(SourceNotFoundException e, UriInfo uri) {
        return Problem.response(404, "not-found", "Not Found", e.getMessage(), uri.getPath(), null).build();
    }

    @ServerExceptionMapper
    public Response tooLarge(FileTooLargeException e, UriInfo uri) {
        return Problem.response(413, "file-too-large", "File too large", e.getMessage(), uri.getPath(), "file")
                .build();
    }

    @ServerExceptionMapper
    public Response engineUnavailable(EngineUnavailableException e, UriInfo uri) {
        LOG.warnf("Search unavailable: %s", e.getMessage());
        return Problem.response(503, "search-unavailable", "Search temporarily unavailable",
                        e.getMessage() + ". Saved reviews are kept and indexed when it returns.", uri.getPath(), null)
                .header("Retry-After", config.index().retryAfterSeconds())
                .build();
    }

    /** 404s, 405s, 415s... raised by the framework or by resources, in the same problem shape. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? title : e.getMessage();
        Response.ResponseBuilder builder = Problem.response(status, slug(title), title, detail, uri.getPath(), null);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", incident, uri.getPath());
        return Problem.response(500, "internal-error", "Internal error",
                "Something went wrong on our side (incident " + incident + ")", uri.getPath(), null).build();
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
