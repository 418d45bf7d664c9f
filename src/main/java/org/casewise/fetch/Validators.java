package org.casewise.fetch;

/**
 * What the caller remembers from the previous fetch of a URL, sent back as If-None-Match and
 * If-Modified-Since so an unchanged document costs a 304 and no body.
 *
 * @param etag         the previous ETag header, verbatim (quotes included), or null
 * @param lastModified the previous Last-Modified header, verbatim, or null
 */
public record Validators(String etag, String lastModified) {

    private static final Validators NONE = new Validators(null, null);

    public static Validators none() {
        return NONE;
    }

    public boolean isEmpty() {
        return (etag == null || etag.isBlank()) && (lastModified == null || lastModified.isBlank());
    }
}
