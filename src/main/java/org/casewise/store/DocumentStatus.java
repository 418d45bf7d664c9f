package org.casewise.store;

/** Where a document is in the pipeline. FAILED always comes with a reason. */
public enum DocumentStatus {
    /** The original bytes are in the content store; nothing has been read from them yet. */
    STORED,
    /** Text was extracted and the review's metadata derived from it. */
    ANALYSED,
    /** A scan without a text layer, and OCR is not available; the original is kept for later OCR. */
    NEEDS_OCR,
    /** Extraction or analysis failed; {@code failureReason} says why. The original file is kept. */
    FAILED
}
