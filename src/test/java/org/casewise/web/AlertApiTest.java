package org.casewise.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.casewise.testing.TestFiles;
import org.casewise.testing.TestNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Saved searches end to end: alerts are created over HTTP, reviews are uploaded as real files through
 * the upload API, the real OpenSearch node percolates them, and the Atom feed is read with ROME.
 */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class AlertApiTest {

    private static final String ENTITLED = "Bearer test-restricted-token";
    private static final Duration MATCH_WAIT = Duration.ofSeconds(60);

    @Inject
    SampleCorpus sample;

    @BeforeEach
    void corpusIsSearchable() {
        sample.awaitIndexed();
    }

    @AfterEach
    void nodeIsBack() {
        // Other test classes share the node: never leave it stopped.
        TestNode.ensureStarted();
    }

    private static String marker(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String createAlert(RequestSpecification request, String name, String queryJson) {
        return request.contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"query\":" + queryJson + "}")
                .when().post("/api/v1/alerts")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/alerts/"))
                .body("name", equalTo(name))
                .body("feedUrl", containsString("/feed?token="))
                .extract().path("feedUrl");
    }

    private static long upload(String fileName, byte[] docx, String visibility) {
        return ((Number) given().multiPart("file", fileName, docx, "application/octet-stream")
                .multiPart("visibility", visibility)
                .post("/api/v1/documents").then().statusCode(201)
                .body("document.status", equalTo("ANALYSED"))
                .extract().path("document.reviewId")).longValue();
    }

    /** The feed as a feed reader sees it: fetched by its URL alone, parsed by ROME. */
    private static SyndFeed feed(String feedUrl) throws Exception {
        String xml = given().get(feedUrl).then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract().asString();
        return new SyndFeedInput().build(new StringReader(xml));
    }

    private static boolean links(SyndFeed feed, long reviewId) {
        return feed.getEntries().stream().map(SyndEntry::getLink)
                .anyMatch(link -> link.endsWith("/api/v1/reviews/" + reviewId));
    }

    private static long alertId(String feedUrl) {
        String path = feedUrl.substring(feedUrl.indexOf("/api/v1/alerts/") + "/api/v1/alerts/".length());
        return Long.parseLong(path.substring(0, path.indexOf('/')));
    }

    @Test
    void feedGainsAnEntryWhenAMatchingReviewIsIngested() throws Exception {
        String marker = marker("alrt");
        String feedUrl = createAlert(given(), "Kent neglect " + marker,
                "{\"q\":\"" + marker + "\",\"board\":[\"kent\"]}");
        SyndFeed empty = feed(feedUrl);
        assertTrue(empty.getEntries().isEmpty(), "a new alert is not backfilled");

        long matching = upload("child-a.docx", TestFiles.docx("Kent Safeguarding Children Board",
                "Serious Case Review: Child A" + marker, "Date of publication: May 2024",
                "The health visitor found the home cold and the baby hungry; neglect " + marker + "."), "public");
        long otherText = upload("child-b.docx", TestFiles.docx("Kent Safeguarding Children Board",
                "Serious Case Review: Child B", "Date of publication: May 2024",
                "The school nurse noticed bruising " + marker("other") + "."), "public");

        await("the alert's feed lists the matching review").atMost(MATCH_WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> links(feed(feedUrl), matching));
        SyndFeed feed = feed(feedUrl);
        assertFalse(links(feed, otherText), "a review without the words is not an alert match");
        assertEquals("tag:casewise,2026:alert/" + alertId(feedUrl), feed.getUri(), "the feed id is stable");
        SyndEntry entry = feed.getEntries().get(0);
        assertTrue(entry.getTitle().contains("Child A"), entry.getTitle());
        assertTrue(entry.getDescription().getValue().contains("2024"), entry.getDescription().getValue());
        assertEquals(feed.getUri() + "/review/" + matching, entry.getUri());
        assertTrue(entry.getPublishedDate() != null && entry.getUpdatedDate() != null);

        long id = alertId(feedUrl);
        given().get("/api/v1/alerts/" + id + "/matches").then().statusCode(200)
                .body("total", equalTo(1))
                .body("matches[0].reviewId", equalTo((int) matching))
                .body("matches[0].href", equalTo("/api/v1/reviews/" + matching))
                .body("matches[0].matchedAt", notNullValue());
        given().get("/api/v1/alerts/" + id).then().statusCode(200)
                .body("matchCount", equalTo(1)).body("active", equalTo(true))
                .body("query.board", hasItem("kent"));
    }

    @Test
    void alertsAnalyseTextAsSearchDoes() throws Exception {
        // SUDI is a search-time synonym and 'neglected' is stemmed: the percolator index must share the
        // reviews index's analysis settings and field mapping for these to match as search matches them.
        String marker = marker("syn");
        String feedUrl = createAlert(given(), "SUDI " + marker, "{\"q\":\"SUDI neglected " + marker + "\"}");
        long reviewId = upload("child-s.docx", TestFiles.docx("Serious Case Review: Child S " + marker,
                "The baby died suddenly; the review calls it a sudden unexpected death in infancy after neglect "
                        + marker + "."), "public");
        given().queryParam("q", "SUDI neglected " + marker).get("/api/v1/reviews").then().statusCode(200)
                .body("total", equalTo(1));
        await("the alert matches what search matches").atMost(MATCH_WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> links(feed(feedUrl), reviewId));
    }

    @Test
    void restrictedReviewsReachOnlyAlertsOfEntitledCallers() throws Exception {
        String marker = marker("rstr");
        String query = "{\"q\":\"" + marker + "\"}";
        String anonymousFeed = createAlert(given(), "anonymous " + marker, query);
        String entitledFeed = createAlert(given().header("Authorization", ENTITLED), "entitled " + marker, query);

        long restricted = upload("embargoed.docx", TestFiles.docx("Child Practice Review " + marker,
                "Embargoed until the criminal trial ends; neglect " + marker + "."), "restricted");

        await("the entitled alert's feed lists the restricted review").atMost(MATCH_WAIT)
                .pollInterval(Duration.ofMillis(500)).until(() -> links(feed(entitledFeed), restricted));
        // Both alerts were percolated together with the review, so the anonymous one has had its chance.
        assertTrue(feed(anonymousFeed).getEntries().isEmpty(), "an anonymous alert never shows a restricted review");
        given().get("/api/v1/alerts/" + alertId(anonymousFeed) + "/matches").then().statusCode(200)
                .body("total", equalTo(0));

        // The restricted alert is hidden from anonymous callers unless they hold its feed token.
        long entitledId = alertId(entitledFeed);
        given().get("/api/v1/alerts/" + entitledId).then().statusCode(404);
        given().get("/api/v1/alerts/" + entitledId + "/feed").then().statusCode(404);
        given().get("/api/v1/alerts/" + entitledId + "/feed?token=wrong").then().statusCode(404);
        given().get("/api/v1/alerts/" + entitledId + "/matches").then().statusCode(404);
        given().header("Authorization", ENTITLED).get("/api/v1/alerts/" + entitledId + "/matches").then()
                .statusCode(200).body("matches.reviewId", hasItem((int) restricted))
                .body("matches.reviewId", not(hasItem((int) 0)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"query\":{\"q\":\"neglect\"}}                          | name",
        "{\"name\":\"  \"}                                        | name",
        "{\"name\":\"x\",\"query\":{\"theme\":[\"sadness\"]}}     | query.theme",
        "{\"name\":\"x\",\"query\":{\"board\":\"Kent County\"}}   | query.board",
        "{\"name\":\"x\",\"query\":{\"yearFrom\":\"soon\"}}       | query.yearFrom",
        "{\"name\":\"x\",\"query\":{\"yearFrom\":2020,\"yearTo\":2010}} | query.yearFrom",
        "{\"name\":\"x\",\"query\":{\"q\":\"(neglect\"}}          | query.q",
        "{\"name\":\"x\",\"query\":{\"colour\":[\"red\"]}}        | query.colour",
        "{\"name\":\"x\",\"query\":{\"theme\":{\"id\":1}}}        | query.theme",
        "{\"name\":\"x\",\"query\":[\"neglect\"]}                 | query",
        "{\"name\":\"x\",\"owner\":\"me\"}                        | owner",
        "{\"name\": \"x\"                                         | body",
        "[1,2]                                                    | body"})
    void invalidAlertBodiesAre400sNamingTheField(String body, String field) {
        given().contentType("application/json").body(body.strip())
                .when().post("/api/v1/alerts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("parameter", equalTo(field))
                .body("detail", notNullValue());
    }

    @Test
    void unknownAlertsAre404sAndDeletedAlertsAreGone() {
        given().get("/api/v1/alerts/987654").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/alerts/987654/feed").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/alerts/987654/matches").then().statusCode(404);
        given().delete("/api/v1/alerts/987654").then().statusCode(404);
        given().get("/api/v1/alerts/abc").then().statusCode(400).body("parameter", equalTo("id"));
        given().get("/api/v1/alerts/1/matches?limit=0").then().statusCode(400).body("parameter", equalTo("limit"));

        String feedUrl = createAlert(given(), "to delete", "{\"theme\":[\"neglect\"]}");
        long id = alertId(feedUrl);
        given().delete("/api/v1/alerts/" + id).then().statusCode(204);
        given().get("/api/v1/alerts/" + id).then().statusCode(404);
        given().get(feedUrl).then().statusCode(404);
    }

    @Test
    void matchesFoundWhileTheEngineIsDownAreNotLost() throws Exception {
        String marker = marker("outg");
        String query = "{\"q\":\"" + marker + "\"}";
        String before = createAlert(given(), "before the outage " + marker, query);
        TestNode.stop();

        // Both the alert and the review are saved while the engine is down; neither can reach it yet.
        String during = given().contentType("application/json")
                .body("{\"name\":\"during the outage\",\"query\":" + query + "}")
                .post("/api/v1/alerts").then().statusCode(201).body("active", equalTo(false))
                .extract().path("feedUrl");
        long reviewId = ((Number) given().multiPart("file", "outage.docx", TestFiles.docx(
                        "Norfolk Safeguarding Children Board", "Serious Case Review: Child O",
                        "Home conditions were poor and the children were hungry " + marker + "."),
                        "application/octet-stream")
                .post("/api/v1/documents").then().statusCode(201).body("indexed", equalTo(false))
                .extract().path("document.reviewId")).longValue();

        TestNode.ensureStarted();
        await("both alerts catch up after the outage").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> links(feed(before), reviewId) && links(feed(during), reviewId));
        given().get("/api/v1/alerts/" + alertId(during)).then().body("active", equalTo(true));
    }

    @Test
    void openApiDocumentsTheAlertEndpoints() {
        List<String> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths").keySet().stream().map(Object::toString).toList();
        assertTrue(paths.containsAll(List.of("/api/v1/alerts", "/api/v1/alerts/{id}", "/api/v1/alerts/{id}/matches",
                "/api/v1/alerts/{id}/feed")), paths.toString());
    }
}
