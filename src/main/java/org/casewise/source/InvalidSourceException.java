package org.casewise.source;

/** A source definition that cannot be accepted; {@code field} names the offending field for the 400. */
public class InvalidSourceException extends RuntimeException {

    private final String field;

    public InvalidSourceException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
