package org.casewise.dataset.web;

import java.net.URI;

/**
 * A simulated board web site as a crawler (or its test) needs to know it.
 *
 * @param style     how the site lays out its reports
 * @param baseUri   e.g. http://127.0.0.1:8301/ (each site is its own host)
 * @param boardId   the registry board id whose reports it publishes
 * @param boardName the board's printed name
 * @param awkward   what is awkward about it, in words
 */
public record Site(Style style, URI baseUri, String boardId, String boardName, String awkward) {

    public enum Style {
        /** One page with a plain list of links. */
        LIST,
        /** An HTML table with year, title and link columns. */
        TABLE,
        /** An index of years, each linking to a page for that year. */
        YEARS,
        /** An RSS 2.0 feed at /feed.xml, linked from the home page. */
        FEED,
        /** A 'Case reviews' sub-page whose links go through /download?id=... and a 302. */
        REDIRECT
    }

    /** "127.0.0.1:port", the key of {@link SimulatedWeb#requestCount(String)}. */
    public String host() {
        return baseUri.getAuthority();
    }
}
