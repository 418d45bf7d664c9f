package org.casewise.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one fetch produced, whatever happened: HTTP problems are outcomes, not exceptions, so
 * the caller can store them and a user can later ask why a document is missing.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl     the URL the answer came from, after redirects (provenance keeps both)
 * @param status       the last HTTP status seen, 0 when no response arrived
 * @param contentType  the Content-Type header of the final response, or null
 * @param body         for OK only: the temp file holding the body; the caller owns (moves or deletes) it
 * @param sha256       for OK only: lower-case hex SHA-256 of the body
 * @param size         for OK only: body bytes
 * @param headers      ETag, Last-Modified, Content-Type and Content-Length as received (absent ones left out)
 * @param attempts     HTTP requests made for this fetch, retries and redirect hops included (robots.txt not)
 * @param elapsed      wall time of the whole fetch, waits included
 * @param reason       why, for every outcome but OK (null for OK)
 */
public record FetchResult(Outcome outcome, URI requestedUrl, URI finalUrl, int status, String contentType, Path body,
        String sha256, long size, Map<String, String> headers, int attempts, Duration elapsed, String reason) {

    public enum Outcome {
        OK, NOT_MODIFIED, NOT_FOUND, GONE, DISALLOWED_BY_ROBOTS, REFUSED_BY_GUARD, TOO_LARGE, FAILED
    }

    public FetchResult {
        Objects.requireNonNull(outcome, "outcome");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        if (outcome != Outcome.OK && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a " + outcome + " result needs a reason");
        }
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }

    /** The validators to send on the next fetch of this URL (from OK and NOT_MODIFIED answers). */
    public Validators validators() {
        return new Validators(headers.get("ETag"), headers.get("Last-Modified"));
    }

    /** The name the file was published under: the last path segment of the final URL, else the host. */
    public String fileName() {
        return fileName(finalUrl == null ? requestedUrl : finalUrl);
    }

    private static String fileName(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? url.getHost() : last;
    }

    @Override
    public String toString() {
        return outcome + " " + requestedUrl + (Objects.equals(requestedUrl, finalUrl) ? "" : " -> " + finalUrl)
                + " (status " + status + ", " + attempts + " attempt(s), " + elapsed.toMillis() + " ms"
                + (reason == null ? "" : ": " + reason) + ")";
    }
}
