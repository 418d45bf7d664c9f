package org.casewise.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.casewise.store.Visibility;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GET /api/v1/trends/... over the sample corpus through a real OpenSearch node, checked against
 * counts computed from the database (the source of truth), not against numbers written here.
 */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class TrendApiTest {

    static final String ENTITLED = "Bearer test-restricted-token";

    @Inject
    SampleCorpus sample;

    @Inject
    EntityManager em;

    @BeforeEach
    void corpusIsSearchable() {
        sample.awaitIndexed();
    }

    // --- database truth ---------------------------------------------------------------------

    private <T> List<T> db(String jpql, Class<T> type, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createQuery(jpql, type);
            for (int i = 0; i < params.length; i += 2) {
                query.setParameter((String) params[i], params[i + 1]);
            }
            return query.getResultList();
        });
    }

    private long count(String jpql, Object... params) {
        return db(jpql, Long.class, params).get(0);
    }

    /** The theme most reviews have, so the numerators are not trivially zero. */
    private String commonTheme() {
        return db("select t.themeId from ReviewTheme t where t.review.visibility = :v group by t.themeId"
                + " order by count(distinct t.review.id) desc, t.themeId", String.class, "v", Visibility.PUBLIC).get(0);
    }

    // --- prevalence ------------------------------------------------------------------------------

    @Test
    void prevalenceByYearHasDatabaseDenominatorsAndNumerators() {
        String theme = commonTheme();
        JsonPath json = given().queryParam("by", "year").queryParam("themes", theme)
                .get("/api/v1/trends/prevalence").then().statusCode(200).contentType("application/json")
                .body("by", equalTo("year")).body("scope.visibility", equalTo("public"))
                .extract().jsonPath();
        long publicReviews = count("select count(r) from Review r where r.visibility = :v", "v", Visibility.PUBLIC);
        assertEquals(publicReviews, json.getLong("scope.reviews"));
        assertEquals(count("select count(r) from Review r where r.visibility = :v and r.publicationYear is null",
                "v", Visibility.PUBLIC), json.getLong("excluded"));
        Map<Integer, Long> perYear = new HashMap<>();
        for (Object[] row : db("select r.publicationYear, count(r) from Review r where r.visibility = :v"
                + " and r.publicationYear is not null group by r.publicationYear", Object[].class, "v", Visibility.PUBLIC)) {
            perYear.put((Integer) row[0], (Long) row[1]);
        }
        Map<Integer, Long> withTheme = new HashMap<>();
        for (Object[] row : db("select r.publicationYear, count(distinct r.id) from ReviewTheme t join t.review r"
                + " where r.visibility = :v and t.themeId = :t and r.publicationYear is not null"
                + " group by r.publicationYear", Object[].class, "v", Visibility.PUBLIC, "t", theme)) {
            withTheme.put((Integer) row[0], (Long) row[1]);
        }
        List<Map<String, Object>> cells = json.getList("cells");
        assertEquals(perYear.size(), cells.size(), "one cell per year with reviews: " + perYear);
        int previous = Integer.MIN_VALUE;
        for (Map<String, Object> cell : cells) {
            int year = Integer.parseInt((String) cell.get("group"));
            assertTrue(year > previous, "years ascending");
            previous = year;
            assertEquals(perYear.get(year), ((Number) cell.get("denominator")).longValue(), "denominator of " + year);
            long numerator = ((Number) cell.get("numerator")).longValue();
            assertEquals(withTheme.getOrDefault(year, 0L), numerator, "numerator of " + year);
            double lower = ((Number) cell.get("ciLower")).doubleValue();
            double upper = ((Number) cell.get("ciUpper")).doubleValue();
            double proportion = ((Number) cell.get("proportion")).doubleValue();
            assertTrue(lower <= proportion && proportion <= upper, cell.toString());
        }
        assertEquals(publicReviews, perYear.values().stream().mapToLong(Long::longValue).sum() + json.getLong("excluded"),
                "denominators plus excluded account for every review in scope");
    }

    @Test
    void filtersNarrowTheDenominatorsLikeSearch() {
        String board = db("select r.boardId from Review r where r.visibility = :v and r.boardId is not null"
                + " group by r.boardId order by count(r) desc, r.boardId", String.class, "v", Visibility.PUBLIC).get(0);
        long boardReviews = count("select count(r) from Review r where r.visibility = :v and r.boardId = :b",
                "v", Visibility.PUBLIC, "b", board);
        String theme = commonTheme();
        JsonPath json = given().queryParam("by", "none").queryParam("board", board).queryParam("themes", theme)
                .get("/api/v1/trends/prevalence").then().statusCode(200).extract().jsonPath();
        assertEquals(boardReviews, json.getLong("scope.reviews"));
        assertEquals(boardReviews, json.getLong("cells[0].denominator"));
        assertEquals(count("select count(distinct r.id) from ReviewTheme t join t.review r where r.visibility = :v"
                + " and r.boardId = :b and t.themeId = :t", "v", Visibility.PUBLIC, "b", board, "t", theme),
                json.getLong("cells[0].numerator"));
        int searchTotal = given().queryParam("board", board).get("/api/v1/reviews").then().extract().path("total");
        assertEquals(boardReviews, searchTotal, "the same filter means the same reviews in search and trends");

        // By nation: each nation's denominator is the database count; the 'theme' filter narrows the scope.
        JsonPath nations = given().queryParam("by", "nation").queryParam("theme", theme).queryParam("themes", theme)
                .get("/api/v1/trends/prevalence").then().statusCode(200).extract().jsonPath();
        for (Map<String, Object> cell : nations.<Map<String, Object>>getList("cells")) {
            long expected = count("select count(distinct r.id) from ReviewTheme t join t.review r where r.visibility = :v"
                    + " and r.nation = :n and t.themeId = :t", "v", Visibility.PUBLIC, "n", cell.get("group"), "t", theme);
            assertEquals(expected, ((Number) cell.get("denominator")).longValue(), "nation " + cell.get("group"));
            assertEquals(expected, ((Number) cell.get("numerator")).longValue(), "every review in scope has the theme");
        }
    }

    @Test
    void entitledCallersCountRestrictedReviewsAnonymousCallersNever() {
        long restricted = count("select count(r) from Review r where r.visibility = :v", "v", Visibility.RESTRICTED);
        assertTrue(restricted > 0, "the sample corpus has a restricted review");
        long all = count("select count(r) from Review r");
        String theme = commonTheme();
        JsonPath anonymous = given().queryParam("by", "none").queryParam("themes", theme)
                .get("/api/v1/trends/prevalence").then().statusCode(200).extract().jsonPath();
        JsonPath entitled = given().header("Authorization", ENTITLED).queryParam("by", "none").queryParam("themes", theme)
                .get("/api/v1/trends/prevalence").then().statusCode(200)
                .body("scope.visibility", equalTo("public-and-restricted")).extract().jsonPath();
        assertEquals(all - restricted, anonymous.getLong("cells[0].denominator"));
        assertEquals(all, entitled.getLong("cells[0].denominator"));
        assertTrue(entitled.getLong("cells[0].denominator") > anonymous.getLong("cells[0].denominator"));

        // A filter that selects the restricted review: the entitled scope is larger there too.
        Object[] restrictedReview = db("select r.publicationYear, r.boardId from Review r where r.visibility = :v",
                Object[].class, "v", Visibility.RESTRICTED).get(0);
        String parameter = restrictedReview[0] != null ? "year" : "board";
        Object value = restrictedReview[0] != null ? restrictedReview[0] : restrictedReview[1];
        assertNotNull(value, "the restricted review has a publication year or a board to filter on");
        long anonymousInFilter = given().queryParam(parameter, value).queryParam("by", "none").queryParam("themes", theme)
                .get("/api/v1/trends/prevalence").then().statusCode(200).extract().jsonPath().getLong("scope.reviews");
        long entitledInFilter = given().header("Authorization", ENTITLED).queryParam(parameter, value)
                .queryParam("by", "none").queryParam("themes", theme).get("/api/v1/trends/prevalence")
                .then().statusCode(200).extract().jsonPath().getLong("cells[0].denominator");
        assertTrue(entitledInFilter > anonymousInFilter, parameter + "=" + value + ": " + entitledInFilter + " > "
                + anonymousInFilter);
        // Co-occurrence and timeliness totals follow the same rule.
        given().get("/api/v1/trends/cooccurrence").then().statusCode(200).body("scope.reviews", equalTo((int) (all - restricted)));
        given().get("/api/v1/trends/timeliness").then().statusCode(200).body("scope.reviews", equalTo((int) (all - restricted)));
    }

    // --- CSV ---------------------------------------------------------------------------------------

    @Test
    void csvHasAHeaderRowAndTheSameNumbersAsJson() throws Exception {
        String body = given().queryParam("by", "year").get("/api/v1/trends/prevalence")
                .then().statusCode(200).extract().asString();
        JsonPath json = new JsonPath(body);
        // Jackson's tree keeps the JSON numbers exactly as written (JsonPath would read them as floats).
        var jsonCells = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).path("cells");
        String byAccept = given().accept("text/csv").queryParam("by", "year").get("/api/v1/trends/prevalence")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"casewise-prevalence-by-year.csv\""))
                .header("X-Casewise-Reviews-In-Scope", json.getString("scope.reviews"))
                .extract().asString();
        String byParameter = given().queryParam("format", "csv").queryParam("by", "year")
                .get("/api/v1/trends/prevalence").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        assertEquals(byAccept, byParameter);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(byAccept)).getRecords();
        assertTrue(byAccept.startsWith("by,group,group_label,theme,theme_label,numerator,denominator,proportion,"
                + "ci95_lower,ci95_upper\r\n"), byAccept.substring(0, Math.min(200, byAccept.length())));
        List<Map<String, Object>> cells = json.getList("cells");
        assertEquals(cells.size(), rows.size());
        assertFalse(rows.isEmpty());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> cell = cells.get(i);
            CSVRecord row = rows.get(i);
            assertEquals(cell.get("group"), row.get("group"));
            assertEquals(cell.get("value"), row.get("theme"));
            assertEquals(String.valueOf(cell.get("numerator")), row.get("numerator"));
            assertEquals(String.valueOf(cell.get("denominator")), row.get("denominator"));
            assertEquals(jsonCells.get(i).path("proportion").asText(), row.get("proportion"));
            assertEquals(jsonCells.get(i).path("ciLower").asText(), row.get("ci95_lower"));
            assertEquals(jsonCells.get(i).path("ciUpper").asText(), row.get("ci95_upper"));
        }
        for (String endpoint : List.of("agencies", "cooccurrence", "emerging", "timeliness")) {
            String csv = given().queryParam("format", "csv").get("/api/v1/trends/" + endpoint)
                    .then().statusCode(200).contentType(startsWith("text/csv"))
                    .header("Content-Disposition", containsString(".csv")).extract().asString();
            assertTrue(csv.contains("\r\n") && !csv.startsWith("{"), endpoint + ": " + csv);
        }
    }

    // --- the other trends ----------------------------------------------------------------------

    @Test
    void agencyInvolvementMatchesTheDatabase() {
        JsonPath json = given().queryParam("agencies", "police,school").get("/api/v1/trends/agencies")
                .then().statusCode(200).body("measure", equalTo("agency")).body("by", equalTo("none"))
                .body("cells.size()", equalTo(2)).extract().jsonPath();
        long publicReviews = count("select count(r) from Review r where r.visibility = :v", "v", Visibility.PUBLIC);
        for (int i = 0; i < 2; i++) {
            String agency = json.getString("cells[" + i + "].value");
            assertEquals(publicReviews, json.getLong("cells[" + i + "].denominator"));
            assertEquals(count("select count(distinct r.id) from Review r join r.agencies a where r.visibility = :v"
                    + " and a = :a", "v", Visibility.PUBLIC, "a", agency), json.getLong("cells[" + i + "].numerator"), agency);
        }
    }

    @Test
    void cooccurrenceCountsPairsAndLift() {
        JsonPath json = given().queryParam("minCount", 1).queryParam("limit", 5).get("/api/v1/trends/cooccurrence")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> pairs = json.getList("pairs");
        assertFalse(pairs.isEmpty());
        assertTrue(pairs.size() <= 5);
        assertTrue(json.getLong("pairsFound") >= pairs.size());
        long n = json.getLong("scope.reviews");
        Map<String, Object> top = pairs.get(0);
        String a = (String) top.get("themeA");
        String b = (String) top.get("themeB");
        assertTrue(a.compareTo(b) < 0);
        long both = count("select count(distinct t1.review.id) from ReviewTheme t1, ReviewTheme t2 where t1.review = t2.review"
                + " and t1.themeId = :a and t2.themeId = :b and t1.review.visibility = :v", "a", a, "b", b,
                "v", Visibility.PUBLIC);
        assertEquals(both, ((Number) top.get("count")).longValue());
        long countA = ((Number) top.get("countA")).longValue();
        long countB = ((Number) top.get("countB")).longValue();
        assertEquals(count("select count(distinct t.review.id) from ReviewTheme t where t.themeId = :a"
                + " and t.review.visibility = :v", "a", a, "v", Visibility.PUBLIC), countA);
        assertEquals((double) both * n / ((double) countA * countB), ((Number) top.get("lift")).doubleValue(), 0.0001);
        for (int i = 1; i < pairs.size(); i++) {
            assertTrue(((Number) pairs.get(i - 1).get("count")).longValue() >= ((Number) pairs.get(i).get("count")).longValue());
        }
        // Restricted to pairs involving a theme.
        given().queryParam("themes", a).queryParam("minCount", 1).get("/api/v1/trends/cooccurrence").then().statusCode(200)
                .body("pairs.findAll { it.themeA != '" + a + "' && it.themeB != '" + a + "' }.size()", equalTo(0));
    }

    @Test
    void emergingComparesWindowsWithDatabaseDenominators() {
        List<Integer> years = db("select distinct r.publicationYear from Review r where r.visibility = :v"
                + " and r.publicationYear is not null order by r.publicationYear", Integer.class, "v", Visibility.PUBLIC);
        assertTrue(years.size() >= 2, "the sample spans several years: " + years);
        int latest = years.get(years.size() - 1);
        JsonPath json = given().queryParam("window", 2).get("/api/v1/trends/emerging")
                .then().statusCode(200).body("recent.to", equalTo(latest)).body("recent.from", equalTo(latest - 1))
                .body("baseline.to", equalTo(latest - 2)).body("baseline.from", equalTo(years.get(0)))
                .extract().jsonPath();
        assertEquals(count("select count(r) from Review r where r.visibility = :v and r.publicationYear between :f and :t",
                "v", Visibility.PUBLIC, "f", latest - 1, "t", latest), json.getLong("recent.reviews"));
        assertEquals(count("select count(r) from Review r where r.visibility = :v and r.publicationYear <= :t",
                "v", Visibility.PUBLIC, "t", latest - 2), json.getLong("baseline.reviews"));
        List<Map<String, Object>> themes = json.getList("themes");
        if (json.getLong("recent.reviews") > 0 && json.getLong("baseline.reviews") > 0) {
            assertFalse(themes.isEmpty());
        }
        for (int i = 0; i < themes.size(); i++) {
            Map<String, Object> t = themes.get(i);
            double p = ((Number) t.get("pValue")).doubleValue();
            double q = ((Number) t.get("qValue")).doubleValue();
            assertTrue(q >= p - 1e-9 && p >= 0 && q <= 1, t.toString());
            assertEquals(q < 0.05, t.get("significant"));
            if (i > 0) {
                assertTrue(((Number) themes.get(i - 1).get("z")).doubleValue() >= ((Number) t.get("z")).doubleValue(),
                        "sorted by z");
            }
            String theme = (String) t.get("theme");
            assertEquals(count("select count(distinct r.id) from ReviewTheme th join th.review r where r.visibility = :v"
                    + " and th.themeId = :t and r.publicationYear between :f and :to", "v", Visibility.PUBLIC, "t", theme,
                    "f", latest - 1, "to", latest), ((Number) t.get("recentCount")).longValue(), theme);
        }
        given().queryParam("window", 2).queryParam("baselineTo", latest).get("/api/v1/trends/emerging")
                .then().statusCode(400).contentType("application/problem+json").body("parameter", equalTo("baselineTo"));
    }

    @Test
    void timelinessQuartilesMatchTheDatabase() {
        List<Object[]> rows = db("select r.publicationYear, r.incidentYear from Review r where r.visibility = :v"
                + " and r.publicationYear is not null and r.incidentYear is not null", Object[].class, "v", Visibility.PUBLIC);
        JsonPath json = given().get("/api/v1/trends/timeliness").then().statusCode(200).extract().jsonPath();
        long publicReviews = count("select count(r) from Review r where r.visibility = :v", "v", Visibility.PUBLIC);
        assertEquals(publicReviews - rows.size(), json.getLong("excluded"));
        List<Integer> delays = new ArrayList<>(rows.stream().map(r -> (Integer) r[0] - (Integer) r[1])
                .filter(d -> d >= 0).sorted().toList());
        assertEquals(rows.size() - delays.size(), json.getLong("inconsistent"));
        if (delays.isEmpty()) {
            assertNull(json.get("overall"));
            return;
        }
        assertNotNull(json.get("overall"));
        assertEquals(delays.size(), json.getLong("overall.reviews"));
        assertEquals(delays.get(0), json.getInt("overall.min"));
        assertEquals(delays.get(delays.size() - 1), json.getInt("overall.max"));
        assertEquals(type7(delays, 0.5), json.getDouble("overall.median"), 1e-9);
        assertEquals(type7(delays, 0.25), json.getDouble("overall.q1"), 1e-9);
        assertEquals(type7(delays, 0.75), json.getDouble("overall.q3"), 1e-9);
        long perYear = json.<Integer>getList("years.reviews").stream().mapToLong(Integer::longValue).sum();
        assertEquals(delays.size(), perYear);
        assertTrue(json.<Integer>getList("years.year").stream().allMatch(Objects::nonNull));
    }

    /** Expands the sample and interpolates, independently of the histogram code under test. */
    private static double type7(List<Integer> sorted, double p) {
        double h = (sorted.size() - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.size() - 1, lo + 1);
        return sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
    }

    // --- bad input ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}?{1}={2} is a 400 naming {1}")
    @CsvSource({
            "prevalence,by,board", "prevalence,themes,not-a-theme", "prevalence,theme,not-a-theme",
            "prevalence,format,xml", "prevalence,yearFrom,soon", "agencies,agencies,fire-brigade", "agencies,by,county",
            "cooccurrence,minCount,0", "cooccurrence,limit,5000", "cooccurrence,sort,loudest",
            "emerging,window,0", "emerging,window,abc", "emerging,window,51", "emerging,alpha,2",
            "emerging,recentTo,1800", "emerging,baselineFrom,later", "timeliness,nation,atlantis"})
    void badParametersAreProblemsNamingTheParameter(String endpoint, String parameter, String value) {
        given().queryParam(parameter, value).get("/api/v1/trends/" + endpoint)
                .then().statusCode(400).contentType("application/problem+json")
                .body("parameter", equalTo(parameter))
                .body("detail", containsString(parameter))
                .body("instance", equalTo("/api/v1/trends/" + endpoint));
    }

    @Test
    void acceptHeaderPreferenceDecidesTheFormat() {
        given().accept("text/csv;q=0.5, application/json").get("/api/v1/trends/timeliness")
                .then().statusCode(200).contentType("application/json");
        given().accept("application/json;q=0.5, text/csv").get("/api/v1/trends/timeliness")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("publication_year,reviews,min,q1,median,q3,max,mean\r\n"));
        given().accept("text/csv").queryParam("format", "json").get("/api/v1/trends/timeliness")
                .then().statusCode(200).contentType("application/json");
    }

    @Test
    void aBadParameterIsAProblemEvenWhenCsvWasAskedFor() {
        given().accept("text/csv").queryParam("by", "board").get("/api/v1/trends/prevalence")
                .then().statusCode(400).contentType("application/problem+json").body("parameter", equalTo("by"));
    }

    @Test
    void openApiDescribesTheTrends() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/trends/prevalence")).body(containsString("/api/v1/trends/emerging"))
                .body(containsString("text/csv"));
    }
}
