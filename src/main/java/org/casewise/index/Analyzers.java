package org.casewise.index;

/**
 * Names of the analyzers and normalizers defined in {@code index-config/reviews-settings.json}.
 * Kept in one place so mapping annotations and the settings file cannot drift apart silently.
 */
public final class Analyzers {

    /** Index-time English analysis: stemming, no stopword removal (snippets and phrases need them). */
    public static final String ENGLISH = "cw_english";

    /** Query-time English analysis: as {@link #ENGLISH} plus practitioners' abbreviations as synonyms. */
    public static final String ENGLISH_SEARCH = "cw_english_search";

    /** Lowercase, accent-free keyword for sorting titles. */
    public static final String SORT = "cw_sort";

    private Analyzers() {
    }
}
