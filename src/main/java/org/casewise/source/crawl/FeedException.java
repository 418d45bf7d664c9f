package org.casewise.source.crawl;

/**
 * A feed that cannot be read: not RSS or Atom, malformed XML, a DOCTYPE that declares entities,
 * too large, or unreadable. Checked, so that the crawler decides what a bad feed means for its
 * site instead of a parser exception ending the crawl.
 */
public final class FeedException extends Exception {

    private static final long serialVersionUID = 1L;

    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
