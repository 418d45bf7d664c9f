package org.casewise.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * robots.txt per RFC 9309, parsed by crawler-commons and cached per scheme+authority. The cache is
 * independent of any one fetcher so several sources' fetchers can share it; the file itself is
 * fetched through the caller's {@link Loader} (the fetcher's own guard, client and politeness).
 *
 * <p>Status handling follows RFC 9309 §2.3.1: 2xx is parsed; 4xx other than 429 ("unavailable")
 * allows everything; 429, 5xx, timeouts and network errors ("unreachable") disallow everything.
 * An unreachable answer is cached only briefly, and while a good copy younger than 24 hours exists
 * it is kept instead (§2.4 allows using the cached copy while the file is unreachable).
 */
public final class RobotsPolicy {

    public static final Duration DEFAULT_TTL = Duration.ofHours(1);
    public static final Duration DEFAULT_FAILURE_TTL = Duration.ofMinutes(5);
    /** RFC 9309 asks parsers to read at least 500 KiB; anything past this is ignored, not refused. */
    public static final int MAX_BYTES = 512 * 1024;
    private static final Duration KEEP_GOOD_COPY = Duration.ofHours(24);

    /**
     * What fetching /robots.txt gave.
     *
     * @param status  final HTTP status, 0 when none arrived
     * @param body    the (possibly truncated) body for 2xx, else empty
     * @param failure why no answer arrived (timeout, network error, guard), or null
     */
    public record Response(int status, byte[] body, String contentType, String failure) {
        public static Response failed(String why) {
            return new Response(0, new byte[0], null, why);
        }
    }

    @FunctionalInterface
    public interface Loader {
        Response load(URI robotsUrl);
    }

    /**
     * @param crawlDelay the host's Crawl-delay, or zero when it gave none
     */
    public record Decision(boolean allowed, Duration crawlDelay, String reason) {
    }

    /** One host's robots.txt as last fetched; rules parsed lazily per agent name. */
    private record Entry(Response response, boolean reachable, Instant fetched, Instant expires,
            Map<String, BaseRobotRules> rules) {
    }

    private final Duration ttl;
    private final Duration failureTtl;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> loading = new ConcurrentHashMap<>();

    public RobotsPolicy() {
        this(DEFAULT_TTL, DEFAULT_FAILURE_TTL, Clock.systemUTC());
    }

    public RobotsPolicy(Duration ttl, Duration failureTtl, Clock clock) {
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.failureTtl = Objects.requireNonNull(failureTtl, "failureTtl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The robots.txt URL that governs a URL. */
    public static URI robotsUrl(URI url) {
        return URI.create(url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority() + "/robots.txt");
    }

    public Decision check(URI url, String robotName, Loader loader) {
        URI robotsUrl = robotsUrl(url);
        Entry entry = entry(robotsUrl, loader);
        String agent = robotName.toLowerCase(Locale.ROOT);
        BaseRobotRules rules = entry.rules().computeIfAbsent(agent, a -> parse(entry, robotsUrl, a));
        Duration crawlDelay = rules.getCrawlDelay() > 0 ? Duration.ofMillis(rules.getCrawlDelay()) : Duration.ZERO;
        if (!entry.reachable()) {
            return new Decision(false, crawlDelay, robotsUrl + " is unreachable (" + describe(entry.response())
                    + "), so everything is disallowed (RFC 9309)");
        }
        if (rules.isAllowed(url.toString())) {
            return new Decision(true, crawlDelay, "allowed");
        }
        return new Decision(false, crawlDelay, robotsUrl + " disallows " + url.getRawPath() + " for " + robotName);
    }

    /** Forgets a host's robots.txt (e.g. an administrator asks for an immediate re-check). */
    public void invalidate(URI url) {
        cache.remove(robotsUrl(url).toString());
    }

    private Entry entry(URI robotsUrl, Loader loader) {
        String key = robotsUrl.toString();
        Entry cached = cache.get(key);
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.expires())) {
            return cached;
        }
        // One load per host at a time: concurrent fetches to a new host wait for the first one's answer.
        ReentrantLock lock = loading.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            cached = cache.get(key);
            now = clock.instant();
            if (cached != null && now.isBefore(cached.expires())) {
                return cached;
            }
            Response response = loader.load(robotsUrl);
            boolean reachable = response.failure() == null && response.status() != 429 && response.status() < 500
                    && response.status() != 0;
            Entry fresh;
            if (!reachable && cached != null && cached.reachable()
                    && now.isBefore(cached.fetched().plus(KEEP_GOOD_COPY))) {
                fresh = new Entry(cached.response(), true, cached.fetched(), now.plus(failureTtl), cached.rules());
            } else {
                fresh = new Entry(response, reachable, now, now.plus(reachable ? ttl : failureTtl),
                        new ConcurrentHashMap<>());
            }
            cache.put(key, fresh);
            return fresh;
        } finally {
            lock.unlock();
        }
    }

    private static BaseRobotRules parse(Entry entry, URI robotsUrl, String agent) {
        Response r = entry.response();
        if (!entry.reachable()) {
            return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
        }
        if (r.status() >= 200 && r.status() < 300) {
            return new SimpleRobotRulesParser().parseContent(robotsUrl.toString(), r.body(),
                    r.contentType() == null ? "text/plain" : r.contentType(), List.of(agent));
        }
        // 3xx left after the redirect limit, or 4xx: "unavailable", which RFC 9309 treats as no rules at all.
        return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
    }

    private static String describe(Response r) {
        return r.failure() != null ? r.failure() : "HTTP " + r.status();
    }
}
