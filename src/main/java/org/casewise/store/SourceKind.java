package org.casewise.store;

/** How reports reach Casewise from a source. */
public enum SourceKind {
    FOLDER, UPLOAD, CRAWL, FEED,
    /** Single URLs submitted one by one (POST /api/v1/documents/fetch). */
    URL
}
