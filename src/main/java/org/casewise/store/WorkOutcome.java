package org.casewise.store;

/** What the last crawl that listed a work item found, for the per-run counts. */
public enum WorkOutcome {
    /** Fetched for the first time. */
    NEW,
    /** The server answered 304, or sent the same bytes again. */
    UNCHANGED,
    /** Different bytes at the same URL: re-processed. */
    CHANGED,
    /** No longer listed by the source, or 404/410 on a re-check: kept, marked as no longer published. */
    REMOVED,
    /** Ended failed or quarantined. */
    FAILED
}
