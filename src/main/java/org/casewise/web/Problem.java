package org.casewise.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
public record Problem(
        @Schema(example = "https://casewise.example/problems/bad-parameter") String type,
        @Schema(example = "Bad request parameter") String title,
        @Schema(example = "400") int status,
        @Schema(example = "yearFrom must be a year between 1900 and 2100, got 'soon'") String detail,
        @Schema(example = "/api/v1/reviews") String instance,
        @Schema(description = "The request parameter at fault, for 400 responses", example = "yearFrom")
        String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://casewise.example/problems/";

    public static Response.ResponseBuilder response(int status, String slug, String title, String detail,
                                                    String instance, String parameter) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem(TYPE_BASE + slug, title, status, detail, instance, parameter));
    }
}
