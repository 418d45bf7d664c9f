package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An alert's matches, newest first. */
@Schema(name = "AlertMatches")
public record AlertMatches(
        @Schema(example = "7") long alertId,
        @Schema(description = "All matches the caller may see", example = "3") long total,
        @Schema(description = "Reviews indexed but not yet run against the alerts (0 when up to date)", example = "0")
        long pendingReviews,
        List<AlertMatchView> matches) {
}
