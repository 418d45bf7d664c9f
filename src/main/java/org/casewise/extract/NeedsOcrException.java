package org.casewise.extract;

/**
 * A scanned document with no text layer, and OCR is off or {@code tesseract} is not installed. Its own
 * type so the pipeline can park the document as {@code needs-ocr} (retry once OCR is available)
 * rather than fail it.
 */
public class NeedsOcrException extends ExtractionException {
    public NeedsOcrException(String message) {
        super(message);
    }
}
