package org.casewise.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One place a document was found. */
@Schema(name = "Sighting", description = "Where the same bytes were found: a source and URL, first and last seen")
public record SightingDto(
        @Schema(example = "folder:sample") String source,
        @Schema(example = "https://kent.boards.example.org/case-reviews/child-c.pdf") String url,
        @Schema(example = "child-c.pdf") String fileName,
        @Schema(description = "Registry id of the board whose site published it, when known", example = "kent") String board,
        Instant firstSeenAt,
        Instant lastSeenAt) {
}
