package org.casewise.store;

/** Who may see a review. Applied to every query in one place: {@code org.casewise.search.VisibilityPolicy}. */
public enum Visibility {
    /** Published by its board; anyone may search and read it. */
    PUBLIC,
    /** Drafts, embargoed or confidential reports: only viewers entitled to restricted material. */
    RESTRICTED
}
