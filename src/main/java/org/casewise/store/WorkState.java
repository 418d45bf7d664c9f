package org.casewise.store;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a work item is in the pipeline. An item moves forward one step per transaction, and each
 * step's result is committed together with the new state, so after a crash the item resumes at the
 * step that was interrupted and nothing done before it is done twice.
 */
public enum WorkState {
    /** Discovered (or re-listed by a later crawl); to be fetched, conditionally if it was fetched before. */
    QUEUED,
    /** The body is in the content store and recorded as a document. */
    FETCHED,
    /** The text is extracted and stored. */
    EXTRACTED,
    /** Metadata is derived and the document belongs to a review; waiting for the index to confirm it. */
    ANALYSED,
    /** The review is in the search index (confirmed by the engine). */
    INDEXED,
    /** A scan without a text layer and no OCR available: kept, to be re-queued when OCR is installed. */
    NEEDS_OCR,
    /** Could not be fetched or read; {@code reason} says why. Terminal. */
    FAILED,
    /** Rejected for safety (zip bomb, parser hang or crash, over the size limit); kept, never retried. */
    QUARANTINED;

    /** States a worker picks up. */
    public static final Set<WorkState> CLAIMABLE = EnumSet.of(QUEUED, FETCHED, EXTRACTED);

    /** States in which the item has nothing more to do in the pipeline (ANALYSED only waits for the index). */
    public static final Set<WorkState> SETTLED = EnumSet.of(ANALYSED, INDEXED, NEEDS_OCR, FAILED, QUARANTINED);

    public boolean settled() {
        return SETTLED.contains(this);
    }
}
