package org.casewise.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How politely and how defensively one source is fetched. Immutable; the {@code with...} methods
 * give adjusted copies, so a source's settings can be layered over {@link #defaults(Set)}.
 *
 * @param userAgent      sent on every request; its product token (before the first '/') is the
 *                       robots.txt agent name, so a policy named "BadBot/1.0" obeys "User-agent: BadBot"
 * @param perHostDelay   minimum gap between the end of one request to a host and the start of the next
 * @param connectTimeout TCP/TLS connect timeout
 * @param readTimeout    time allowed for the response headers, and for any stall while reading the body
 * @param maxRetries     retries after the first attempt (429, 500, 502, 503, 504, I/O errors)
 * @param backoffBase    first retry waits about this long, doubling each time (with jitter)
 * @param maxRetryAfter  a server's Retry-After is honoured up to this long, no longer
 * @param maxRedirects   redirect hops allowed before giving up
 * @param caps           body size caps by content type
 * @param allowedHosts   host names or host:port (lower case) that may be fetched; empty: none
 * @param allowLoopback  lets 127/8 and ::1 through the SSRF guard (tests and local sources only)
 */
public record FetchPolicy(String userAgent, Duration perHostDelay, Duration connectTimeout, Duration readTimeout,
        int maxRetries, Duration backoffBase, Duration maxRetryAfter, int maxRedirects, SizeCaps caps,
        Set<String> allowedHosts, boolean allowLoopback) {

    public static final String DEFAULT_USER_AGENT =
            "CasewiseBot/0.1 (+https://casewise.example/bot; safeguarding review archive)";
    public static final long MB = 1024L * 1024L;

    /**
     * Caps in bytes; 0 rejects the class outright.
     *
     * @param documents PDF and Office formats (reports can be large scanned PDFs)
     * @param markup    HTML, XML, feeds and plain text (listings; anything bigger is suspicious)
     * @param other     every other content type
     */
    public record SizeCaps(long documents, long markup, long other) {
        public SizeCaps {
            if (documents < 0 || markup < 0 || other < 0) {
                throw new IllegalArgumentException("size caps must not be negative");
            }
        }

        public static SizeCaps defaults() {
            return new SizeCaps(50 * MB, 5 * MB, 0);
        }

        /** The cap for a Content-Type header value (null or unknown types fall into 'other'). */
        public long capFor(String contentType) {
            return switch (ContentTypes.classify(contentType)) {
                case DOCUMENT -> documents;
                case MARKUP -> markup;
                case OTHER -> other;
            };
        }
    }

    public FetchPolicy {
        Objects.requireNonNull(userAgent, "userAgent");
        requireNonNegative(perHostDelay, "perHostDelay");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requireNonNegative(backoffBase, "backoffBase");
        requireNonNegative(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(caps, "caps");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        if (maxRetries < 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("maxRetries and maxRedirects must not be negative");
        }
        allowedHosts = allowedHosts == null ? Set.of()
                : allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The documented defaults, for the given allow-list. */
    public static FetchPolicy defaults(Set<String> allowedHosts) {
        return new FetchPolicy(DEFAULT_USER_AGENT, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30),
                3, Duration.ofMillis(500), Duration.ofSeconds(60), 5, SizeCaps.defaults(), allowedHosts, false);
    }

    /**
     * Whether the URL's server is on the allow-list: its host, or host:port with the scheme's default
     * port filled in (so "example.org:443" allows https://example.org/). The SSRF guard and the crawler
     * both decide with this.
     */
    public boolean allowsHost(URI uri) {
        String host = SsrfGuard.hostOf(uri);
        return host != null && !host.isEmpty() && (allowedHosts.contains(host) || allowedHosts.contains(hostPort(uri)));
    }

    /** host:port of a URL, the default port of its scheme when it names none; IPv6 hosts in brackets. */
    static String hostPort(URI uri) {
        String host = SsrfGuard.hostOf(uri);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : (scheme.equals("https") ? 443 : 80);
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The robots.txt agent name: the User-Agent's product token, e.g. "CasewiseBot". */
    public String robotName() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.isEmpty() ? userAgent.strip() : token;
    }

    public FetchPolicy withUserAgent(String agent) {
        return new FetchPolicy(agent, perHostDelay, connectTimeout, readTimeout, maxRetries, backoffBase, maxRetryAfter,
                maxRedirects, caps, allowedHosts, allowLoopback);
    }

    public FetchPolicy withPerHostDelay(Duration delay) {
        return new FetchPolicy(userAgent, delay, connectTimeout, readTimeout, maxRetries, backoffBase, maxRetryAfter,
                maxRedirects, caps, allowedHosts, allowLoopback);
    }

    public FetchPolicy withTimeouts(Duration connect, Duration read) {
        return new FetchPolicy(userAgent, perHostDelay, connect, read, maxRetries, backoffBase, maxRetryAfter,
                maxRedirects, caps, allowedHosts, allowLoopback);
    }

    public FetchPolicy withRetries(int retries, Duration base, Duration retryAfterCap) {
        return new FetchPolicy(userAgent, perHostDelay, connectTimeout, readTimeout, retries, base, retryAfterCap,
                maxRedirects, caps, allowedHosts, allowLoopback);
    }

    public FetchPolicy withMaxRedirects(int redirects) {
        return new FetchPolicy(userAgent, perHostDelay, connectTimeout, readTimeout, maxRetries, backoffBase,
                maxRetryAfter, redirects, caps, allowedHosts, allowLoopback);
    }

    public FetchPolicy withCaps(SizeCaps sizeCaps) {
        return new FetchPolicy(userAgent, perHostDelay, connectTimeout, readTimeout, maxRetries, backoffBase,
                maxRetryAfter, maxRedirects, sizeCaps, allowedHosts, allowLoopback);
    }

    public FetchPolicy withAllowedHosts(Set<String> hosts) {
        return new FetchPolicy(userAgent, perHostDelay, connectTimeout, readTimeout, maxRetries, backoffBase,
                maxRetryAfter, maxRedirects, caps, hosts, allowLoopback);
    }

    public FetchPolicy withAllowLoopback(boolean allow) {
        return new FetchPolicy(userAgent, perHostDelay, connectTimeout, readTimeout, maxRetries, backoffBase,
                maxRetryAfter, maxRedirects, caps, allowedHosts, allow);
    }

    private static void requireNonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + d);
        }
    }

    private static void requirePositive(Duration d, String name) {
        requireNonNegative(d, name);
        if (d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
