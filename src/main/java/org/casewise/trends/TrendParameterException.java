package org.casewise.trends;

/**
 * A trend parameter that is well-formed but does not fit the data or the other parameters (a
 * baseline window that overlaps the recent one once the recent window's default end is known).
 * Rendered as a 400 problem naming the parameter, like the web layer's own checks.
 */
public class TrendParameterException extends RuntimeException {
    private final String parameter;

    public TrendParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
