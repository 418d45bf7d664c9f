package org.casewise.pipeline;

import org.casewise.store.Document;
import org.casewise.store.DocumentStatus;

/**
 * What became of one file.
 *
 * @param duplicate the same bytes were already in the collection; nothing new was created
 * @param reviewId  the review the document belongs to, when analysis succeeded
 */
public record IngestOutcome(Long documentId, String sha256, long sizeBytes, String contentType,
                            DocumentStatus status, String failureReason, Long reviewId, boolean duplicate) {

    /** A document's outcome as recorded now. */
    public static IngestOutcome of(Document d, boolean duplicate) {
        return new IngestOutcome(d.id, d.sha256, d.sizeBytes, d.contentType, d.status, d.failureReason,
                d.review == null ? null : d.review.id, duplicate);
    }

    public IngestOutcome withDuplicate(boolean dup) {
        return new IngestOutcome(documentId, sha256, sizeBytes, contentType, status, failureReason, reviewId, dup);
    }
}
