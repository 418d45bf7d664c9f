package org.casewise.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.casewise.fetch.FetchResult.Outcome;

/**
 * Fetches one URL the way a guest should: SSRF guard and robots.txt on every hop, one request at a
 * time per host with a pause between, conditional GET, retries with backoff that honour
 * Retry-After, a redirect limit, size caps per content type, and bodies streamed to a temp file.
 * Never throws for HTTP or network trouble: every ending is a {@link FetchResult} with a reason.
 *
 * <p>Redirects are followed here rather than by java.net.http so that each hop passes the guard,
 * robots.txt and the per-host gate of its own host.
 */
public final class PoliteFetcher implements AutoCloseable {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String[] HEADERS_OF_INTEREST = {"ETag", "Last-Modified", "Content-Type", "Content-Length"};

    /** Reads a 2xx body into whatever the caller keeps (a temp file, or bytes for robots.txt). */
    private interface BodyReader<T> {
        T read(InputStream in, HttpHeaders headers) throws IOException;
    }

    /**
     * How a hop (or the whole chain) ended: an HTTP answer ({@code failure} null) or a failure.
     *
     * @param retryable for failures: an I/O problem worth another attempt
     */
    private record Ended<T>(URI url, int status, HttpHeaders headers, T body, Outcome failure, String reason,
            boolean retryable) {
        static <T> Ended<T> stop(URI url, int status, HttpHeaders headers, Outcome failure, String reason) {
            return new Ended<>(url, status, headers, null, failure, reason, false);
        }
    }

    private final FetchPolicy policy;
    private final Path tempDir;
    private final RobotsPolicy robots;
    private final SsrfGuard guard;
    private final HttpClient client;
    private final HostGates gates = new HostGates();
    private final ScheduledExecutorService timer;
    private final BodyWriter writer;
    private final Clock clock = Clock.systemUTC();

    /** A fetcher with its own robots.txt cache. */
    public PoliteFetcher(FetchPolicy policy, Path tempDir) {
        this(policy, tempDir, new RobotsPolicy());
    }

    /** A fetcher sharing a robots.txt cache with others (one fetcher per source, one cache per service). */
    public PoliteFetcher(FetchPolicy policy, Path tempDir, RobotsPolicy robots) {
        this(policy, tempDir, robots, new SsrfGuard(policy));
    }

