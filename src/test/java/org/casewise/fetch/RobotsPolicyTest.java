package org.casewise.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 9309 status handling, agent matching, Crawl-delay and caching, with a scripted loader. */
class RobotsPolicyTest {

    private static final URI PAGE = URI.create("https://board.example/reviews/2024?x=1");

    private static RobotsPolicy.Response ok(String body) {
        return new RobotsPolicy.Response(200, body.getBytes(StandardCharsets.UTF_8), "text/plain", null);
    }

    private static RobotsPolicy.Response status(int code) {
        return new RobotsPolicy.Response(code, new byte[0], "text/html", null);
    }

    @Test
    void rulesAreMatchedByProductToken() {
        RobotsPolicy robots = new RobotsPolicy();
        RobotsPolicy.Loader loader = url -> ok("User-agent: BadBot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\n");
        assertTrue(robots.check(PAGE, "CasewiseBot", loader).allowed());
        assertFalse(robots.check(URI.create("https://board.example/private/x.pdf"), "CasewiseBot", loader).allowed());
        RobotsPolicy.Decision bad = robots.check(PAGE, "BadBot", loader);
        assertFalse(bad.allowed());
        assertEquals("https://board.example/robots.txt disallows /reviews/2024 for BadBot", bad.reason());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 410})
    void unavailableRobotsTxtAllowsEverything(int code) {
        assertTrue(new RobotsPolicy().check(PAGE, "CasewiseBot", url -> status(code)).allowed());
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 502, 503, 504})
    void unreachableRobotsTxtDisallowsEverything(int code) {
        RobotsPolicy.Decision decision = new RobotsPolicy().check(PAGE, "CasewiseBot", url -> status(code));
        assertFalse(decision.allowed());
        assertTrue(decision.reason().contains("unreachable (HTTP " + code + ")"), decision.reason());
    }

    @Test
    void aNetworkFailureDisallowsEverything() {
        RobotsPolicy.Decision decision = new RobotsPolicy().check(PAGE, "CasewiseBot",
                url -> RobotsPolicy.Response.failed("connection refused"));
        assertFalse(decision.allowed());
        assertTrue(decision.reason().contains("connection refused"), decision.reason());
    }

    @Test
    void crawlDelayIsReported() {
        RobotsPolicy.Decision decision = new RobotsPolicy().check(PAGE, "CasewiseBot",
                url -> ok("User-agent: *\nCrawl-delay: 3\nDisallow: /private/\n"));
        assertTrue(decision.allowed());
        assertEquals(Duration.ofSeconds(3), decision.crawlDelay());
    }

    @Test
    void cachedPerHostUntilTheTtlAndAskedForAtTheRightUrl() {
        MutableClock clock = new MutableClock();
        RobotsPolicy robots = new RobotsPolicy(Duration.ofHours(1), Duration.ofMinutes(5), clock);
        List<URI> asked = new ArrayList<>();
        RobotsPolicy.Loader loader = url -> {
            asked.add(url);
            return ok("User-agent: *\nDisallow: /private/\n");
        };
        robots.check(PAGE, "CasewiseBot", loader);
        robots.check(URI.create("https://board.example/other"), "CasewiseBot", loader);
        robots.check(URI.create("https://board.example:8443/"), "CasewiseBot", loader);
        assertEquals(List.of(URI.create("https://board.example/robots.txt"), URI.create("https://board.example:8443/robots.txt")),
                asked);
        clock.advance(Duration.ofMinutes(61));
        robots.check(PAGE, "CasewiseBot", loader);
        assertEquals(3, asked.size(), "re-fetched after an hour");
    }

    @Test
    void aGoodCopyIsKeptWhileTheFileIsBrieflyUnreachable() {
        MutableClock clock = new MutableClock();
        RobotsPolicy robots = new RobotsPolicy(Duration.ofHours(1), Duration.ofMinutes(5), clock);
        AtomicInteger calls = new AtomicInteger();
        RobotsPolicy.Loader flaky = url -> calls.incrementAndGet() == 1 ? ok("User-agent: *\nDisallow: /private/\n")
                : status(503);
        assertTrue(robots.check(PAGE, "CasewiseBot", flaky).allowed());
        clock.advance(Duration.ofHours(2));
        assertTrue(robots.check(PAGE, "CasewiseBot", flaky).allowed(), "the copy from 2 hours ago still applies");
        clock.advance(Duration.ofHours(23));
        assertFalse(robots.check(PAGE, "CasewiseBot", flaky).allowed(), "after 24 hours: unreachable means disallow");
        assertEquals(3, calls.get());
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
