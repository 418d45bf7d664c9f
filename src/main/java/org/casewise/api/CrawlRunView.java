package org.casewise.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One crawl of a source and what it found. Counts: {@code discovered} reports listed by the source
 * in this crawl, of which {@code newCount} fetched for the first time, {@code unchanged},
 * {@code changed} (re-processed) and {@code failed}; {@code removed} reports the source listed before
 * and no longer does (kept, marked as no longer published); {@code pending} still in the pipeline.
 */
@Schema(description = "A crawl run with its counts and errors")
public record CrawlRunView(long id, String source, String status, String trigger, Instant startedAt,
        Instant discoveryFinishedAt, Instant finishedAt, int pagesFetched, long discovered, long newCount,
        long unchanged, long changed, long removed, long failed, long pending, int excludedByRobots, String error,
        @Schema(description = "Pages that could not be read and reports that failed, with the reasons")
        List<Problem> errors) {

    /** A page or report that failed, and why. */
    public record Problem(String url, String reason, Instant at) {
    }
}
