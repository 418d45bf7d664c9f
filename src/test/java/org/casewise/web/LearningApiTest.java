package org.casewise.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casewise.store.Review;
import org.casewise.store.Visibility;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Similar reviews, matching and board profiles over the sample corpus, through a real OpenSearch node. */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class LearningApiTest {

    static final String TOKEN = "Bearer test-restricted-token";
    static final String INFANT_BRUISING = "Baby T was ten weeks old and not yet rolling over when the health visitor"
            + " saw a small bruise on his cheek at a home visit. Mother said his older sister had hit him with a toy."
            + " The explanation was accepted and no referral was made to children's social care, and no child"
            + " protection medical was arranged. Three weeks later Baby T was taken to hospital with bruising to his"
            + " ears and a fractured arm, and the doctors concluded that the injuries were non-accidental.";

    @Inject
    SampleCorpus sample;

    @Inject
    EntityManager em;

    @BeforeEach
    void corpusIsSearchable() {
        sample.awaitIndexed();
    }

    /** A restricted review and the public review sharing most themes with it. */
    record Pair(long restricted, long publicSource) {
    }

    Pair restrictedAndNeighbour() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Review> all = em.createQuery("select r from Review r", Review.class).getResultList();
            Review restricted = all.stream().filter(r -> r.visibility == Visibility.RESTRICTED).findFirst()
                    .orElseThrow(() -> new AssertionError("the sample corpus has a restricted review"));
            Set<String> themes = new HashSet<>(restricted.getThemeIds());
            Review neighbour = all.stream().filter(r -> r.visibility == Visibility.PUBLIC)
                    .max(Comparator.comparingLong(r -> r.getThemeIds().stream().filter(themes::contains).count()))
                    .orElseThrow();
            return new Pair(restricted.id, neighbour.id);
        });
    }

    static RequestSpecification entitled() {
        return given().header("Authorization", TOKEN);
    }

    @Test
    void similarLeavesOutTheSourceAndRestrictedReviewsForAnonymousCallers() {
        Pair p = restrictedAndNeighbour();
        List<Integer> anonymous = given().queryParam("size", 50).get("/api/v1/reviews/" + p.publicSource() + "/similar")
                .then().statusCode(200).body("source.id", equalTo((int) p.publicSource()))
                .extract().jsonPath().getList("hits.review.id");
        List<Integer> withToken = entitled().queryParam("size", 50).get("/api/v1/reviews/" + p.publicSource() + "/similar")
                .then().statusCode(200).extract().jsonPath().getList("hits.review.id");
        assertFalse(anonymous.isEmpty());
        assertFalse(anonymous.contains((int) p.publicSource()), "the review itself is not similar to itself");
        assertFalse(withToken.contains((int) p.publicSource()));
        assertTrue(withToken.contains((int) p.restricted()), "an entitled caller sees the restricted neighbour: " + withToken);
        assertFalse(anonymous.contains((int) p.restricted()), "an anonymous caller does not: " + anonymous);

        given().get("/api/v1/reviews/" + p.restricted() + "/similar").then().statusCode(404)
                .contentType("application/problem+json");
        entitled().get("/api/v1/reviews/" + p.restricted() + "/similar").then().statusCode(200);
    }

    @Test
    void everyHitHasAReasonAndSharedThemesAreTrue() {
        long source = restrictedAndNeighbour().publicSource();
        JsonPath json = given().get("/api/v1/reviews/" + source + "/similar").then().statusCode(200)
                .body("hits.size()", greaterThan(0)).extract().jsonPath();
        Set<String> sourceThemes = themesOf(source);
        assertEquals(sourceThemes, new HashSet<>(json.getList("sourceThemes")));
        List<Map<String, Object>> hits = json.getList("hits");
        int themeReasons = 0;
        for (Map<String, Object> hit : hits) {
            @SuppressWarnings("unchecked") Map<String, Object> review = (Map<String, Object>) hit.get("review");
            @SuppressWarnings("unchecked") List<Map<String, Object>> reasons = (List<Map<String, Object>>) hit.get("reasons");
            assertFalse(reasons.isEmpty(), "hit " + review.get("id") + " says why it matched");
            Set<String> hitThemes = themesOf(((Number) review.get("id")).longValue());
            for (Map<String, Object> reason : reasons) {
                if ("theme".equals(reason.get("kind"))) {
                    themeReasons++;
                    String theme = (String) reason.get("value");
                    assertTrue(sourceThemes.contains(theme) && hitThemes.contains(theme),
                            theme + " is a theme of both " + source + " and " + review.get("id"));
                }
            }
        }
        assertTrue(themeReasons > 0, "sample reviews share themes");
        assertTrue(json.getList("hits.reasons.kind").stream().anyMatch(k -> ((List<?>) k).contains("text")),
                "the wording clause (more_like_this on the indexed review) contributes");
        // The most similar review shares more than one circumstance.
        assertTrue(json.getList("hits[0].reasons").size() > 1);
    }

    @Test
    void similarRejectsBadInput() {
        given().get("/api/v1/reviews/999999/similar").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("size", 0).get("/api/v1/reviews/1/similar").then().statusCode(400)
                .body("parameter", equalTo("size"));
        given().queryParam("nation", "atlantis").get("/api/v1/reviews/1/similar").then().statusCode(400)
                .body("parameter", equalTo("nation"));
    }

    @Test
    void aDraftAboutABruisedInfantFindsPhysicalAbuseInInfancyFirst() {
        JsonPath json = given().contentType("application/json")
                .body(Map.of("text", INFANT_BRUISING, "size", 5))
                .post("/api/v1/learning/match").then().statusCode(200).extract().jsonPath();
        List<String> inferred = json.getList("inferredThemes.id");
        assertTrue(inferred.contains("physical-abuse"), "the analyser reads physical abuse in the draft: " + inferred);
        assertFalse(json.getList("inferredThemes[0].evidence").isEmpty(), "inferred themes carry evidence sentences");
        List<List<String>> reviewThemes = json.getList("reviews.review.themes");
        assertFalse(reviewThemes.isEmpty());
        for (List<String> themes : reviewThemes.subList(0, Math.min(3, reviewThemes.size()))) {
            assertTrue(themes.contains("physical-abuse") || themes.contains("infants"),
                    "top reviews are about physical abuse or infants: " + reviewThemes);
        }
        List<Map<String, Object>> recommendations = json.getList("recommendations");
        assertFalse(recommendations.isEmpty(), "recommendations are found");
        List<Integer> cited = new ArrayList<>(json.getList("recommendations.review.id"));
        cited.addAll(json.getList("learningPoints.review.id"));
        for (Integer id : new HashSet<>(cited)) {
            given().get("/api/v1/reviews/" + id).then().statusCode(200);
        }
        assertTrue(json.getList("recommendations.kind").stream().allMatch("recommendation"::equals));
    }

    @Test
    void matchByThemesAloneAndBadBodies() {
        given().contentType("application/json").body(Map.of("themes", List.of("neglect"), "ageBand", "1-4"))
                .post("/api/v1/learning/match").then().statusCode(200)
                .body("themes", equalTo(List.of("neglect")))
                .body("reviews[0].review.themes", org.hamcrest.Matchers.hasItem("neglect"));
        given().contentType("application/json").body(Map.of("ageBand", "under-1"))
                .post("/api/v1/learning/match").then().statusCode(400).contentType("application/problem+json")
                .body("parameter", equalTo("text"));
        given().contentType("application/json").body(Map.of("themes", List.of("bruises")))
                .post("/api/v1/learning/match").then().statusCode(400).body("parameter", equalTo("themes"));
        given().contentType("application/json").body(Map.of("text", "x".repeat(100_001)))
                .post("/api/v1/learning/match").then().statusCode(400).body("parameter", equalTo("text"));
        given().contentType("application/json").body(Map.of("themes", List.of("neglect"), "size", 51))
                .post("/api/v1/learning/match").then().statusCode(400).body("parameter", equalTo("size"));
    }

    @Test
    void boardProfileNumbersAddUpAgainstTheDatabase() {
        String board = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select r.boardId from Review r"
                + " where r.visibility = :v and r.boardId is not null group by r.boardId order by count(r) desc, r.boardId",
                String.class).setParameter("v", Visibility.PUBLIC).setMaxResults(1).getSingleResult());
        JsonPath json = given().queryParam("yearFrom", 2000).queryParam("yearTo", 2030)
                .get("/api/v1/learning/boards/" + board).then().statusCode(200)
                .body("board.id", equalTo(board)).body("yearFrom", equalTo(2000)).extract().jsonPath();
        long own = json.getLong("reviews");
        long elsewhere = json.getLong("reviewsElsewhere");
        long dbOwn = count("select count(r) from Review r where r.boardId = :b and r.visibility = :v"
                + " and r.publicationYear between 2000 and 2030", board);
        long dbAll = count("select count(r) from Review r where r.visibility = :v and r.publicationYear between 2000 and 2030",
                null);
        assertTrue(own > 1, "the busiest board has several reviews");
        assertEquals(dbOwn, own);
        assertEquals(dbAll, own + elsewhere, "board and elsewhere partition the visible reviews");
        List<Map<String, Object>> themes = json.getList("themes");
        assertFalse(themes.isEmpty());
        for (Map<String, Object> t : themes) {
            long dbThemed = count("select count(distinct r) from Review r join r.themes t where r.boardId = :b"
                    + " and r.visibility = :v and r.publicationYear between 2000 and 2030 and t.themeId = '"
                    + t.get("theme") + "'", board);
            assertEquals(dbThemed, ((Number) t.get("boardReviews")).longValue(), "board reviews with " + t.get("theme"));
            double p = ((Number) t.get("pValue")).doubleValue();
            assertTrue(p >= 0 && p <= 1);
        }
        for (Map<String, Object> gap : json.<Map<String, Object>>getList("notYetReflected")) {
            @SuppressWarnings("unchecked") List<Map<String, Object>> learning = (List<Map<String, Object>>) gap.get("nationalLearning");
            for (Map<String, Object> point : learning) {
                @SuppressWarnings("unchecked") Map<String, Object> review = (Map<String, Object>) point.get("review");
                assertFalse(board.equals(((Map<?, ?>) review.get("board")).get("id")), "national learning is from other boards");
            }
        }
    }

    @Test
    void boardProfileRejectsUnknownBoardsAndBadWindows() {
        given().get("/api/v1/learning/boards/atlantis").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("yearFrom", 2023).queryParam("yearTo", 2019).get("/api/v1/learning/boards/kent")
                .then().statusCode(400).body("parameter", equalTo("yearFrom"));
        given().queryParam("yearTo", "soon").get("/api/v1/learning/boards/kent")
                .then().statusCode(400).body("parameter", equalTo("yearTo"));
        JsonPath json = given().get("/api/v1/learning/boards/kent").then().statusCode(200).extract().jsonPath();
        assertEquals(json.getInt("yearTo") - 4, json.getInt("yearFrom"), "the default window is five years");
    }

    private Set<String> themesOf(long id) {
        return new HashSet<>(entitled().get("/api/v1/reviews/" + id).then().statusCode(200).extract().jsonPath()
                .getList("themes.id"));
    }

    private long count(String jpql, String board) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createQuery(jpql, Long.class).setParameter("v", Visibility.PUBLIC);
            if (board != null) {
                query.setParameter("b", board);
            }
            return query.getSingleResult();
        });
    }
}
