package org.casewise.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A saved search as the API shows it. */
@Schema(name = "Alert")
public record AlertView(
        @Schema(example = "7") long id,
        @Schema(example = "Unsafe sleep in Kent") String name,
        @Schema(description = "The normalised filter") AlertQuery query,
        @Schema(example = "2026-11-24T09:30:00Z") Instant created,
        @Schema(description = "Whether the alert may match restricted reviews: true only when its creator presented"
                + " the restricted-access token", example = "false") boolean restricted,
        @Schema(description = "Reviews matched so far", example = "3") long matchCount,
        @Schema(description = "Whether the search engine holds the alert's query yet (false while it is down;"
                + " matches found later are not lost)", example = "true") boolean active,
        @Schema(description = "Atom feed of the matches. The token in it is the feed's secret: anyone with this URL"
                + " can read the feed", example = "/api/v1/alerts/7/feed?token=Xk3v9Q...") String feedUrl,
        @Schema(example = "/api/v1/alerts/7/matches") String matchesUrl,
        @Schema(example = "/api/v1/alerts/7") String href) {
}
