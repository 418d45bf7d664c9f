package org.casewise.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.casewise.search.alert.AlertMatcher;
import org.casewise.testing.EnabledIfPostgres;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.PostgresProfile;
import org.casewise.testing.SampleCorpus;
import org.casewise.testing.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * Alerts on the production database: the V6 tables and the matcher's SQL (the idempotent match
 * insert) on PostgreSQL, end to end from an upload to the alert's matches.
 */
@QuarkusTest
@TestProfile(AlertPostgresTest.OwnSchema.class)
@WithTestResource(OpenSearchTestResource.class)
@EnabledIfPostgres
class AlertPostgresTest {

    /** PostgresProfile in a schema of its own, so a parallel PostgresProfileTest cannot clean it away. */
    public static class OwnSchema extends PostgresProfile {
        static final String SCHEMA = "casewise_alerts_test";

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.replaceAll((k, v) -> v.replace(PostgresProfile.SCHEMA, SCHEMA));
            return config;
        }
    }

    @Inject
    SampleCorpus sample;

    @Inject
    EntityManager em;

    @Inject
    AlertMatcher matcher;

    @Test
    void anUploadMatchesAnAlertOnPostgresql() {
        sample.awaitIndexed();
        String marker = "pgal" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        int alertId = given().contentType("application/json")
                .body("{\"name\":\"pg\",\"query\":{\"q\":\"" + marker + "\"}}")
                .post("/api/v1/alerts").then().statusCode(201).extract().path("id");
        int reviewId = given().multiPart("file", "pg.docx", TestFiles.docx("Serious Case Review: Child P",
                        "The family moved often; neglect " + marker + "."), "application/octet-stream")
                .post("/api/v1/documents").then().statusCode(201).extract().path("document.reviewId");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get("/api/v1/alerts/" + alertId + "/matches").then().statusCode(200)
                        .body("matches.reviewId", hasItem(reviewId)).body("total", equalTo(1)));
        // Percolating everything again (as if the percolation records were lost) adds no duplicate.
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("delete from AlertPercolation").executeUpdate());
        matcher.run();
        given().get("/api/v1/alerts/" + alertId + "/matches").then().body("total", equalTo(1))
                .body("pendingReviews", equalTo(0));
    }
}
