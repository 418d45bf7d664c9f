package org.casewise.dataset.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The awkward web: robots.txt, 404s, the flaky 500, the slow host, 429, validators and 304, 301 and 302. */
class SimulatedWebAwkwardTest {

    @TempDir
    static Path corpus;

    @BeforeAll
    static void writeCorpus() throws IOException {
        TinyCorpus.write(corpus);
    }

    /** Where each style prints its drafts and its broken link. */
    private static final Map<Site.Style, String> LISTING = Map.of(Site.Style.LIST, "/", Site.Style.TABLE, "/",
            Site.Style.YEARS, "/", Site.Style.FEED, "/", Site.Style.REDIRECT, "/case-reviews");

    @Test
    void everyHostServesRobotsTxtAndBoardSitesDisallowALinkedDraft() throws Exception {
        try (SimulatedWeb web = SimulatedWebTest.start(corpus)) {
            HttpResponse<String> repoRobots = Http.get(web.nationalRepository().resolve("/robots.txt"));
            assertEquals(200, repoRobots.statusCode());
            assertTrue(repoRobots.body().contains("Disallow: /_admin/"));
            for (Site site : web.boardSites()) {
                String robots = Http.get(site.baseUri().resolve("/robots.txt")).body();
                assertTrue(robots.contains("User-agent: *\nDisallow: /private/"), site + robots);
                String listing = Http.get(site.baseUri().resolve(LISTING.get(site.style()))).body();
                int at = listing.indexOf("href=\"/private/");
                assertTrue(at > 0, "a draft is linked on " + site);
                String draft = listing.substring(at + 6, listing.indexOf('"', at + 6));
                assertEquals(200, Http.get(site.baseUri().resolve(draft)).statusCode(), "robots.txt is advisory");
            }
            String feedRobots = Http.get(web.site(Site.Style.FEED).orElseThrow().baseUri().resolve("/robots.txt")).body();
            assertTrue(feedRobots.startsWith("User-agent: BadBot\nDisallow: /\n"), feedRobots);
        }
    }

    @Test
    void missingPagesAndTheDeliberatelyBrokenLinkAnswer404OnEveryHost() throws Exception {
        try (SimulatedWeb web = SimulatedWebTest.start(corpus)) {
            String listing = Http.get(web.nationalRepository().resolve("/reviews")).body();
            assertTrue(listing.contains("href=\"" + NationalRepository.BROKEN_LINK + "\""));
            assertEquals(404, Http.get(web.nationalRepository().resolve(NationalRepository.BROKEN_LINK)).statusCode());
            assertEquals(404, Http.get(web.nationalRepository().resolve("/reviews/no-such-id")).statusCode());
            for (Site site : web.boardSites()) {
                String page = Http.get(site.baseUri().resolve(LISTING.get(site.style()))).body();
                assertTrue(page.contains("href=\"" + BoardSite.BROKEN_LINK + "\""), site.toString());
                assertEquals(404, Http.get(site.baseUri().resolve(BoardSite.BROKEN_LINK)).statusCode());
                assertEquals(404, Http.get(site.baseUri().resolve("/no/such/page")).statusCode());
                assertEquals(404, Http.get(site.baseUri().resolve("/files/" + TinyCorpus.WOLVERHAMPTON + ".pdf")).statusCode(),
                        "a site serves only its own board's files");
            }
        }
    }

    @Test
    void yearPageFailsOnceWith500ThenServesInEachEpoch() throws Exception {
        try (SimulatedWeb web = SimulatedWebTest.start(corpus)) {
            URI flaky = web.site(Site.Style.YEARS).orElseThrow().baseUri().resolve("/reviews/2023");
            assertEquals(500, Http.get(flaky).statusCode());
            assertEquals(200, Http.get(flaky).statusCode());
            assertEquals(200, Http.get(flaky).statusCode());
            web.setEpoch(2);
            assertEquals(500, Http.get(flaky).statusCode(), "once again in a new epoch");
            assertEquals(200, Http.get(flaky).statusCode());
        }
    }

    @Test
    void slowHostDelaysEveryResponse() throws Exception {
        Duration delay = Duration.ofMillis(700);
        try (SimulatedWeb web = SimulatedWeb.start(corpus, SimulatedWeb.Options.defaults().withSlowDelay(delay))) {
            Site slow = web.site(Site.Style.TABLE).orElseThrow();
            assertTrue(slow.awkward().contains("slow"), slow.awkward());
            for (String path : List.of("/robots.txt", "/", "/no/such/page")) {
                long started = System.nanoTime();
                Http.get(slow.baseUri().resolve(path));
                long tookMs = (System.nanoTime() - started) / 1_000_000;
                assertTrue(tookMs >= delay.toMillis(), path + " took " + tookMs + " ms");
            }
            Http.get(web.site(Site.Style.LIST).orElseThrow().baseUri()); // warm the client up
            long started = System.nanoTime();
            Http.get(web.site(Site.Style.LIST).orElseThrow().baseUri());
            assertTrue((System.nanoTime() - started) / 1_000_000 < delay.toMillis(), "other hosts are not slow");
        }
    }

