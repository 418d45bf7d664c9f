package org.casewise.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /api/v1/reviews over the bundled sample corpus, through a real OpenSearch node. */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class SearchApiTest {

    @Inject
    SampleCorpus sample;

    @BeforeEach
    void corpusIsSearchable() {
        sample.awaitIndexed();
    }

    @Test
    void neglectFindsHighlightedHitsAndFacets() {
        JsonPath json = given().queryParam("q", "neglect")
                .when().get("/api/v1/reviews")
                .then().statusCode(200).contentType("application/json")
                .body("total", greaterThan(2))
                .body("hits[0].id", notNullValue())
                .body("hits[0].title", notNullValue())
                .body("hits[0].href", containsString("/api/v1/reviews/"))
                .extract().jsonPath();
        List<List<String>> snippets = json.getList("hits.snippets");
        assertTrue(snippets.stream().flatMap(List::stream).anyMatch(s -> s.toLowerCase().contains("<mark>neglect")),
                "some snippet marks the matched word: " + snippets);
        List<Map<String, Object>> boards = json.getList("facets.board");
        assertFalse(boards.isEmpty(), "board facet has values");
        long boardCounts = boards.stream().mapToLong(b -> ((Number) b.get("count")).longValue()).sum();
        assertTrue(boardCounts <= json.getLong("total"), "facet counts stay within the total");
        assertFalse(json.getList("facets.year").isEmpty());
        assertFalse(json.getList("facets.reviewType").isEmpty());
    }

    @Test
    void stemmingMatchesOtherFormsOfAWord() {
        // 'neglected' and 'neglectful' share the stem of 'neglect'.
        int exact = given().queryParam("q", "neglect").get("/api/v1/reviews").then().extract().path("total");
        int inflected = given().queryParam("q", "neglected").get("/api/v1/reviews").then().extract().path("total");
        assertEquals(exact, inflected);
    }

    @Test
    void abbreviationsMatchTheirLongFormAtSearchTime() {
        given().queryParam("q", "\"serious case review\"").get("/api/v1/reviews")
                .then().statusCode(200).body("total", greaterThan(0));
        int longForm = given().queryParam("q", "\"serious case review\"").get("/api/v1/reviews")
                .then().extract().path("total");
        int abbreviation = given().queryParam("q", "SCR").get("/api/v1/reviews").then().extract().path("total");
        assertTrue(abbreviation >= longForm, "SCR finds at least what 'serious case review' finds");
    }

    @Test
    void filtersNarrowResultsAndFacetsFollow() {
        JsonPath all = given().get("/api/v1/reviews").then().statusCode(200).extract().jsonPath();
        Map<String, Object> firstBoard = all.getMap("facets.board[0]");
        String board = (String) firstBoard.get("value");
        int expected = ((Number) firstBoard.get("count")).intValue();
        given().queryParam("board", board).get("/api/v1/reviews")
                .then().statusCode(200)
                .body("total", equalTo(expected))
                .body("hits.board.id", everyItem(equalTo(board)));

        given().queryParam("yearFrom", "2015").queryParam("yearTo", "2019").get("/api/v1/reviews")
                .then().statusCode(200)
                .body("hits.year", everyItem(is(both(2015, 2019))));

        given().queryParam("reviewType", "scr").get("/api/v1/reviews")
                .then().statusCode(200)
                .body("total", greaterThan(0))
                .body("hits.reviewType", everyItem(equalTo("scr")))
                .body("facets.reviewType.find { it.value == 'scr' }.label", equalTo("Serious Case Review"));
    }

    private static org.hamcrest.Matcher<Integer> both(int from, int to) {
        return org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(from))
                .and(lessThanOrEqualTo(to));
    }

    @Test
    void pagesDoNotOverlap() {
        List<Integer> first = given().queryParam("size", 3).queryParam("page", 1).get("/api/v1/reviews")
                .then().statusCode(200).body("hits.size()", equalTo(3)).extract().path("hits.id");
        List<Integer> second = given().queryParam("size", 3).queryParam("page", 2).get("/api/v1/reviews")
                .then().statusCode(200).extract().path("hits.id");
        assertTrue(second.stream().noneMatch(first::contains), first + " vs " + second);
    }

    @Test
    void restrictedDraftsNeverAppear() {
        given().queryParam("q", "draft").queryParam("size", 100).get("/api/v1/reviews")
                .then().statusCode(200)
                .body("hits.title", everyItem(not(containsString("DRAFT"))));
        List<Integer> ids = given().queryParam("size", 100).get("/api/v1/reviews").then().extract().path("hits.id");
        JsonPath status = given().get("/api/v1/index/status").then().statusCode(200).extract().jsonPath();
        assertTrue(status.getLong("reviews") > ids.size(), "a restricted review exists but is not listed");
    }

    @ParameterizedTest(name = "{0}={1} is a 400 naming {0}")
    @CsvSource({
            "page,0", "page,abc", "size,0", "size,101", "yearFrom,soon", "yearTo,99999",
            "sort,loudest", "snippets,9", "snippetLength,10", "board,Not An Id!"})
    void malformedParametersAreProblemDocuments(String parameter, String value) {
        given().queryParam(parameter, value)
                .when().get("/api/v1/reviews")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("parameter", equalTo(parameter))
                .body("detail", containsString(parameter))
                .body("instance", equalTo("/api/v1/reviews"));
    }

    @Test
    void yearRangeBackwardsIsA400() {
        given().queryParam("yearFrom", 2020).queryParam("yearTo", 2010).get("/api/v1/reviews")
                .then().statusCode(400).contentType("application/problem+json").body("parameter", equalTo("yearFrom"));
    }

    @Test
    void tooDeepPagingIsA400() {
        given().queryParam("page", 1000).queryParam("size", 100).get("/api/v1/reviews")
                .then().statusCode(400).body("parameter", equalTo("page"));
    }

    @Test
    void unknownReviewIsA404ProblemAndDetailHasADownloadLink() {
        given().get("/api/v1/reviews/999999").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        int id = given().queryParam("q", "neglect").get("/api/v1/reviews").then().extract().path("hits[0].id");
        String href = given().get("/api/v1/reviews/" + id).then().statusCode(200)
                .body("documents", not(empty()))
                .body("documents[0].sha256", notNullValue())
                .body("visibility", equalTo("public"))
                .extract().path("documents[0].contentHref");
        byte[] bytes = given().get(href).then().statusCode(200)
                .header("ETag", notNullValue()).extract().asByteArray();
        assertTrue(bytes.length > 100);
    }

    @Test
    void emptyQueryListsNewestFirst() {
        List<Integer> years = given().queryParam("size", 100).get("/api/v1/reviews")
                .then().statusCode(200).extract().path("hits.year");
        List<Integer> known = years.stream().filter(java.util.Objects::nonNull).toList();
        for (int i = 1; i < known.size(); i++) {
            assertTrue(known.get(i - 1) >= known.get(i), "newest first: " + years);
        }
    }

    @Test
    void openApiAndMetricsAreServed() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).body(containsString("/api/v1/reviews"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"))
                .body(containsString("casewise_index_pending")).body(containsString("casewise_documents_ingested_total"));
        given().get("/").then().statusCode(200).body(containsString("/api/v1/reviews"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("search-index"));
    }
}
