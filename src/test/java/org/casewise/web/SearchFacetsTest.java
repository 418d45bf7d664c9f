package org.casewise.web;

import static io.restassured.RestAssured.given;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.casewise.search.Facet;
import org.casewise.store.Review;
import org.casewise.store.Visibility;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Facet counts and totals against the database, the source of truth, for random filter
 * combinations: multi-select semantics (OR within a facet, AND across facets) and drill-sideways
 * counts (each facet counted without its own selection), for anonymous and entitled callers.
 */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class SearchFacetsTest {

    static final String TOKEN = "Bearer test-restricted-token";

    @Inject
    SampleCorpus sample;

    @Inject
    EntityManager em;

    /** A review's facet values as the database has them. */
    record Row(long id, boolean restricted, Map<Facet, Set<String>> values) {
    }

    @BeforeEach
    void corpusIsSearchable() {
        sample.awaitIndexed();
    }

    @Test
    void randomFilterCombinationsAddUpAgainstTheDatabase() {
        List<Row> rows = rows();
        assertTrue(rows.stream().anyMatch(Row::restricted), "the sample has a restricted review");
        Random random = new Random(20261124);
        for (int round = 0; round < 16; round++) {
            boolean entitled = round % 4 == 3;
            List<Row> visible = rows.stream().filter(r -> entitled || !r.restricted()).toList();
            Map<Facet, List<String>> selections = randomSelections(visible, random);
            JsonPath json = request(entitled, selections).get("/api/v1/reviews")
                    .then().statusCode(200).extract().jsonPath();
            String context = (entitled ? "entitled " : "anonymous ") + selections;
            assertEquals(visible.stream().filter(r -> matches(r, selections, null)).count(), json.getLong("total"),
                    "total for " + context);
            for (Facet facet : Facet.values()) {
                Map<String, Long> expected = new TreeMap<>();
                visible.stream().filter(r -> matches(r, selections, facet))
                        .forEach(r -> r.values().get(facet).forEach(v -> expected.merge(v, 1L, Long::sum)));
                Map<String, Long> actual = new TreeMap<>();
                List<Map<String, Object>> values = json.getList("facets." + facet.param());
                for (Map<String, Object> v : values) {
                    long count = ((Number) v.get("count")).longValue();
                    if (count > 0) {
                        actual.put((String) v.get("value"), count);
                    }
                    assertEquals(selections.getOrDefault(facet, List.of()).contains(v.get("value")), v.get("selected"),
                            "selected flag of " + facet.param() + "=" + v.get("value"));
                }
                assertEquals(expected, actual, facet.param() + " counts for " + context);
            }
        }
    }

    @Test
    void facetSizeListsTheTopValuesAndAlwaysTheSelectedOnes() {
        JsonPath all = given().queryParam("facetSize", 300).queryParam("size", 1).get("/api/v1/reviews")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> boards = all.getList("facets.board");
        assertTrue(boards.size() > 3, "the sample spans several boards");
        Map<String, Object> rare = boards.get(boards.size() - 1);
        JsonPath top = given().queryParam("facetSize", 2).queryParam("board", rare.get("value")).queryParam("size", 1)
                .get("/api/v1/reviews").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> listed = top.getList("facets.board");
        assertEquals(3, listed.size(), "two top values and the selected one: " + listed);
        assertEquals(boards.get(0).get("count"), listed.get(0).get("count"), "the top value first, same count");
        Map<String, Object> selected = listed.get(2);
        assertEquals(rare.get("value"), selected.get("value"));
        assertEquals(rare.get("count"), selected.get("count"), "a selected value beyond the top keeps its count");
        given().queryParam("facetSize", 0).get("/api/v1/reviews").then().statusCode(400).body("parameter",
                org.hamcrest.Matchers.equalTo("facetSize"));
    }

    @Test
    void anonymousCallersNeverSeeRestrictedReviews() {
        List<Row> rows = rows();
        Set<Long> restricted = new LinkedHashSet<>();
        rows.stream().filter(Row::restricted).forEach(r -> restricted.add(r.id()));
        assertFalse(restricted.isEmpty());
        List<Integer> anonymous = given().queryParam("size", 100).get("/api/v1/reviews")
                .then().statusCode(200).extract().path("hits.id");
        List<Integer> entitled = given().header("Authorization", TOKEN).queryParam("size", 100).get("/api/v1/reviews")
                .then().statusCode(200).extract().path("hits.id");
        assertTrue(anonymous.stream().noneMatch(id -> restricted.contains(id.longValue())), "no restricted hit");
        assertTrue(entitled.stream().anyMatch(id -> restricted.contains(id.longValue())), "entitled callers see them");
        long id = restricted.iterator().next();
        given().get("/api/v1/reviews/" + id).then().statusCode(404);
        given().header("Authorization", TOKEN).get("/api/v1/reviews/" + id).then().statusCode(200);
        given().header("Authorization", "Bearer wrong").get("/api/v1/reviews")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private static RequestSpecification request(boolean entitled, Map<Facet, List<String>> selections) {
        RequestSpecification spec = given().queryParam("size", 1).queryParam("facetSize", 300);
        if (entitled) {
            spec = spec.header("Authorization", TOKEN);
        }
        for (var e : selections.entrySet()) {
            spec = spec.queryParam(e.getKey().param(), String.join(",", e.getValue()));
        }
        return spec;
    }

    /** One to three facets, one or two values each, drawn from values that occur. */
    private static Map<Facet, List<String>> randomSelections(List<Row> rows, Random random) {
        Map<Facet, List<String>> selections = new EnumMap<>(Facet.class);
        int facets = 1 + random.nextInt(3);
        List<Facet> all = new ArrayList<>(List.of(Facet.values()));
        while (selections.size() < facets && !all.isEmpty()) {
            Facet facet = all.remove(random.nextInt(all.size()));
            List<String> occurring = rows.stream().flatMap(r -> r.values().get(facet).stream()).distinct().sorted().toList();
            if (occurring.isEmpty()) {
                continue;
            }
            List<String> chosen = new ArrayList<>();
            int n = 1 + random.nextInt(Math.min(2, occurring.size()));
            while (chosen.size() < n) {
                String v = occurring.get(random.nextInt(occurring.size()));
                if (!chosen.contains(v)) {
                    chosen.add(v);
                }
            }
            selections.put(facet, chosen);
        }
        return selections;
    }

    private static boolean matches(Row row, Map<Facet, List<String>> selections, Facet except) {
        for (var e : selections.entrySet()) {
            if (e.getKey() != except && e.getValue().stream().noneMatch(row.values().get(e.getKey())::contains)) {
                return false;
            }
        }
        return true;
    }

    private List<Row> rows() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Row> out = new ArrayList<>();
            for (Review r : em.createQuery("select r from Review r", Review.class).getResultList()) {
                Map<Facet, Set<String>> values = new HashMap<>();
                for (Facet f : Facet.values()) {
                    values.put(f, new LinkedHashSet<>());
                }
                r.themes.forEach(t -> values.get(Facet.THEME).add(t.themeId));
                add(values, Facet.BOARD, r.boardId);
                add(values, Facet.NATION, r.nation);
                add(values, Facet.REGION, r.region);
                add(values, Facet.REVIEW_TYPE, r.reviewType);
                add(values, Facet.OUTCOME, r.outcome);
                add(values, Facet.METHODOLOGY, r.methodology);
                add(values, Facet.YEAR, r.publicationYear == null ? null : String.valueOf(r.publicationYear));
                values.get(Facet.AGE_BAND).addAll(r.getAgeBands());
                values.get(Facet.AGENCY).addAll(r.agencies);
                out.add(new Row(r.id, r.visibility == Visibility.RESTRICTED, values));
            }
            return out;
        });
    }

    private static void add(Map<Facet, Set<String>> values, Facet facet, String value) {
        if (value != null) {
            values.get(facet).add(value);
        }
    }
}
