package org.casewise.source;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casewise.dataset.model.GroundTruth;
import org.casewise.dataset.web.RequestLog;
import org.casewise.dataset.web.SimulatedWeb;
import org.casewise.dataset.web.Site;
import org.casewise.store.Document;
import org.casewise.store.WorkItem;
import org.casewise.store.WorkOutcome;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Crawls the simulated publishing web (over the bundled generated sample, which the first start has
 * already ingested from its folder) through the real REST API, work queue, fetcher and pipeline.
 * Because every published file is already in the collection, "exactly once" is sharp here: a crawl
 * must find each report, link it to the document it already is, and create no document at all.
 */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrawlSimulatedWebTest {

    static final Path CORPUS = Path.of("datasets/sample/generated");
    static SimulatedWeb web;
    static Map<String, GroundTruth> truths;

    @Inject
    SampleCorpus sample;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startWeb() throws IOException {
        web = SimulatedWeb.start(CORPUS, SimulatedWeb.Options.defaults().withSlowDelay(Duration.ofMillis(200)));
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (Stream<Path> files = Files.list(CORPUS)) {
            truths = files.filter(p -> p.toString().endsWith(".json")).map(p -> {
                try {
                    return json.readValue(p.toFile(), GroundTruth.class);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.toMap(GroundTruth::file, t -> t));
        }
    }

    @AfterAll
    static void stopWeb() {
        web.close();
    }

    @BeforeEach
    void collectionIsReady() {
        sample.awaitIndexed();
    }

    private static String register(String code, String kind, Site site, String startPath, List<String> documentPatterns) {
        String start = site == null ? web.nationalRepository().resolve(startPath).toString()
                : site.baseUri().resolve(startPath).toString();
        String patterns = documentPatterns.stream().map(p -> "\"" + p.replace("\\", "\\\\") + "\"")
                .collect(Collectors.joining(",", "[", "]"));
        given().contentType("application/json").body("""
                {"code":"%s","name":"%s","kind":"%s","boardId":%s,"startUrls":["%s"],
                 "documentPatterns":%s,"maxDepth":3,"allowLoopback":true,"perHostDelayMs":20}"""
                .formatted(code, code, kind, site == null ? "null" : "\"" + site.boardId() + "\"", start, patterns))
                .post("/api/v1/sources").then().statusCode(201).body("code", equalTo(code));
        return code;
    }

    /** Starts a crawl and waits until its run has completed (discovery done, every item settled). */
    private static JsonPath crawl(String code) {
        long run = given().post("/api/v1/sources/" + code + "/crawl").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        await("crawl " + run + " of " + code).atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(300))
                .until(() -> "completed".equals(given().get("/api/v1/sources/" + code + "/runs/" + run)
                        .then().statusCode(200).extract().jsonPath().getString("status")));
        return given().get("/api/v1/sources/" + code + "/runs/" + run).then().extract().jsonPath();
    }

    private long documents() {
        return QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select count(d) from Document d", Long.class).getSingleResult());
    }

    private List<WorkItem> items(String code) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select w from WorkItem w, Source s where s.id = w.sourceId and s.code = :c order by w.id", WorkItem.class)
                .setParameter("c", code).getResultList());
    }

    /** Public reports of a board in the ground truth, by file name. */
    private static Set<String> published(String boardId) {
        return truths.values().stream()
                .filter(t -> t.board() != null && boardId.equals(t.board().id()) && !"restricted".equals(t.visibility()))
                .map(GroundTruth::file).collect(Collectors.toSet());
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(1)
    void everyBoardSiteStyleIsCrawledOnceWithRobotsAndRetriesRespected() throws Exception {
        long before = documents();
        Site list = web.site(Site.Style.LIST).orElseThrow();
        Site years = web.site(Site.Style.YEARS).orElseThrow();
        Site feed = web.site(Site.Style.FEED).orElseThrow();
        Site redirect = web.site(Site.Style.REDIRECT).orElseThrow();
        Site table = web.site(Site.Style.TABLE).orElseThrow();
        register("sim-list", "board-site", list, "/", List.of("/files/"));
        register("sim-table", "board-site", table, "/", List.of("/files/"));
        register("sim-years", "board-site", years, "/", List.of("/files/"));
        register("sim-feed", "feed", feed, "/feed.xml", List.of("/files/", "/reports/"));
        register("sim-redirect", "board-site", redirect, "/", List.of("/download\\?id="));

        for (Site site : List.of(list, table, years, feed, redirect)) {
            String code = "sim-" + site.style().name().toLowerCase();
            JsonPath run = crawl(code);
            Set<String> expected = published(site.boardId());
            if (site.style() == Site.Style.LIST) {
                web.epochChange().flatMap(SimulatedWeb.Change::addedFile).ifPresent(expected::remove);
            }
            List<WorkItem> items = items(code);
            List<WorkItem> fetched = items.stream().filter(w -> w.documentId != null).toList();
            // Each published report exactly once (one item per report; the feed links some by an old URL,
            // so compare by content), as the document the folder import already made of its bytes.
            assertEquals(expected.size(), fetched.size(), code + " reports: " + fetched.stream().map(w -> w.url).toList());
            Set<String> expectedHashes = new java.util.HashSet<>();
            for (String file : expected) {
                expectedHashes.add(sha256(CORPUS.resolve(file)));
            }
            assertEquals(expectedHashes, fetched.stream().map(w -> w.sha256).collect(Collectors.toSet()), code);
            fetched.forEach(w -> assertTrue(w.state.settled(), w.url + " " + w.state));
            // New to the source: counted as new, or as failed when the file is one of the hostile ones.
            long failedFetched = fetched.stream().filter(w -> w.outcome == WorkOutcome.FAILED).count();
            assertEquals(expected.size(), run.getLong("newCount") + failedFetched, code + " new");
            assertEquals(0, run.getLong("pending"));
            // The deliberately broken link is a failure with its reason, and the run still completed.
            if (site.style() != Site.Style.FEED) { // the feed itself has no broken link; its home page does
                assertTrue(run.getList("errors.reason", String.class).stream().anyMatch(r -> r.contains("404")),
                        code + " errors: " + run.getList("errors.reason"));
                // The draft under /private/ is linked from every site's pages and disallowed by robots.txt.
                assertTrue(run.getInt("excludedByRobots") >= 1, code + " robots");
            }
            assertTrue(web.requestLog().entries(site.host()).stream()
                    .noneMatch(e -> e.pathAndQuery().startsWith("/private/")), code + " never fetched /private/");
        }
        // The newest year's page answers 500 once: retried, so its reports are in (asserted above).
        assertTrue(web.requestLog().entries(years.host()).stream().anyMatch(e -> e.status() == 500));
        assertEquals(before, documents(), "no document created twice");
    }

    @Test
    @Order(2)
    void theRepositoryIsPagedThroughAndItsRateLimitIsHonoured() {
        long before = documents();
        register("sim-repository", "national-repository", null, "/reviews?page=1", List.of("/files/"));
        JsonPath run = crawl("sim-repository");
        List<WorkItem> items = items("sim-repository");
        assertFalse(items.isEmpty());
        assertTrue(items.stream().filter(w -> w.documentId != null).allMatch(w -> w.state.settled()));
        assertTrue(run.getInt("pagesFetched") > 2); // listing pages and record pages
        // It answers 429 above 5 requests a second; the fetcher waited for Retry-After and carried on.
        List<RequestLog.Entry> log = web.requestLog().entries(web.nationalRepository().getAuthority());
        assertTrue(log.stream().anyMatch(e -> e.status() == 429));
        assertTrue(run.getList("errors.reason", String.class).stream().noneMatch(r -> r.contains("429")),
                "nothing failed for being throttled: " + run.getList("errors.reason"));
        assertEquals(before, documents());
    }

    @Test
    @Order(3)
    void aSecondCrawlTransfersNoUnchangedBody() {
        Site list = web.site(Site.Style.LIST).orElseThrow();
        web.requestLog().clear();
        JsonPath run = crawl("sim-list");
        assertEquals(run.getLong("discovered") - run.getLong("failed"), run.getLong("unchanged"));
        assertEquals(0, run.getLong("newCount") + run.getLong("changed"));
        List<RequestLog.Entry> files = web.requestLog().entries(list.host()).stream()
                .filter(e -> e.pathAndQuery().startsWith("/files/")).toList();
        assertFalse(files.isEmpty());
        assertTrue(files.stream().allMatch(e -> e.status() == 304), "every file answered 304: " + files);
    }

    @Test
    @Order(4)
    void changedReportsAreReprocessedAndRemovedOnesKept() {
        SimulatedWeb.Change change = web.epochChange().orElseThrow();
        web.setEpoch(2);
        try {
            long reviewsBefore = QuarkusTransaction.requiringNew().call(() ->
                    em.createQuery("select count(r) from Review r", Long.class).getSingleResult());
            JsonPath run = crawl("sim-list");
            assertEquals(change.revisedFile().isPresent() ? 1 : 0, run.getLong("changed"));
            assertEquals(change.removedFile().isPresent() ? 1 : 0, run.getLong("removed"));
            List<WorkItem> items = items("sim-list");
            change.revisedFile().ifPresent(name -> {
                WorkItem w = items.stream().filter(i -> i.url.endsWith("/" + name)).findFirst().orElseThrow();
                Document revised = QuarkusTransaction.requiringNew().call(() -> {
                    Document d = em.find(Document.class, w.documentId);
                    d.review.id.hashCode(); // load inside the transaction
                    return d;
                });
                assertEquals(Document.REVISION_OF, revised.linkRelation);
                given().get("/api/v1/documents/" + w.documentId + "/history").then().statusCode(200)
                        .body("items[0].outcome", equalTo("changed"));
            });
            change.removedFile().ifPresent(name -> {
                WorkItem w = items.stream().filter(i -> i.url.endsWith("/" + name)).findFirst().orElseThrow();
                assertFalse(w.published);
                assertNotNull(w.removedAt);
                // Kept in the collection: the document and its review are still there.
                given().get("/api/v1/documents/" + w.documentId).then().statusCode(200);
            });
            long reviewsAfter = QuarkusTransaction.requiringNew().call(() ->
                    em.createQuery("select count(r) from Review r", Long.class).getSingleResult());
            assertEquals(reviewsBefore, reviewsAfter, "a revision joins its review; nothing is counted twice");
        } finally {
            web.setEpoch(1);
        }
    }

    @Test
    @Order(5)
    void hostileFilesEndFailedOrQuarantinedWithAReasonAndTheServiceStaysHealthy() throws Exception {
        List<WorkItem> all = Stream.of("sim-list", "sim-table", "sim-years", "sim-feed", "sim-redirect", "sim-repository")
                .flatMap(code -> items(code).stream()).toList();
        Set<String> hostile = new java.util.HashSet<>();
        for (GroundTruth t : truths.values()) {
            if (t.hostile() != null && "fail".equals(t.hostile().expected())) {
                hostile.add(sha256(CORPUS.resolve(t.file())));
            }
        }
        List<WorkItem> hostileItems = all.stream().filter(w -> hostile.contains(w.sha256)).toList();
        assertFalse(hostileItems.isEmpty(), "the sites publish hostile files");
        for (WorkItem w : hostileItems) {
            assertTrue(Set.of("FAILED", "QUARANTINED", "NEEDS_OCR").contains(w.state.name()), w.url + " " + w.state);
            assertTrue(w.reason != null && !w.reason.isBlank(), w.url);
        }
        given().get("/q/health/ready").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("casewise_queue_items{source=\"sim-list\""), "queue gauge");
        assertTrue(metrics.contains("casewise_fetch_duration_seconds_bucket"), "fetch histogram");
    }

    @Test
    @Order(6)
    void badSourceDefinitionsAreRefusedNamingTheField() {
        given().contentType("application/json").body("{\"code\":\"x y\",\"name\":\"n\",\"kind\":\"board-site\"}")
                .post("/api/v1/sources").then().statusCode(400).contentType("application/problem+json")
                .body("parameter", equalTo("code"));
        given().contentType("application/json").body("{\"code\":\"ok\",\"name\":\"n\",\"kind\":\"board-site\","
                        + "\"startUrls\":[\"http://a.example/\"],\"schedule\":\"every day\"}")
                .post("/api/v1/sources").then().statusCode(400).body("parameter", equalTo("schedule"));
        given().contentType("application/json").body("{\"code\":\"ok\",\"name\":\"n\",\"kind\":\"blog\"}")
                .post("/api/v1/sources").then().statusCode(400).body("parameter", equalTo("kind"));
        given().contentType("application/json").body("{\"code\":\"ok\",\"name\":\"n\",\"kind\":\"feed\","
                        + "\"startUrls\":[\"http://a.example/feed\"],\"documentPatterns\":[\"(\"]}")
                .post("/api/v1/sources").then().statusCode(400).body("parameter", equalTo("documentPatterns"));
        given().contentType("application/json").body("""
                {"code":"sim-list","name":"again","kind":"board-site","startUrls":["http://a.example/"]}""")
                .post("/api/v1/sources").then().statusCode(409);
        given().post("/api/v1/sources/no-such-source/crawl").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/sources/sim-list/items?state=sleeping").then().statusCode(400)
                .body("parameter", equalTo("state"));
    }
}