    PoliteFetcher(FetchPolicy policy, Path tempDir, RobotsPolicy robots, SsrfGuard guard) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.tempDir = Objects.requireNonNull(tempDir, "tempDir");
        this.robots = Objects.requireNonNull(robots, "robots");
        this.guard = Objects.requireNonNull(guard, "guard");
        // HTTP/1.1: no h2c upgrade dance, and one plain connection per host is what politeness asks for.
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(policy.connectTimeout()).build();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fetch-stall-watch");
            t.setDaemon(true);
            return t;
        });
        this.writer = new BodyWriter(timer);
    }

    public FetchPolicy policy() {
        return policy;
    }

    public FetchResult fetch(URI url) {
        return fetch(url, Validators.none());
    }

    /**
     * Whether robots.txt lets this fetcher's agent fetch {@code url}, without fetching it: the crawler
     * asks before queueing a link, so disallowed reports are never queued (and never counted as failures).
     * The robots.txt itself is fetched and cached as {@link #fetch} would.
     */
    public RobotsPolicy.Decision robotsDecision(URI url) {
        return robots.check(url, policy.robotName(), this::loadRobots);
    }

    /** Fetches {@code url}, sending {@code validators} so an unchanged document comes back NOT_MODIFIED. */
    public FetchResult fetch(URI url, Validators validators) {
        long started = System.nanoTime();
        Validators v = validators == null ? Validators.none() : validators;
        int[] attempts = {0};
        Ended<BodyWriter.Stored> end;
        try {
            end = follow(url, v, true, this::storeBody, attempts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end = Ended.stop(url, 0, null, Outcome.FAILED, "interrupted (the service is stopping)");
        } catch (IllegalArgumentException e) {
            end = Ended.stop(url, 0, null, Outcome.FAILED, "malformed URL: " + e.getMessage());
        }
        return result(url, end, v, attempts[0], Duration.ofNanos(System.nanoTime() - started));
    }

    private <T> Ended<T> follow(URI start, Validators v, boolean obeyRobots, BodyReader<T> reader, int[] attempts)
            throws InterruptedException {
        URI current = start;
        Set<URI> seen = new HashSet<>(Set.of(start));
        for (int hops = 0; ; hops++) {
            SsrfGuard.Verdict verdict = guard.check(current);
            if (!verdict.allowed()) {
                return Ended.stop(current, 0, null, verdict.status() == SsrfGuard.Verdict.Status.REFUSED
                        ? Outcome.REFUSED_BY_GUARD : Outcome.FAILED, verdict.reason());
            }
            Duration delay = policy.perHostDelay();
            if (obeyRobots) {
                RobotsPolicy.Decision decision = robots.check(current, policy.robotName(), this::loadRobots);
                if (!decision.allowed()) {
                    return Ended.stop(current, 0, null, Outcome.DISALLOWED_BY_ROBOTS, decision.reason());
                }
                delay = decision.crawlDelay().compareTo(delay) > 0 ? decision.crawlDelay() : delay;
            }
            Ended<T> answer = withRetries(current, v, delay, reader, attempts);
            if (answer.failure() != null || !REDIRECTS.contains(answer.status())) {
                return answer;
            }
            Optional<String> location = answer.headers().firstValue("Location");
            if (location.isEmpty()) {
                return Ended.stop(current, answer.status(), answer.headers(), Outcome.FAILED,
                        "HTTP " + answer.status() + " without a Location header");
            }
            URI next;
            try {
                next = current.resolve(location.get().strip()).normalize();
            } catch (IllegalArgumentException e) {
                return Ended.stop(current, answer.status(), answer.headers(), Outcome.FAILED,
                        "HTTP " + answer.status() + " to an invalid Location: " + location.get());
            }
            if (hops >= policy.maxRedirects()) {
                return Ended.stop(current, answer.status(), answer.headers(), Outcome.FAILED,
                        "too many redirects (limit " + policy.maxRedirects() + "), next would be " + next);
            }
            if (!seen.add(next)) {
                return Ended.stop(current, answer.status(), answer.headers(), Outcome.FAILED,
                        "redirect loop: " + current + " leads back to " + next);
            }
            current = next;
        }
    }

    private <T> Ended<T> withRetries(URI url, Validators v, Duration delay, BodyReader<T> reader, int[] attempts)
            throws InterruptedException {
        for (int retry = 1; ; retry++) {
            attempts[0]++;
            Ended<T> answer = once(url, v, delay, reader);
            boolean retryable = answer.failure() != null ? answer.retryable() : Backoff.RETRYABLE.contains(answer.status());
            if (!retryable || retry > policy.maxRetries()) {
                return answer;
            }
            Optional<Duration> retryAfter = answer.headers() == null ? Optional.empty()
                    : Backoff.parseRetryAfter(answer.headers().firstValue("Retry-After").orElse(null), clock);
            // Deferring the host (not just sleeping here) makes every request to it wait, as Retry-After means.
            gates.defer(hostKey(url), Backoff.delay(policy, retry, retryAfter));
        }
    }

    private <T> Ended<T> once(URI url, Validators v, Duration delay, BodyReader<T> reader) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(policy.readTimeout())
                .header("User-Agent", policy.userAgent());
        if (v.etag() != null && !v.etag().isBlank()) {
            request.header("If-None-Match", v.etag());
        }
        if (v.lastModified() != null && !v.lastModified().isBlank()) {
            request.header("If-Modified-Since", v.lastModified());
        }
        try (HostGates.Permit permit = gates.acquire(hostKey(url), delay)) {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            if (status < 200 || status >= 300) {
                response.body().close(); // error pages and redirect bodies are not kept
                return new Ended<>(url, status, response.headers(), null, null, null, false);
            }
            try {
                T body = reader.read(response.body(), response.headers());
                return new Ended<>(url, status, response.headers(), body, null, null, false);
            } catch (BodyWriter.TooLargeException e) {
                return Ended.stop(url, status, response.headers(), Outcome.TOO_LARGE, e.getMessage());
            } catch (RejectedTypeException e) {
                return Ended.stop(url, status, response.headers(), Outcome.FAILED, e.getMessage());
            } catch (IOException e) {
                return new Ended<>(url, status, response.headers(), null, Outcome.FAILED,
                        "reading the body failed: " + describe(e), true);
            }
        } catch (HttpConnectTimeoutException e) {
            return failedIo(url, "no connection within " + policy.connectTimeout().toMillis() + " ms");
        } catch (HttpTimeoutException e) {
            return failedIo(url, "no response within the read timeout of " + policy.readTimeout().toMillis() + " ms");
        } catch (ConnectException e) {
            return failedIo(url, "connection refused or unreachable: " + describe(e));
        } catch (IOException e) {
            return failedIo(url, "network error: " + describe(e));
        }
    }

    /** Thrown for a content type whose cap is 0: the policy does not fetch it at all. */
    private static final class RejectedTypeException extends IOException {
        RejectedTypeException(String message) {
            super(message);
        }
    }

    private BodyWriter.Stored storeBody(InputStream in, HttpHeaders headers) throws IOException {
        String type = headers.firstValue("Content-Type").orElse(null);
        long cap = policy.caps().capFor(type);
        if (cap == 0) {
            in.close();
            throw new RejectedTypeException("content type '" + (type == null ? "(none)" : type)
                    + "' is not fetched (its size cap is 0)");
        }
        long declared = contentLength(headers);
        if (declared > cap) {
            in.close(); // abort before a single byte is written
            throw new BodyWriter.TooLargeException("Content-Length " + declared + " exceeds the cap of " + cap
                    + " bytes for " + ContentTypes.mediaType(type));
        }
        return writer.write(in, tempDir, cap, policy.readTimeout());
    }

    /** robots.txt through the same guard, gate and client as any page, but never checked against itself. */
    RobotsPolicy.Response loadRobots(URI robotsUrl) {
        int[] attempts = {0};
        BodyReader<byte[]> prefix = (in, headers) -> writer.readPrefix(in, RobotsPolicy.MAX_BYTES, policy.readTimeout());
        try {
            Ended<byte[]> end = follow(robotsUrl, Validators.none(), false, prefix, attempts);
            if (end.failure() != null && !REDIRECTS.contains(end.status())) {
                return RobotsPolicy.Response.failed(end.reason());
            }
            return new RobotsPolicy.Response(end.status(), end.body() == null ? new byte[0] : end.body(),
                    end.headers() == null ? null : end.headers().firstValue("Content-Type").orElse(null), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RobotsPolicy.Response.failed("interrupted");
        }
    }

    private FetchResult result(URI requested, Ended<BodyWriter.Stored> end, Validators v, int attempts, Duration elapsed) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (end.headers() != null) {
            for (String name : HEADERS_OF_INTEREST) {
                end.headers().firstValue(name).ifPresent(value -> headers.put(name, value));
            }
        }
        String type = headers.get("Content-Type");
        int status = end.status();
        if (end.failure() != null) {
            return new FetchResult(end.failure(), requested, end.url(), status, type, null, null, 0, headers, attempts,
                    elapsed, end.reason());
        }
        if (status >= 200 && status < 300) {
            BodyWriter.Stored body = end.body();
            return new FetchResult(Outcome.OK, requested, end.url(), status, type, body.file(), body.sha256(),
                    body.size(), headers, attempts, elapsed, null);
        }
        Outcome outcome;
        String reason;
        if (status == 304 && !v.isEmpty()) {
            outcome = Outcome.NOT_MODIFIED;
            reason = "not modified since the copy we have (" + (v.etag() != null ? v.etag() : v.lastModified()) + ")";
        } else if (status == 404) {
            outcome = Outcome.NOT_FOUND;
            reason = "HTTP 404: not found";
        } else if (status == 410) {
            outcome = Outcome.GONE;
            reason = "HTTP 410: gone (removed by the publisher)";
        } else if (Backoff.RETRYABLE.contains(status)) {
            outcome = Outcome.FAILED;
            reason = "HTTP " + status + " after " + attempts + " attempt(s)";
        } else {
            outcome = Outcome.FAILED;
            reason = "HTTP " + status + (status == 304 ? " although no validators were sent" : "");
        }
        return new FetchResult(outcome, requested, end.url(), status, type, null, null, 0, headers, attempts, elapsed,
                reason);
    }

    private static <T> Ended<T> failedIo(URI url, String reason) {
        return new Ended<>(url, 0, null, null, Outcome.FAILED, reason, true);
    }

    private static long contentLength(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("Content-Length").orElse(-1);
        } catch (NumberFormatException e) {
            return -1; // a garbled length is ignored; the streaming count still enforces the cap
        }
    }

    /** Politeness is per server: host and port, whatever the scheme. */
    private static String hostKey(URI url) {
        int port = url.getPort() >= 0 ? url.getPort() : ("https".equalsIgnoreCase(url.getScheme()) ? 443 : 80);
        return String.valueOf(url.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        client.close();
    }
}
