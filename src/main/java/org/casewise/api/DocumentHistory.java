package org.casewise.api;

import java.util.List;

/** A document's state history, and the work items (URLs of sources) that brought it in. */
public record DocumentHistory(long documentId, String status, List<HistoryEvent> events, List<WorkItemView> items) {
}
