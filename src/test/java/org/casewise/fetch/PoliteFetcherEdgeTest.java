package org.casewise.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.casewise.fetch.FetchResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the simulated web does not do: loops, internal redirects, failing robots.txt, unsized and stalled bodies. */
class PoliteFetcherEdgeTest {

    @TempDir
    Path temp;
    private StubServer stub;

    @BeforeEach
    void start() throws IOException {
        stub = new StubServer();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private FetchPolicy policy(String... extraHosts) {
        Set<String> hosts = new java.util.HashSet<>(Set.of(extraHosts));
        hosts.add(stub.host());
        return FetchPolicy.defaults(hosts).withAllowLoopback(true).withPerHostDelay(Duration.ofMillis(20))
                .withRetries(1, Duration.ofMillis(20), Duration.ofSeconds(5))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    private FetchResult fetch(FetchPolicy policy, String path) {
        try (PoliteFetcher fetcher = new PoliteFetcher(policy, temp)) {
            return fetcher.fetch(stub.uri(path));
        }
    }

    @Test
    void aRedirectLoopFails() {
        stub.text("/robots.txt", 404, "none").redirect("/a", 302, "/b").redirect("/b", 301, stub.uri("/a").toString());
        FetchResult r = fetch(policy(), "/a");
        assertEquals(Outcome.FAILED, r.outcome(), r.toString());
        assertTrue(r.reason().startsWith("redirect loop: " + stub.uri("/b") + " leads back to " + stub.uri("/a")), r.reason());
    }

    @Test
    void everyRedirectHopPassesTheGuard() {
        stub.text("/robots.txt", 404, "none").redirect("/meta", 302, "http://169.254.169.254/latest/meta-data/")
                .redirect("/away", 302, "http://127.0.0.2:9/");
        FetchResult meta = fetch(policy("169.254.169.254"), "/meta");
        assertEquals(Outcome.REFUSED_BY_GUARD, meta.outcome(), meta.toString());
        assertEquals(URI.create("http://169.254.169.254/latest/meta-data/"), meta.finalUrl());
        assertTrue(meta.reason().contains("link-local"), meta.reason());
        FetchResult away = fetch(policy(), "/away");
        assertEquals(Outcome.REFUSED_BY_GUARD, away.outcome(), away.toString());
        assertTrue(away.reason().contains("127.0.0.2:9 is not on the source's allow-list"), away.reason());
    }

    @Test
    void aFailingRobotsTxtDisallowsTheWholeHost() {
        AtomicInteger pages = new AtomicInteger();
        stub.text("/robots.txt", 503, "down").on("/page", ex -> {
            pages.incrementAndGet();
            StubServer.send(ex, 200, "text/html", "<p>hi</p>".getBytes(StandardCharsets.UTF_8));
        });
        FetchResult r = fetch(policy(), "/page");
        assertEquals(Outcome.DISALLOWED_BY_ROBOTS, r.outcome(), r.toString());
        assertTrue(r.reason().contains("unreachable (HTTP 503)"), r.reason());
        assertEquals(0, pages.get());
    }

    @Test
    void anUnsizedBodyIsCutOffAtTheCapAndItsTempFileDeleted() throws IOException {
        stub.text("/robots.txt", 404, "none").on("/big", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to refuse up front
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = "<p>padding</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 50; i++) {
                    out.write(chunk);
                }
            } catch (IOException expected) {
                // the fetcher hangs up once it has seen enough
            }
        });
        FetchResult r = fetch(policy().withCaps(new FetchPolicy.SizeCaps(FetchPolicy.MB, 100_000, 0)), "/big");
        assertEquals(Outcome.TOO_LARGE, r.outcome(), r.toString());
        assertEquals("the body exceeds the cap of 100000 bytes", r.reason());
        assertNull(r.body());
        assertEquals(List.of(), PoliteFetcherTest.filesIn(temp));
    }

    @Test
    void aTypeWithACapOfZeroIsNotFetched() {
        stub.text("/robots.txt", 404, "none")
                .on("/x.zip", ex -> StubServer.send(ex, 200, "application/zip", new byte[] {1, 2, 3}));
        FetchResult r = fetch(policy(), "/x.zip");
        assertEquals(Outcome.FAILED, r.outcome(), r.toString());
        assertEquals("content type 'application/zip' is not fetched (its size cap is 0)", r.reason());
    }

    @Test
    void aStalledBodyFailsAfterTheReadTimeout() {
        stub.text("/robots.txt", 404, "none").on("/stall", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("<p>first bytes</p>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                Thread.sleep(3_000); // the server stalls; the test thread never sleeps
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        FetchPolicy policy = policy().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300))
                .withRetries(0, Duration.ZERO, Duration.ZERO);
        FetchResult r = fetch(policy, "/stall");
        assertEquals(Outcome.FAILED, r.outcome(), r.toString());
        assertTrue(r.reason().contains("stalled for more than 300 ms"), r.reason());
        assertTrue(r.elapsed().toMillis() < 2_500, "gave up on the stall, not at the server's pace: " + r);
        assertTrue(!Thread.currentThread().isInterrupted(), "the watchdog's interrupt does not leak");
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        stub.text("/robots.txt", 404, "none").on("/busy", ex -> {
            arrivals.add(System.nanoTime());
            if (arrivals.size() == 1) {
                ex.getResponseHeaders().set("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(Instant.now().plusSeconds(3).atZone(ZoneOffset.UTC)));
                StubServer.send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            } else {
                StubServer.send(ex, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
            }
        });
        FetchResult r = fetch(policy(), "/busy");
        assertEquals(Outcome.OK, r.outcome(), r.toString());
        assertEquals(2, r.attempts());
        // The date has whole seconds, so "now + 3 s" means at least 2 s from the first answer.
        Duration waited = Duration.ofNanos(arrivals.get(1) - arrivals.get(0));
        assertTrue(waited.compareTo(Duration.ofSeconds(2)) >= 0, "waited " + waited);
    }

    @Test
    void retriesEndInFailedWithTheLastStatus() {
        stub.text("/robots.txt", 404, "none").text("/down", 502, "bad gateway");
        FetchResult r = fetch(policy(), "/down");
        assertEquals(Outcome.FAILED, r.outcome(), r.toString());
        assertEquals("HTTP 502 after 2 attempt(s)", r.reason());
        assertEquals(502, r.status());
    }

    @Test
    void goneAndForbiddenAreOutcomesWithReasons() {
        stub.text("/robots.txt", 404, "none").text("/gone", 410, "gone").text("/secret", 403, "no");
        FetchResult gone = fetch(policy(), "/gone");
        assertEquals(Outcome.GONE, gone.outcome());
        assertTrue(gone.reason().startsWith("HTTP 410"));
        FetchResult forbidden = fetch(policy(), "/secret");
        assertEquals(Outcome.FAILED, forbidden.outcome());
        assertEquals("HTTP 403", forbidden.reason());
        assertEquals(1, forbidden.attempts(), "403 is not retried");
    }

    @Test
    void aLongerCrawlDelayThanThePolicysIsHonoured() {
        List<Long> arrivals = new CopyOnWriteArrayList<>();
        stub.text("/robots.txt", 200, "User-agent: *\nCrawl-delay: 1\n").on("/p", ex -> {
            arrivals.add(System.nanoTime());
            StubServer.send(ex, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.UTF_8));
        });
        try (PoliteFetcher fetcher = new PoliteFetcher(policy(), temp)) {
            assertEquals(Outcome.OK, fetcher.fetch(stub.uri("/p")).outcome());
            assertEquals(Outcome.OK, fetcher.fetch(stub.uri("/p?again")).outcome());
        }
        Duration gap = Duration.ofNanos(arrivals.get(1) - arrivals.get(0));
        assertTrue(gap.compareTo(Duration.ofSeconds(1)) >= 0, "gap " + gap);
    }

    @Test
    void retryAfterIsCappedAndBackoffGrowsWithJitter() {
        FetchPolicy p = policy().withRetries(3, Duration.ofMillis(100), Duration.ofSeconds(60));
        java.time.Clock clock = java.time.Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        assertEquals(java.util.Optional.of(Duration.ofSeconds(120)), Backoff.parseRetryAfter("120", clock));
        assertEquals(java.util.Optional.of(Duration.ofSeconds(30)),
                Backoff.parseRetryAfter("Thu, 01 Jan 2026 00:00:30 GMT", clock));
        assertEquals(java.util.Optional.empty(), Backoff.parseRetryAfter("soon", clock));
        assertEquals(Duration.ofSeconds(60), Backoff.delay(p, 1, java.util.Optional.of(Duration.ofHours(1))),
                "a server asking for an hour gets the cap");
        for (int retry = 1; retry <= 3; retry++) {
            long full = 100L << (retry - 1);
            long ms = Backoff.delay(p, retry, java.util.Optional.empty()).toMillis();
            assertTrue(ms >= full / 2 && ms <= full, "retry " + retry + ": " + ms + " ms");
        }
    }
}
