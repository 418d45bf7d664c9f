package org.casewise.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.casewise.store.Document;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


/** The query language, paging, snippets, caching and relevance of review search, on the real engine. */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class SearchQueryTest {

    @Inject
    SampleCorpus sample;

    @Inject
    EntityManager em;

    @BeforeEach
    void corpusIsSearchable() {
        sample.awaitIndexed();
    }

    private static long total(String q) {
        return ((Number) given().queryParam("q", q).queryParam("size", 1).get("/api/v1/reviews")
                .then().statusCode(200).extract().path("total")).longValue();
    }

    @Test
    void booleanOperatorsFollowSetAlgebra() {
        long a = total("police");
        long b = total("school");
        long both = total("police AND school");
        assertTrue(a > both && b > both && both > 0, a + " " + b + " " + both);
        assertEquals(both, total("police school"), "adjacent words mean AND");
        assertEquals(a + b - both, total("police OR school"));
        assertEquals(a + b - both, total("police | school"));
        assertEquals(a - both, total("police NOT school"));
        assertEquals(a - both, total("police -school"));
        assertEquals(total("(police OR school) AND neglect"), total("police neglect OR school neglect")
                - total("police neglect school") + total("police neglect school"));
    }

    @Test
    void phrasesAreStricterThanTheirWords() {
        long words = total("unsafe sleep");
        long phrase = total("\"unsafe sleep\"");
        assertTrue(phrase > 0 && phrase <= words, phrase + " vs " + words);
    }

    @Test
    void fieldScopesLookOnlyWhereAsked() {
        List<String> titles = given().queryParam("q", "title:overview").queryParam("size", 100).get("/api/v1/reviews")
                .then().statusCode(200).body("total", greaterThan(0)).extract().path("hits.title");
        assertTrue(titles.stream().allMatch(t -> t.toLowerCase(Locale.ROOT).contains("overview")), titles.toString());
        assertTrue(total("title:overview") < total("overview"), "the word occurs in more bodies than titles");

        // recommendations: finds reviews that have a recommendation with both words in the same record.
        long scoped = total("recommendations:(training AND staff)");
        assertTrue(scoped > 0 && scoped <= total("training AND staff"));
        JsonPath recs = given().queryParam("q", "training AND staff").queryParam("kind", "recommendation")
                .queryParam("size", 100).get("/api/v1/recommendations").then().statusCode(200).extract().jsonPath();
        assertEquals(scoped, recs.getLong("reviews"), "the same records, searched as records");
        for (String text : recs.<String>getList("hits.text")) {
            String lower = text.toLowerCase(Locale.ROOT);
            assertTrue(lower.contains("train") && lower.contains("staff"), text);
        }
    }

    @Test
    void recommendationHitsLinkBackAndFilterByAddressee() {
        JsonPath json = given().queryParam("addressedTo", "police").queryParam("size", 50)
                .get("/api/v1/recommendations").then().statusCode(200).extract().jsonPath();
        assertTrue(json.getLong("total") > 0);
        assertTrue(json.<String>getList("hits.addressedTo").stream().allMatch("police"::equals));
        int reviewId = json.getInt("hits[0].review.id");
        given().get(json.getString("hits[0].review.href")).then().statusCode(200).body("id", equalTo(reviewId));
        given().queryParam("addressedTo", "nurses").get("/api/v1/recommendations")
                .then().statusCode(400).body("parameter", equalTo("addressedTo"));
        given().queryParam("kind", "wish").get("/api/v1/recommendations")
                .then().statusCode(400).body("parameter", equalTo("kind"));
    }

    @ParameterizedTest(name = "q={0} is a 400")
    @CsvSource(delimiter = '|', value = {"(neglect", "neglect AND", "\"unsafe sleep", "colour:red", "ab*", "OR"})
    void syntaxErrorsAreProblemDocumentsNamingQ(String q) {
        given().queryParam("q", q).get("/api/v1/reviews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("parameter", equalTo("q")).body("detail", containsString("syntax error"));
    }

    @ParameterizedTest(name = "{0}={1} is a 400")
    @CsvSource({"theme,not-a-theme", "nation,atlantis", "ageBand,teen", "agency,bank", "board,nowhere",
            "year,19x", "outcome,fine", "cursor,@@@"})
    void unknownFilterValuesNameTheirParameter(String parameter, String value) {
        given().queryParam(parameter, value).get("/api/v1/reviews")
                .then().statusCode(400).contentType("application/problem+json").body("parameter", equalTo(parameter));
    }

    @Test
    void cursorPagingVisitsEveryHitOnceInEitherOrder() {
        for (String q : new String[] {null, "child"}) {
            Set<Integer> seen = new LinkedHashSet<>();
            String cursor = null;
            long total = -1;
            int pages = 0;
            do {
                var spec = given().queryParam("size", 7);
                if (q != null) {
                    spec = spec.queryParam("q", q);
                }
                if (cursor != null) {
                    spec = spec.queryParam("cursor", cursor);
                }
                JsonPath page = spec.get("/api/v1/reviews").then().statusCode(200).extract().jsonPath();
                total = page.getLong("total");
                for (Integer id : page.<Integer>getList("hits.id")) {
                    assertTrue(seen.add(id), "hit " + id + " seen twice");
                }
                cursor = page.getString("nextCursor");
            } while (cursor != null && ++pages < 50);
            assertEquals(total, seen.size(), "every hit once for q=" + q);
        }
        // The cursor belongs to its sort order.
        String cursor = given().queryParam("size", 2).get("/api/v1/reviews").then().extract().path("nextCursor");
        given().queryParam("cursor", cursor).queryParam("sort", "title").get("/api/v1/reviews")
                .then().statusCode(400).body("parameter", equalTo("cursor")).body("detail", containsString("sort"));
    }

    @Test
    void snippetsAreEscapedAndBounded() {
        JsonPath json = given().queryParam("q", "child").queryParam("snippets", 2).queryParam("snippetLength", 80)
                .get("/api/v1/reviews").then().statusCode(200).extract().jsonPath();
        List<List<String>> snippets = json.getList("hits.snippets");
        assertFalse(snippets.stream().allMatch(List::isEmpty));
        for (List<String> list : snippets) {
            assertTrue(list.size() <= 2);
            for (String s : list) {
                String bare = s.replace("<mark>", "").replace("</mark>", "");
                assertFalse(bare.contains("<") || bare.contains(">"), "escaped: " + s);
                assertTrue(bare.length() <= 80 * 2, "bounded: " + s);
            }
        }
    }

    @Test
    void readEndpointsRevalidateWithETags() {
        var first = given().queryParam("q", "neglect").get("/api/v1/reviews").then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", containsString("max-age")).extract();
        given().queryParam("q", "neglect").header("If-None-Match", first.header("ETag")).get("/api/v1/reviews")
                .then().statusCode(304);
        given().queryParam("q", "housing").header("If-None-Match", first.header("ETag")).get("/api/v1/reviews")
                .then().statusCode(200);
        given().get("/api/v1/index/status").then().statusCode(200).header("Cache-Control", containsString("no-cache"));
        given().get("/api/v1/themes").then().statusCode(200).body("size()", equalTo(38));
    }

    /**
     * For queries that name a circumstance, the first hits are reviews whose ground truth (written by
     * the corpus generator, not by our analyser) has that theme. Only the generated half of the
     * sample has such truth, so precision is taken over the judged hits in each top 5.
     */
    @Test
    void theRightReviewsComeFirst() throws IOException {
        Map<Long, Set<String>> truth = groundTruthThemes();
        String[][] queries = {
                {"unsafe sleep", "sudi-unsafe-sleep"}, {"domestic abuse", "domestic-abuse"}, {"neglect", "neglect"},
                {"exploitation", "criminal-exploitation|sexual-exploitation"},
                {"disguised compliance", "disguised-compliance"},
                {"mental health of the mother", "parental-mental-health"},
                {"substance misuse", "parental-substance-misuse"}, {"bruising", "physical-abuse"},
                {"self-harm", "suicide-self-harm|child-mental-health"}, {"poor housing", "poverty-housing"}};
        int judgedAll = 0;
        int relevantAll = 0;
        for (String[] query : queries) {
            Set<String> themes = Set.of(query[1].split("\\|"));
            List<Integer> ids = given().queryParam("q", query[0]).queryParam("size", 5).get("/api/v1/reviews")
                    .then().statusCode(200).extract().path("hits.id");
            List<Integer> judged = ids.stream().filter(id -> truth.containsKey(id.longValue())).toList();
            long relevant = judged.stream()
                    .filter(id -> truth.get(id.longValue()).stream().anyMatch(themes::contains)).count();
            System.out.printf("relevance '%s': %d of %d judged hits in the top 5 relevant%n", query[0], relevant,
                    judged.size());
            judgedAll += judged.size();
            relevantAll += (int) relevant;
        }
        assertTrue(judgedAll >= 15, "enough judged hits to mean something: " + judgedAll);
        // Measured 21 of 26 (0.81) when written; an ambiguous query ('self-harm' also finds parents who
        // self-harm) keeps it below 1.
        assertTrue(relevantAll >= 0.75 * judgedAll, "precision at 5: " + relevantAll + " of " + judgedAll);
    }

    /** Review id -> themes in the generator's ground truth, for the generated half of the sample. */
    private Map<Long, Set<String>> groundTruthThemes() throws IOException {
        Path dir = Path.of("datasets/sample/generated");
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Set<String>> byFile = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode truth = mapper.readTree(p.toFile());
                Set<String> themes = new HashSet<>();
                truth.path("themes").forEach(t -> themes.add(t.path("id").asText()));
                byFile.put(truth.path("file").asText(), themes);
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, Set<String>> out = new HashMap<>();
            for (Document d : em.createQuery("select d from Document d where d.review is not null", Document.class)
                    .getResultList()) {
                Set<String> themes = byFile.get(d.originalFilename);
                if (themes != null) {
                    out.computeIfAbsent(d.review.id, k -> new HashSet<>()).addAll(themes);
                }
            }
            return out;
        });
    }

}
