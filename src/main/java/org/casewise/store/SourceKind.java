package org.casewise.store;

/** How reports reach Casewise from a source. */
public enum SourceKind {
    FOLDER, UPLOAD, CRAWL, FEED
}
