package org.casewise.index;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.casewise.testing.TestFiles;
import org.casewise.testing.TestNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stops the real OpenSearch node, writes reviews while it is down, starts it again, and checks
 * that every review written during the outage becomes searchable without anyone doing anything.
 */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class EngineOutageTest {

    @Inject
    SampleCorpus sample;

    @AfterEach
    void nodeIsBack() {
        // Other test classes share the node: never leave it stopped, whatever happened above.
        TestNode.ensureStarted();
    }

    @Test
    void reviewsWrittenDuringAnOutageBecomeSearchableWhenTheEngineReturns() throws Exception {
        sample.awaitIndexed();
        TestNode.stop();

        List<String> markers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String marker = "outage" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            markers.add(marker);
            given().multiPart("file", "outage-" + i + ".docx",
                            TestFiles.docx("Norfolk Safeguarding Children Board", "Serious Case Review: Child O" + i,
                                    "Home conditions were poor and the children were hungry " + marker + "."),
                            "application/octet-stream")
                    .post("/api/v1/documents")
                    .then().statusCode(201)
                    .body("document.status", equalTo("ANALYSED"))
                    .body("indexed", equalTo(false))
                    .body("index.behind", equalTo(true));
        }

        given().get("/api/v1/index/status").then().statusCode(200)
                .body("engineReachable", equalTo(false))
                .body("pending", greaterThanOrEqualTo(3));
        given().queryParam("q", markers.get(0)).get("/api/v1/reviews")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("unreachable"));
        given().get("/q/health/ready").then().statusCode(503);

        TestNode.ensureStarted();

        await("index catches up after the outage").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given().get("/api/v1/index/status").then()
                        .body("engineReachable", equalTo(true)).body("pending", equalTo(0)));
        for (String marker : markers) {
            given().queryParam("q", marker).get("/api/v1/reviews")
                    .then().statusCode(200).body("total", equalTo(1)).body("index.pending", equalTo(0));
        }
        given().get("/q/health/ready").then().statusCode(200);
    }
}
