package org.casewise.source;

/** A request that conflicts with the registry's state: a code taken, a crawl already running. */
public class SourceConflictException extends RuntimeException {
    public SourceConflictException(String message) {
        super(message);
    }
}
