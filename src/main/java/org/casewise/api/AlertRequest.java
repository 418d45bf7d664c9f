package org.casewise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /api/v1/alerts. */
@Schema(name = "AlertRequest", description = "A saved search to alert on")
public record AlertRequest(
        @Schema(description = "A name for the alert, 1 to 200 characters", example = "Unsafe sleep in Kent",
                required = true) String name,
        @Schema(description = "The filter; left out, the alert matches every new review the creator may see")
        AlertQuery query) {
}
