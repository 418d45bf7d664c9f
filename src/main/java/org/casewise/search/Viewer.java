package org.casewise.search;

/**
 * Who is asking. Only viewers entitled to restricted material see restricted reviews.
 * Until user accounts exist every request is {@link #ANONYMOUS}.
 */
public record Viewer(String name, boolean entitledToRestricted) {

    public static final Viewer ANONYMOUS = new Viewer("anonymous", false);
}
