package org.casewise.search.query;

/** The query text cannot be parsed; the message says what is wrong and at which character. */
public class QuerySyntaxException extends RuntimeException {

    public QuerySyntaxException(String message) {
        super(message);
    }
}
