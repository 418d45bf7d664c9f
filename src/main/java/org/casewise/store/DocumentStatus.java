package org.casewise.store;

/** Where a document is in the pipeline. FAILED always comes with a reason. */
public enum DocumentStatus {
    /** The original bytes are in the content store; nothing has been read from them yet. */
    STORED,
    /** Text was extracted and stored; metadata not derived yet. */
    EXTRACTED,
    /** Text was extracted and the review's metadata derived from it. */
    ANALYSED,
    /** A scan without a text layer, and OCR is not available; the original is kept for later OCR. */
    NEEDS_OCR,
    /** Extraction or analysis failed; {@code failureReason} says why. The original file is kept. */
    FAILED,
    /**
     * The file behaved like an attack (zip bomb, parser hang or crash, over the size limit); it is kept
     * for inspection and never parsed again automatically. {@code failureReason} says why.
     */
    QUARANTINED
}
