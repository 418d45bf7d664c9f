package org.casewise.api;

import java.time.Instant;

/** A URL (or watched file) of a source and where it is in the pipeline. */
public record WorkItemView(long id, String source, String url, String state, String outcome, String reason,
        int attempts, Instant nextAttemptAt, Long documentId, boolean published, Instant firstSeenAt,
        Instant lastSeenAt, Instant removedAt) {
}
