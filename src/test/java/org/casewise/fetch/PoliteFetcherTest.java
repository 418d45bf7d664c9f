package org.casewise.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.casewise.dataset.web.RequestLog;
import org.casewise.dataset.web.SimulatedWeb;
import org.casewise.dataset.web.Site;
import org.casewise.fetch.FetchResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher against the simulated publishing web: content, validators, robots.txt, retries, redirects, caps. */
class PoliteFetcherTest {

    @TempDir
    static Path corpus;
    @TempDir
    Path temp;
    private SimulatedWeb web;

    @BeforeAll
    static void writeCorpus() throws IOException {
        FetchCorpus.write(corpus);
    }

    @BeforeEach
    void startWeb() throws IOException {
        web = SimulatedWeb.start(corpus, SimulatedWeb.Options.defaults().withSlowDelay(Duration.ofMillis(600))
                .withRateLimit(10_000));
    }

    @AfterEach
    void stopWeb() {
        web.close();
    }

    /** Every simulated host allowed, loopback opted into, short delays so the suite stays quick. */
    static FetchPolicy policy(SimulatedWeb web) {
        Set<String> hosts = new HashSet<>();
        hosts.add(web.nationalRepository().getAuthority());
        web.boardSites().forEach(s -> hosts.add(s.host()));
        return FetchPolicy.defaults(hosts).withAllowLoopback(true).withPerHostDelay(Duration.ofMillis(50))
                .withRetries(3, Duration.ofMillis(50), Duration.ofSeconds(5))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private Site site(Site.Style style) {
        return web.site(style).orElseThrow();
    }

    private FetchResult fetch(FetchPolicy policy, URI url) {
        try (PoliteFetcher fetcher = new PoliteFetcher(policy, temp)) {
            return fetcher.fetch(url);
        }
    }

    @Test
    void fetchesAPdfToATempFileWithTheFilesSha256() throws Exception {
        Path original = corpus.resolve(FetchCorpus.LEEDS_PDF + ".pdf");
        FetchResult r = fetch(policy(web), site(Site.Style.LIST).baseUri().resolve("/files/" + FetchCorpus.LEEDS_PDF + ".pdf"));
        assertEquals(Outcome.OK, r.outcome(), r.toString());
        assertEquals(sha256(original), r.sha256());
        assertEquals(Files.size(original), r.size());
        assertEquals(Files.size(original), Files.size(r.body()));
        assertTrue(r.body().startsWith(temp), "under the caller's directory: " + r.body());
        assertEquals("application/pdf", r.contentType());
        assertEquals("\"" + sha256(original) + "\"", r.headers().get("ETag"));
        assertTrue(r.headers().containsKey("Last-Modified"));
        assertEquals(Long.toString(Files.size(original)), r.headers().get("Content-Length"));
        assertEquals(1, r.attempts());
        assertNull(r.reason());
        assertTrue(web.requestLog().entries(site(Site.Style.LIST).host()).stream()
                .allMatch(e -> FetchPolicy.DEFAULT_USER_AGENT.equals(e.userAgent())), "descriptive User-Agent on every request");
    }

    @Test
    void aSecondConditionalFetchIsNotModifiedAndTransfersNoBody() throws Exception {
        URI pdf = site(Site.Style.LIST).baseUri().resolve("/files/" + FetchCorpus.LEEDS_PDF + ".pdf");
        try (PoliteFetcher fetcher = new PoliteFetcher(policy(web), temp)) {
            FetchResult first = fetcher.fetch(pdf);
            assertEquals(Outcome.OK, first.outcome(), first.toString());
            FetchResult second = fetcher.fetch(pdf, first.validators());
            assertEquals(Outcome.NOT_MODIFIED, second.outcome(), second.toString());
            assertEquals(304, second.status());
            assertNull(second.body());
            assertEquals(first.headers().get("ETag"), second.headers().get("ETag"));
            FetchResult byDate = fetcher.fetch(pdf, new Validators(null, first.headers().get("Last-Modified")));
            assertEquals(Outcome.NOT_MODIFIED, byDate.outcome(), "If-Modified-Since alone: " + byDate);
        }
        assertEquals(1, filesIn(temp).size(), "only the first fetch left a body");
    }

    @Test
    void robotsTxtDisallowsPrivateDraftsAndIsFetchedOncePerHost() {
        Site list = site(Site.Style.LIST);
        try (PoliteFetcher fetcher = new PoliteFetcher(policy(web), temp)) {
            FetchResult draft = fetcher.fetch(list.baseUri().resolve("/private/draft-learning-review.html"));
            assertEquals(Outcome.DISALLOWED_BY_ROBOTS, draft.outcome(), draft.toString());
            assertTrue(draft.reason().contains("disallows /private/draft-learning-review.html for CasewiseBot"),
                    draft.reason());
            assertEquals(Outcome.OK, fetcher.fetch(list.baseUri()).outcome());
        }
        assertEquals(0, web.requestCount(list.host(), "/private/draft-learning-review.html"), "never requested");
        assertEquals(1, web.requestCount(list.host(), "/robots.txt"), "cached");
    }

    @Test
    void badBotIsShutOutOfTheFeedSiteWhileCasewiseBotIsWelcome() {
        Site feed = site(Site.Style.FEED);
        FetchResult bad = fetch(policy(web).withUserAgent("BadBot/1.0 (+https://bad.example/)"), feed.baseUri().resolve("/feed.xml"));
        assertEquals(Outcome.DISALLOWED_BY_ROBOTS, bad.outcome(), bad.toString());
        assertTrue(bad.reason().contains("BadBot"), bad.reason());
        assertEquals(0, web.requestCount(feed.host(), "/feed.xml"));
        FetchResult good = fetch(policy(web), feed.baseUri().resolve("/feed.xml"));
        assertEquals(Outcome.OK, good.outcome(), good.toString());
        assertTrue(good.contentType().startsWith("application/rss+xml"));
    }

    @Test
    void aMissingPageIsNotFoundAndLeavesNoFile() throws IOException {
        FetchResult r = fetch(policy(web), site(Site.Style.LIST).baseUri().resolve("/documents/annual-report-2019-final.pdf"));
        assertEquals(Outcome.NOT_FOUND, r.outcome(), r.toString());
        assertEquals(404, r.status());
        assertNull(r.body());
        assertEquals(1, r.attempts(), "404 is an answer, not a hiccup: no retry");
        assertEquals(List.of(), filesIn(temp));
    }

    @Test
    void aPageFailingOnceWith500SucceedsOnTheRetry() {
        Site years = site(Site.Style.YEARS);
        String flaky = "/reviews/" + FetchCorpus.CORNWALL_NEWEST_YEAR;
        FetchResult r = fetch(policy(web), years.baseUri().resolve(flaky));
        assertEquals(Outcome.OK, r.outcome(), r.toString());
        assertEquals(2, r.attempts());
        assertEquals(List.of(500, 200), web.requestLog().entries(years.host()).stream()
                .filter(e -> e.pathAndQuery().equals(flaky)).map(RequestLog.Entry::status).toList());
    }

    @Test
    void rateLimited429IsRetriedNoSoonerThanRetryAfter() throws IOException {
        web.close();
        web = SimulatedWeb.start(corpus, SimulatedWeb.Options.defaults().withRateLimit(1));
        String host = web.nationalRepository().getAuthority();
        // robots.txt takes the one request per second, so /reviews is refused with Retry-After: 2 at first.
        FetchResult r = fetch(policy(web), web.nationalRepository().resolve("/reviews"));
        assertEquals(Outcome.OK, r.outcome(), r.toString());
        assertTrue(r.attempts() >= 2, r.toString());
        // The server logs a request after it has answered it: wait for the entry of the last answer.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> web.requestLog().entries(host).stream()
                .anyMatch(e -> e.pathAndQuery().equals("/reviews") && e.status() == 200));
        List<RequestLog.Entry> reviews = web.requestLog().entries(host).stream()
                .filter(e -> e.pathAndQuery().equals("/reviews")).toList();
        assertEquals(429, reviews.get(0).status(), reviews.toString());
        assertEquals(200, reviews.get(reviews.size() - 1).status(), reviews.toString());
        Duration waited = Duration.between(reviews.get(0).at(), reviews.get(1).at());
        assertTrue(waited.compareTo(Duration.ofSeconds(2)) >= 0, "waited only " + waited);
    }

