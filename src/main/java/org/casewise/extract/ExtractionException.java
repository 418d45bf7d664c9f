package org.casewise.extract;

/** A file could not be read; the message is the reason recorded on the document and shown to users. */
public class ExtractionException extends Exception {
    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
