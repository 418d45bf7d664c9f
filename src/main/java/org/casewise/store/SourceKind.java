package org.casewise.store;

/** How reports reach Casewise from a source. */
public enum SourceKind {
    /** A national repository: paginated listing pages, a record page per review, files linked from records. */
    NATIONAL_REPOSITORY,
    /** A board's own web site: start URLs, link patterns to follow, a depth limit. */
    BOARD_SITE,
    /** An RSS or Atom feed whose items link the reports. */
    FEED,
    /** A watched directory on the server's file system. */
    FOLDER,
    /** Files uploaded by users. */
    UPLOAD,
    /** Single URLs submitted one by one (POST /api/v1/documents/fetch). */
    URL;

    /** Whether a crawl of this kind reads the web (and so needs hosts, robots.txt and politeness). */
    public boolean web() {
        return this == NATIONAL_REPOSITORY || this == BOARD_SITE || this == FEED;
    }

    /** Whether a source of this kind can be crawled at all (uploads and single URLs only arrive). */
    public boolean crawlable() {
        return web() || this == FOLDER;
    }

    /** The kind as written in sources.json and the API: national-repository, board-site, ... */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static SourceKind fromCode(String code) {
        for (SourceKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown source kind '" + code + "'; one of national-repository, board-site,"
                + " feed, folder, upload, url");
    }
}
