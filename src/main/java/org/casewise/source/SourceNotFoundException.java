package org.casewise.source;

/** No source has this code. */
public class SourceNotFoundException extends RuntimeException {
    public SourceNotFoundException(String code) {
        super("no source with code '" + code + "'");
    }
}
