package org.casewise.store;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.casewise.testing.EnabledIfPostgres;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.PostgresProfile;
import org.casewise.testing.SampleCorpus;
import org.casewise.testing.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * The persistence and pipeline path on the production database: Flyway migrations, the sample
 * ingestion, an upload, the reconciler and search, all against the PostgreSQL server.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@WithTestResource(OpenSearchTestResource.class)
@EnabledIfPostgres
class PostgresProfileTest {

    @Inject
    EntityManager em;

    @Inject
    SampleCorpus sample;

    @Test
    void runsOnPostgresqlWithMigratedSchema() {
        String product = QuarkusTransaction.requiringNew().call(() ->
                (String) em.createNativeQuery("select version()").getSingleResult());
        assertTrue(product.startsWith("PostgreSQL"), product);
        Number migrations = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from " + PostgresProfile.SCHEMA + ".flyway_schema_history where success").getSingleResult());
        assertTrue(migrations.intValue() >= 1);
    }

    @Test
    void pipelineAndSearchWorkOnPostgresql() {
        sample.awaitIndexed();
        given().queryParam("q", "neglect").get("/api/v1/reviews").then().statusCode(200).body("total", greaterThan(0));

        String marker = "pg" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String longText = "The chronology ran to many pages. ".repeat(3000) + marker;
        int reviewId = given().multiPart("file", "long.docx", TestFiles.docx("Leeds Safeguarding Children Partnership",
                        "Local Child Safeguarding Practice Review: Child P", longText), "application/octet-stream")
                .post("/api/v1/documents").then().statusCode(201).body("indexed", equalTo(true))
                .extract().path("document.reviewId");
        given().queryParam("q", marker).get("/api/v1/reviews").then().statusCode(200)
                .body("total", equalTo(1)).body("hits[0].board.id", equalTo("leeds"));
        int stored = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select t.charCount from DocumentText t where t.document.review.id = :id", Integer.class)
                .setParameter("id", (long) reviewId).getSingleResult());
        assertEquals(true, stored > 90_000, "long text round-trips through a PostgreSQL text column");
    }
}
