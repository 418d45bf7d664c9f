package org.casewise.extract;

/**
 * A file could not be read; the message is the reason recorded on the document and shown to users.
 * The {@link Disposition} tells the pipeline what to do with the file next.
 */
public class ExtractionException extends Exception {

    /** What an extraction failure means for the file. */
    public enum Disposition {
        /** The file is unreadable as it is (corrupt, encrypted, empty, no text): a terminal failure. */
        FAILED,
        /**
         * The file behaved like an attack or would have hurt the service (zip bomb, parser hang, memory
         * exhaustion, crash): kept aside, never retried automatically.
         */
        QUARANTINED,
        /** Nothing is known to be wrong with the file (the service was stopping, a parser would not start). */
        RETRY
    }

    private final Disposition disposition;

    public ExtractionException(String message) {
        this(Disposition.FAILED, message, null);
    }

    public ExtractionException(String message, Throwable cause) {
        this(Disposition.FAILED, message, cause);
    }

    public ExtractionException(Disposition disposition, String message) {
        this(disposition, message, null);
    }

    public ExtractionException(Disposition disposition, String message, Throwable cause) {
        super(message, cause);
        this.disposition = disposition;
    }

    public Disposition disposition() {
        return disposition;
    }
}
