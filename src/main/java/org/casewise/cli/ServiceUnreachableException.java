package org.casewise.cli;

/** The service did not answer at all; every command turns this into one line and exit code 2. */
final class ServiceUnreachableException extends Exception {

    ServiceUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
