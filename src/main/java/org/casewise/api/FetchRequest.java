package org.casewise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report to fetch from the web and ingest. */
@Schema(name = "FetchRequest")
public record FetchRequest(
        @Schema(description = "An http(s) URL of a published report", required = true,
                example = "https://www.example-partnership.org.uk/media/1234/child-c-lcspr.pdf") String url,
        @Schema(description = "public (default) or restricted", example = "public") String visibility) {
}
