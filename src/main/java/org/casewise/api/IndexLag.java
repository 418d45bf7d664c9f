package org.casewise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the index has caught up with the database. */
@Schema(name = "IndexLag")
public record IndexLag(
        @Schema(description = "Reviews saved but not yet searchable", example = "0") long pending,
        @Schema(description = "True while pending > 0") boolean behind) {
}
