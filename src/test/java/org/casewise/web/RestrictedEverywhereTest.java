package org.casewise.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casewise.store.Review;
import org.casewise.store.Visibility;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One sweep over every read endpoint of issue 6 as an anonymous caller: no restricted review
 * appears anywhere in any answer (no link to it, not its title), while the same sweep with the
 * restricted-access token does find it, so the check can fail.
 */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class RestrictedEverywhereTest {

    @Inject
    SampleCorpus sample;

    @Inject
    EntityManager em;

    record Restricted(long id, String title, String board, List<String> themes) {
    }

    @BeforeEach
    void corpusIsSearchable() {
        sample.awaitIndexed();
    }

    @Test
    void anonymousCallersNeverMeetARestrictedReview() {
        List<Restricted> restricted = restricted();
        assertFalse(restricted.isEmpty(), "the sample has a restricted review");
        Restricted r = restricted.get(0);
        List<Long> publicIds = given().queryParam("size", 5).get("/api/v1/reviews").then().statusCode(200)
                .extract().jsonPath().getList("hits.id", Long.class);

        // A title a public review shares (other test classes upload look-alikes) proves nothing.
        java.util.Set<String> publicTitles = QuarkusTransaction.requiringNew().call(() -> new java.util.HashSet<>(
                em.createQuery("select r.title from Review r where r.visibility = :v", String.class)
                        .setParameter("v", Visibility.PUBLIC).getResultList()));
        List<String> anonymous = sweep(null, r, publicIds);
        for (String body : anonymous) {
            for (Restricted x : restricted) {
                assertFalse(body.contains("/api/v1/reviews/" + x.id() + "\""), "a link to restricted review " + x.id()
                        + " in " + abbreviate(body));
                if (!publicTitles.contains(x.title())) {
                    assertFalse(body.contains(x.title()), "the title of restricted review " + x.id());
                }
            }
        }
        given().get("/api/v1/reviews/" + r.id()).then().statusCode(404);
        given().get("/api/v1/reviews/" + r.id() + "/similar").then().statusCode(404);

        List<String> entitled = sweep("Bearer test-restricted-token", r, publicIds);
        assertTrue(entitled.stream().anyMatch(b -> b.contains("/api/v1/reviews/" + r.id() + "\"")),
                "the same sweep with the token meets the restricted review");
    }

    /** Every endpoint's answer for queries aimed at the restricted review. */
    private List<String> sweep(String authorization, Restricted r, List<Long> publicIds) {
        List<String> bodies = new ArrayList<>();
        String words = r.title().replaceAll("[^A-Za-z ]", " ").strip().split("\\s+")[0];
        bodies.add(get(authorization, "/api/v1/reviews", Map.of("size", "100", "facetSize", "300")));
        bodies.add(get(authorization, "/api/v1/reviews", Map.of("q", "title:" + words, "size", "100")));
        if (r.board() != null) {
            bodies.add(get(authorization, "/api/v1/reviews", Map.of("board", r.board(), "size", "100")));
            bodies.add(get(authorization, "/api/v1/recommendations", Map.of("board", r.board(), "size", "100")));
            bodies.add(get(authorization, "/api/v1/learning/boards/" + r.board(), Map.of("yearFrom", "2000")));
        }
        bodies.add(get(authorization, "/api/v1/recommendations", Map.of("size", "100")));
        for (long id : publicIds) {
            bodies.add(get(authorization, "/api/v1/reviews/" + id + "/similar", Map.of("size", "50")));
        }
        Map<String, Object> match = r.themes().isEmpty() ? Map.of("text", r.title(), "size", 50)
                : Map.of("themes", r.themes(), "size", 50);
        RequestSpecification post = given().contentType("application/json").body(match);
        if (authorization != null) {
            post = post.header("Authorization", authorization);
        }
        bodies.add(post.post("/api/v1/learning/match").then().statusCode(200).extract().asString());
        return bodies;
    }

    private static String get(String authorization, String path, Map<String, String> params) {
        RequestSpecification spec = given().queryParams(params);
        if (authorization != null) {
            spec = spec.header("Authorization", authorization);
        }
        return spec.get(path).then().statusCode(200).extract().asString();
    }

    private List<Restricted> restricted() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Restricted> out = new ArrayList<>();
            for (Review r : em.createQuery("select r from Review r where r.visibility = :v", Review.class)
                    .setParameter("v", Visibility.RESTRICTED).getResultList()) {
                out.add(new Restricted(r.id, r.title, r.boardId, r.getThemeIds()));
            }
            return out;
        });
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
