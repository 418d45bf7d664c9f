package org.casewise.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.casewise.testing.OpenSearchTestResource;
import org.junit.jupiter.api.Test;

/**
 * Every API operation is documented: a summary, a description for each parameter, an example for
 * each query parameter, and a 400 problem response where it takes parameters. A new endpoint
 * without them fails here rather than reaching users undocumented.
 */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class OpenApiCoverageTest {

    @Test
    void everyOperationAndParameterIsDescribed() throws Exception {
        String body = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode paths = new ObjectMapper().readTree(body).path("paths");
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (var path = paths.fields(); path.hasNext(); ) {
            var entry = path.next();
            if (!entry.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (var op = entry.getValue().fields(); op.hasNext(); ) {
                var operation = op.next();
                if (!List.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
                    continue;
                }
                operations++;
                String where = operation.getKey().toUpperCase() + " " + entry.getKey();
                JsonNode o = operation.getValue();
                if (o.path("summary").asText("").isBlank()) {
                    problems.add(where + ": no summary");
                }
                boolean hasQueryParameters = false;
                for (JsonNode p : o.path("parameters")) {
                    String name = p.path("name").asText();
                    if (p.path("description").asText("").isBlank()) {
                        problems.add(where + ": parameter " + name + " has no description");
                    }
                    if ("query".equals(p.path("in").asText())) {
                        hasQueryParameters = true;
                        if (!p.has("example") && !p.path("schema").has("example") && !p.has("examples")
                                && !p.path("schema").path("items").has("example")) {
                            problems.add(where + ": query parameter " + name + " has no example");
                        }
                    }
                }
                // trend and learning answers come from the engine, for a caller who may carry a token
                boolean engine = entry.getKey().startsWith("/api/v1/trends") || entry.getKey().startsWith("/api/v1/learning");
                if (engine && !(o.path("responses").has("401") && o.path("responses").has("503"))) {
                    problems.add(where + ": an engine-backed operation documents no 401 or 503 response");
                }
                if (hasQueryParameters && !o.path("responses").has("400")) {
                    problems.add(where + ": takes query parameters but documents no 400 response");
                }
            }
        }
        assertTrue(operations >= 10, "found the API: " + operations + " operations");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
