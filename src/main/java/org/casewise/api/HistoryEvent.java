package org.casewise.api;

import java.time.Instant;

/** One step in a document's or work item's history. */
public record HistoryEvent(Instant at, String state, String detail, Long workItemId) {
}