    @Test
    void repositoryAnswers429WithRetryAfterAboveTheRateLimit() throws Exception {
        try (SimulatedWeb web = SimulatedWeb.start(corpus,
                SimulatedWeb.Options.defaults().withSlowDelay(Duration.ZERO).withRateLimit(5))) {
            URI listing = web.nationalRepository().resolve("/reviews");
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(Http.get(listing));
            }
            List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
            assertEquals(List.of(200, 200, 200, 200, 200), statuses.subList(0, 5), statuses.toString());
            assertEquals(List.of(429, 429, 429, 429, 429), statuses.subList(5, 10), statuses.toString());
            assertEquals("2", answers.get(5).headers().firstValue("Retry-After").orElseThrow());
            await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(250))
                    .until(() -> Http.get(listing).statusCode() == 200);
            URI site = web.boardSites().get(0).baseUri();
            for (int i = 0; i < 10; i++) {
                assertEquals(200, Http.get(site).statusCode(), "board sites do not rate-limit");
            }
        }
    }

    @Test
    void filesCarryStrongETagAndLastModifiedAndAnswer304() throws Exception {
        try (SimulatedWeb web = SimulatedWebTest.start(corpus)) {
            byte[] bytes = Files.readAllBytes(corpus.resolve(TinyCorpus.CORNWALL_2019 + ".pdf"));
            String etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + "\"";
            for (URI file : List.of(web.nationalRepository().resolve("/files/" + TinyCorpus.CORNWALL_2019 + ".pdf"),
                    web.site(Site.Style.YEARS).orElseThrow().baseUri().resolve("/files/" + TinyCorpus.CORNWALL_2019 + ".pdf"))) {
                HttpResponse<byte[]> full = Http.getBytes(file);
                assertEquals(200, full.statusCode());
                assertArrayEquals(bytes, full.body());
                assertEquals(etag, full.headers().firstValue("ETag").orElseThrow());
                String lastModified = full.headers().firstValue("Last-Modified").orElseThrow();
                assertEquals("Sat, 01 Jun 2019 00:00:00 GMT", lastModified);

                HttpResponse<byte[]> same = Http.getBytes(file, "If-None-Match", etag);
                assertEquals(304, same.statusCode());
                assertEquals(0, same.body().length);
                assertEquals(etag, same.headers().firstValue("ETag").orElseThrow());
                assertEquals(304, Http.getBytes(file, "If-None-Match", "\"other\", W/" + etag).statusCode());
                assertEquals(200, Http.getBytes(file, "If-None-Match", "\"other\"").statusCode());
                assertEquals(304, Http.getBytes(file, "If-Modified-Since", lastModified).statusCode());
                assertEquals(304, Http.getBytes(file, "If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").statusCode());
                assertEquals(200, Http.getBytes(file, "If-Modified-Since", "Fri, 31 May 2019 00:00:00 GMT").statusCode());
                assertEquals(200, Http.getBytes(file, "If-None-Match", "\"other\"", "If-Modified-Since", lastModified)
                        .statusCode(), "If-None-Match takes precedence");
            }
        }
    }

    @Test
    void headAnswersWithValidatorsAndNoBody() throws Exception {
        try (SimulatedWeb web = SimulatedWebTest.start(corpus)) {
            URI file = web.site(Site.Style.LIST).orElseThrow().baseUri().resolve("/files/" + TinyCorpus.LEEDS_CHANGED + ".pdf");
            HttpResponse<byte[]> head = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(file).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, head.statusCode());
            assertTrue(head.headers().firstValue("ETag").isPresent());
            assertEquals(Files.size(corpus.resolve(TinyCorpus.LEEDS_CHANGED + ".pdf")),
                    head.headers().firstValueAsLong("Content-Length").orElseThrow());
            assertEquals(0, head.body().length);
        }
    }

    @Test
    void oldUrlFormAnswers301ToTheFile() throws Exception {
        try (SimulatedWeb web = SimulatedWebTest.start(corpus)) {
            URI base = web.site(Site.Style.FEED).orElseThrow().baseUri();
            HttpResponse<String> moved = Http.get(base.resolve("/reports/" + TinyCorpus.KENT_OLD + ".pdf"));
            assertEquals(301, moved.statusCode());
            URI target = URI.create(moved.headers().firstValue("Location").orElseThrow());
            assertEquals(base.resolve("/files/" + TinyCorpus.KENT_OLD + ".docx"), target, "on the same host");
            assertArrayEquals(Files.readAllBytes(corpus.resolve(TinyCorpus.KENT_OLD + ".docx")), Http.getBytes(target).body());
            assertEquals(404, Http.get(base.resolve("/reports/no-such-report.pdf")).statusCode());
        }
    }

    @Test
    void downloadLinksAnswer302ToTheFile() throws Exception {
        try (SimulatedWeb web = SimulatedWebTest.start(corpus)) {
            URI base = web.site(Site.Style.REDIRECT).orElseThrow().baseUri();
            HttpResponse<String> found = Http.get(base.resolve("/download?id=" + TinyCorpus.NORFOLK_HOSTILE));
            assertEquals(302, found.statusCode());
            URI target = URI.create(found.headers().firstValue("Location").orElseThrow());
            assertEquals(base.resolve("/files/" + TinyCorpus.NORFOLK_HOSTILE + ".pdf"), target);
            assertArrayEquals(Files.readAllBytes(corpus.resolve(TinyCorpus.NORFOLK_HOSTILE + ".pdf")),
                    Http.getBytes(target).body(), "a hostile file is served like any other");
            assertEquals(404, Http.get(base.resolve("/download?id=nope")).statusCode());
            assertEquals(404, Http.get(base.resolve("/download")).statusCode());
        }
    }

    @Test
    void adminEndpointOnlyTakesPostsOfAValidEpoch() throws Exception {
        try (SimulatedWeb web = SimulatedWebTest.start(corpus)) {
            assertEquals(405, Http.get(web.nationalRepository().resolve("/_admin/epoch/2")).statusCode());
            assertEquals(400, Http.post(web.nationalRepository().resolve("/_admin/epoch/0")).statusCode());
            assertEquals(405, Http.post(web.nationalRepository().resolve("/reviews")).statusCode());
            assertEquals(1, web.epoch());
        }
    }
}
