package org.casewise.index;

/** An index write did not reach the engine; the database still holds the truth. */
public class IndexWriteException extends RuntimeException {
    public IndexWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
