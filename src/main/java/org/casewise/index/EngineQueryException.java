package org.casewise.index;

/**
 * The engine refused a query as malformed or too expensive (its HTTP 400), e.g. a prefix that
 * expands to too many words. The caller's input caused it, so the API answers 400, not 500.
 */
public class EngineQueryException extends RuntimeException {

    public EngineQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
