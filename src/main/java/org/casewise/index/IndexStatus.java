package org.casewise.index;

import java.time.Instant;

/**
 * How far the search index is behind the database.
 *
 * @param reviewsPending reviews committed to the database that the index has not confirmed yet
 */
public record IndexStatus(boolean engineReachable, String engineStatus, long reviews, long reviewsPending,
                          Instant lastReconciledAt, String lastError) {
}