    @Test
    void theSlowHostIsFetchedWithinTheReadTimeoutAndFailsBeyondIt() {
        URI slow = site(Site.Style.TABLE).baseUri();
        RobotsPolicy shared = new RobotsPolicy();
        try (PoliteFetcher patient = new PoliteFetcher(policy(web), temp, shared)) {
            FetchResult r = patient.fetch(slow);
            assertEquals(Outcome.OK, r.outcome(), r.toString());
            assertTrue(r.elapsed().toMillis() >= 600, r.toString());
        }
        FetchPolicy impatient = policy(web).withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(200))
                .withRetries(1, Duration.ofMillis(20), Duration.ofSeconds(1));
        try (PoliteFetcher fetcher = new PoliteFetcher(impatient, temp, shared)) {
            FetchResult r = fetcher.fetch(slow);
            assertEquals(Outcome.FAILED, r.outcome(), r.toString());
            assertEquals("no response within the read timeout of 200 ms", r.reason());
            assertEquals(2, r.attempts(), "timeouts are retried");
        }
        // Without a cached robots.txt the same timeout makes robots.txt unreachable: RFC 9309 says disallow all.
        FetchResult r = fetch(impatient, slow);
        assertEquals(Outcome.DISALLOWED_BY_ROBOTS, r.outcome(), r.toString());
        assertTrue(r.reason().contains("unreachable (no response within the read timeout of 200 ms)"), r.reason());
    }

    @Test
    void permanentAndTemporaryRedirectsAreFollowed() throws Exception {
        URI feed = site(Site.Style.FEED).baseUri();
        URI old = feed.resolve("/reports/" + FetchCorpus.KENT_OLD + ".pdf");
        FetchResult moved = fetch(policy(web), old);
        assertEquals(Outcome.OK, moved.outcome(), moved.toString());
        assertEquals(old, moved.requestedUrl());
        assertEquals(feed.resolve("/files/" + FetchCorpus.KENT_OLD + ".pdf"), moved.finalUrl());
        assertEquals(sha256(corpus.resolve(FetchCorpus.KENT_OLD + ".pdf")), moved.sha256());
        assertEquals(2, moved.attempts(), "one request per hop");

        URI download = site(Site.Style.REDIRECT).baseUri().resolve("/download?id=" + FetchCorpus.NORFOLK);
        FetchResult found = fetch(policy(web), download);
        assertEquals(Outcome.OK, found.outcome(), found.toString());
        assertEquals(site(Site.Style.REDIRECT).baseUri().resolve("/files/" + FetchCorpus.NORFOLK + ".pdf"), found.finalUrl());
        assertEquals(sha256(corpus.resolve(FetchCorpus.NORFOLK + ".pdf")), found.sha256());
    }

    @Test
    void moreRedirectsThanTheLimitFail() {
        FetchResult r = fetch(policy(web).withMaxRedirects(0),
                site(Site.Style.FEED).baseUri().resolve("/reports/" + FetchCorpus.KENT_OLD + ".pdf"));
        assertEquals(Outcome.FAILED, r.outcome(), r.toString());
        assertTrue(r.reason().startsWith("too many redirects (limit 0)"), r.reason());
        assertEquals(301, r.status());
    }

    @Test
    void aBodyOverTheCapIsTooLargeAndLeavesNoTempFile() throws IOException {
        FetchPolicy small = policy(web).withCaps(new FetchPolicy.SizeCaps(100_000, 5 * FetchPolicy.MB, 0));
        FetchResult r = fetch(small, site(Site.Style.LIST).baseUri().resolve("/files/" + FetchCorpus.LEEDS_BIG_PDF + ".pdf"));
        assertEquals(Outcome.TOO_LARGE, r.outcome(), r.toString());
        assertTrue(r.reason().contains("exceeds the cap of 100000 bytes"), r.reason());
        assertNull(r.body());
        assertEquals(List.of(), filesIn(temp));
    }

    @Test
    void theGuardRefusesLoopbackUnlessOptedInAndHostsOffTheAllowList() {
        Site list = site(Site.Style.LIST);
        FetchResult loopback = fetch(policy(web).withAllowLoopback(false), list.baseUri());
        assertEquals(Outcome.REFUSED_BY_GUARD, loopback.outcome(), loopback.toString());
        assertTrue(loopback.reason().contains("loopback"), loopback.reason());
        FetchResult offList = fetch(policy(web).withAllowedHosts(Set.of(web.nationalRepository().getAuthority())),
                list.baseUri());
        assertEquals(Outcome.REFUSED_BY_GUARD, offList.outcome(), offList.toString());
        assertTrue(offList.reason().contains("not on the source's allow-list"), offList.reason());
        assertEquals(0, web.requestCount(list.host()), "refused before any request, robots.txt included");
    }

    @Test
    void requestsToOneHostAreSpacedByThePerHostDelay() {
        Duration delay = Duration.ofMillis(400);
        Site list = site(Site.Style.LIST);
        ExecutorService callers = Executors.newFixedThreadPool(2); // two real callers (see differentHostsAreNotSerialised)
        try (PoliteFetcher fetcher = new PoliteFetcher(policy(web).withPerHostDelay(delay), temp)) {
            // Two callers at once: the gate must serialise them, not just space one caller's calls.
            CompletableFuture<FetchResult> a = CompletableFuture.supplyAsync(() -> fetcher.fetch(list.baseUri()), callers);
            CompletableFuture<FetchResult> b = CompletableFuture.supplyAsync(
                    () -> fetcher.fetch(list.baseUri().resolve("/files/" + FetchCorpus.LEEDS_PDF + ".pdf")), callers);
            assertEquals(Outcome.OK, a.join().outcome());
            assertEquals(Outcome.OK, b.join().outcome());
        } finally {
            callers.shutdownNow();
        }
        List<Instant> at = web.requestLog().entries(list.host()).stream().map(RequestLog.Entry::at).sorted().toList();
        assertEquals(3, at.size(), "robots.txt and two pages");
        for (int i = 1; i < at.size(); i++) {
            Duration gap = Duration.between(at.get(i - 1), at.get(i));
            // 10 ms of slack for the wall clock the log uses (the gate itself measures with nanoTime).
            assertTrue(gap.compareTo(delay.minusMillis(10)) >= 0, "gap " + i + " was " + gap.toMillis() + " ms");
        }
    }

    @Test
    void differentHostsAreNotSerialised() {
        Duration delay = Duration.ofMillis(800);
        Site list = site(Site.Style.LIST);
        Site years = site(Site.Style.YEARS);
        // Two threads of our own: the common pool has a single worker on a 2-core machine, which would
        // run the two fetches one after the other and serialise them whatever the fetcher does.
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (PoliteFetcher fetcher = new PoliteFetcher(policy(web).withPerHostDelay(delay), temp)) {
            CompletableFuture<FetchResult> a = CompletableFuture.supplyAsync(() -> fetcher.fetch(list.baseUri()), callers);
            CompletableFuture<FetchResult> b = CompletableFuture.supplyAsync(() -> fetcher.fetch(years.baseUri()), callers);
            assertEquals(Outcome.OK, a.join().outcome());
            assertEquals(Outcome.OK, b.join().outcome());
        } finally {
            callers.shutdownNow();
        }
        List<RequestLog.Entry> onList = web.requestLog().entries(list.host());
        List<RequestLog.Entry> onYears = web.requestLog().entries(years.host());
        // Each host saw robots.txt, then its page one delay later; serialised hosts would not interleave.
        assertTrue(onYears.get(0).at().isBefore(onList.get(1).at()), onList + " / " + onYears);
        assertTrue(onList.get(0).at().isBefore(onYears.get(1).at()), onList + " / " + onYears);
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
