package org.casewise.search;

/** The search engine cannot answer now; the client should retry later (HTTP 503). */
public class EngineUnavailableException extends RuntimeException {
    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
