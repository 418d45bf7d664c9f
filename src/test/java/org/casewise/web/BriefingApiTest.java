package org.casewise.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Briefings over the sample corpus: created from reviews found by search, read back from the database,
 * downloaded as PDF, DOCX and Markdown and parsed with PDFBox and POI as a reader's software would.
 */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class BriefingApiTest {

    private static final String TOKEN = "Bearer test-restricted-token";
    private static final List<String> HEADINGS = List.of("What happened", "Why it matters", "What was learned",
            "Questions for practitioners", "Actions", "References");

    @Inject
    SampleCorpus sample;

    @BeforeEach
    void corpusIsSearchable() {
        sample.awaitIndexed();
    }

    /**
     * Up to three public reviews with the theme and with learning to cite, found the way a trainer
     * would: searching the learning on that theme. (Plain review search, newest first, may pick
     * reviews other test classes uploaded, which have no recommendations.)
     */
    private static List<Integer> reviewsWithTheme(String theme) {
        List<Integer> all = given().queryParam("theme", theme).queryParam("size", 100).get("/api/v1/recommendations")
                .then().statusCode(200).extract().path("hits.review.id");
        List<Integer> ids = all.stream().distinct().limit(3).toList();
        assertTrue(ids.size() >= 2, "the sample has at least two reviews on " + theme + ": " + ids);
        return ids;
    }

    private static String title(int reviewId) {
        return given().get("/api/v1/reviews/" + reviewId).then().statusCode(200).extract().path("title");
    }

    private static Response create(Map<String, Object> body, String authorization) {
        var request = given().contentType("application/json").body(body);
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return request.post("/api/v1/briefings");
    }

    private static Map<String, Object> body(List<Integer> reviews) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Neglect: learning from recent reviews");
        body.put("theme", "neglect");
        body.put("reviews", reviews);
        body.put("audience", "Health visitors");
        body.put("questions", List.of("What does a good day look like for the children you visit?"));
        body.put("actions", List.of("Use the neglect toolkit at the next review of each plan"));
        return body;
    }

    @Test
    void createdBriefingCitesEveryReviewAndReadsTheSameBack() {
        List<Integer> reviews = reviewsWithTheme("neglect");
        Response created = create(body(reviews), null);
        created.then().statusCode(201).contentType("application/json")
                .header("Location", containsString("/api/v1/briefings/"))
                .body("title", equalTo("Neglect: learning from recent reviews"))
                .body("theme.id", equalTo("neglect"))
                .body("references.size()", equalTo(reviews.size()))
                .body("whatHappened.size()", equalTo(reviews.size()))
                .body("whyItMatters[0].id", equalTo("neglect"))
                .body("whyItMatters[0].focus", equalTo(true))
                .body("whyItMatters[0].reviews", equalTo(reviews.size()))
                .body("questions.text", hasItem("What does a good day look like for the children you visit?"))
                .body("questions.theme", hasItem("neglect"))
                .body("actions.text", hasItem("Use the neglect toolkit at the next review of each plan"));
        JsonPath json = created.jsonPath();
        for (int i = 0; i < reviews.size(); i++) {
            assertEquals(reviews.get(i), json.getInt("references[" + i + "].reviewId"));
            assertEquals(i + 1, json.getInt("references[" + i + "].number"));
            assertEquals("/api/v1/reviews/" + reviews.get(i), json.getString("references[" + i + "].href"));
            assertTrue(json.getString("whatHappened[" + i + "].citation").startsWith("[" + (i + 1) + "] "));
        }
        // Every learning point and review action cites one of the chosen reviews, in the same words.
        List<Map<String, Object>> cited = new ArrayList<>(json.getList("whatWasLearned"));
        cited.addAll(json.<Map<String, Object>>getList("actions").stream().filter(a -> a.get("ref") != null).toList());
        assertFalse(cited.isEmpty(), "the sample reviews have learning or recommendations");
        for (Map<String, Object> point : cited) {
            int ref = (Integer) point.get("ref");
            assertTrue(ref >= 1 && ref <= reviews.size(), "ref in range: " + point);
            assertEquals(json.getString("whatHappened[" + (ref - 1) + "].citation"), point.get("citation"));
        }

        long id = json.getLong("id");
        given().get(created.header("Location")).then().statusCode(200).contentType("application/json")
                .body("id", equalTo((int) id))
                .body("createdAt", equalTo(json.getString("createdAt")))
                .body("whatWasLearned.text", equalTo(json.getList("whatWasLearned.text")));
    }

    @Test
    void pdfParsesAndHasTheSectionsTitlesAndCitations() throws IOException {
        List<Integer> reviews = reviewsWithTheme("neglect");
        long id = create(body(reviews), null).then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] pdf = given().queryParam("format", "pdf").get("/api/v1/briefings/" + id)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", startsWith("attachment; filename=\"briefing-" + id + "-neglect"))
                .header("Content-Disposition", endsWith(".pdf\""))
                .extract().asByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 1);
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            List<String> links = new ArrayList<>();
            for (var page : doc.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
            reviews.forEach(r -> assertTrue(links.stream().anyMatch(l -> l.endsWith("/api/v1/reviews/" + r)),
                    "a clickable link to review " + r + " in " + links));
        }
        assertReadable(text, reviews);
    }

    @Test
    void docxParsesWithHeadingStylesTitlesAndCitations() throws IOException {
        List<Integer> reviews = reviewsWithTheme("neglect");
        long id = create(body(reviews), null).then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] docx = given().accept("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .get("/api/v1/briefings/" + id)
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", endsWith(".docx\""))
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertReadable(extractor.getText().replaceAll("\\s+", " "), reviews);
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("1. What happened", "2. Why it matters", "3. What was learned",
                    "4. Questions for practitioners", "5. Actions", "References"), headings);
        }
    }

    private static void assertReadable(String text, List<Integer> reviews) {
        HEADINGS.forEach(h -> assertTrue(text.contains(h), "heading '" + h + "' in: " + text));
        for (int i = 0; i < reviews.size(); i++) {
            String title = title(reviews.get(i)).replaceAll("\\s+", " ");
            assertTrue(text.contains(title), "review title '" + title + "' in: " + text);
            assertTrue(text.contains("[" + (i + 1) + "]"), "citation marker [" + (i + 1) + "]");
            assertTrue(text.contains("/api/v1/reviews/" + reviews.get(i)), "link to review " + reviews.get(i));
        }
        assertTrue(text.contains("What does a good day look like for the children you visit?"));
    }

    @Test
    void markdownLinksEveryCitedReviewAndFormatWinsOverAccept() {
        List<Integer> reviews = reviewsWithTheme("domestic-abuse");
        Map<String, Object> body = body(reviews);
        body.put("theme", "domestic-abuse");
        body.put("title", "Domestic *abuse* <b>briefing</b>");
        long id = create(body, null).then().statusCode(201).extract().jsonPath().getLong("id");
        String md = given().accept("application/pdf").queryParam("format", "md").get("/api/v1/briefings/" + id)
                .then().statusCode(200).contentType(containsString("text/markdown"))
                .header("Content-Disposition", endsWith(".md\""))
                .extract().asString();
        assertTrue(md.startsWith("# Domestic \\*abuse\\* \\<b\\>briefing\\</b\\>\n"), md);
        for (int i = 0; i < reviews.size(); i++) {
            assertTrue(md.contains("/api/v1/reviews/" + reviews.get(i) + ">"), "autolink to " + reviews.get(i));
            assertTrue(md.contains("\\[" + (i + 1) + "\\]"), "citation [" + (i + 1) + "]");
        }
        assertTrue(md.contains("## 4\\. Questions for practitioners"), md);
        given().accept("text/markdown").get("/api/v1/briefings/" + id)
                .then().statusCode(200).contentType(containsString("text/markdown"));
    }

    @Test
    void chosenLearningPointsAreTheOnesShown() {
        List<Integer> reviews = reviewsWithTheme("neglect");
        JsonPath points = given().queryParam("review", reviews.get(0)).queryParam("review", reviews.get(1))
                .get("/api/v1/briefings/learning-points").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> all = points.getList("$");
        Map<String, Object> recommendation = all.stream().filter(p -> "recommendation".equals(p.get("kind")))
                .findFirst().orElseThrow(() -> new AssertionError("a recommendation in " + all));
        Map<String, Object> body = body(reviews);
        body.put("learningPoints", List.of(recommendation.get("id")));
        JsonPath briefing = create(body, null).then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> fromReviews = briefing.<Map<String, Object>>getList("actions").stream()
                .filter(a -> a.get("learningPointId") != null).toList();
        assertEquals(1, fromReviews.size(), "only the chosen recommendation: " + fromReviews);
        assertEquals(recommendation.get("text"), fromReviews.get(0).get("text"));
        assertEquals(reviews.indexOf(((Number) recommendation.get("reviewId")).intValue()) + 1,
                fromReviews.get(0).get("ref"));
    }

    /** The ids an entitled caller sees that an anonymous one does not. */
    private static List<Integer> restrictedIds() {
        List<Integer> everything = given().header("Authorization", TOKEN).queryParam("size", 100).get("/api/v1/reviews")
                .then().statusCode(200).extract().path("hits.id");
        List<Integer> visible = given().queryParam("size", 100).get("/api/v1/reviews")
                .then().statusCode(200).extract().path("hits.id");
        List<Integer> restricted = everything.stream().filter(i -> !visible.contains(i)).toList();
        assertFalse(restricted.isEmpty(), "the sample has a restricted review");
        return restricted;
    }

    @Test
    void restrictedReviewsAreRefusedForAnonymousCallersAndTheirBriefingsHidden() {
        int restricted = restrictedIds().get(0);
        String restrictedTitle = given().header("Authorization", TOKEN).get("/api/v1/reviews/" + restricted)
                .then().statusCode(200).extract().path("title");
        int visible = reviewsWithTheme("neglect").get(0);

        create(body(List.of(visible, restricted)), null).then().statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", equalTo("reviews"))
                .body("detail", containsString("reviews[1]"))
                .body("detail", not(containsString(restrictedTitle)));
        // Refused exactly like an id that does not exist: the answer does not reveal that it does.
        String unknownDetail = create(body(List.of(visible, 999_999)), null).then().statusCode(400)
                .body("parameter", equalTo("reviews")).extract().path("detail");
        assertEquals(unknownDetail.replace("999999", String.valueOf(restricted)),
                create(body(List.of(visible, restricted)), null).then().extract().path("detail"));

        long id = create(body(List.of(visible, restricted)), TOKEN).then().statusCode(201)
                .body("references.title", hasItem(restrictedTitle)).extract().jsonPath().getLong("id");
        for (String format : List.of("json", "pdf", "docx", "md")) {
            given().queryParam("format", format).get("/api/v1/briefings/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        given().header("Authorization", TOKEN).queryParam("format", "pdf").get("/api/v1/briefings/" + id)
                .then().statusCode(200).contentType("application/pdf");
        given().queryParam("review", restricted).get("/api/v1/briefings/learning-points")
                .then().statusCode(400).body("parameter", equalTo("review"));
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"reviews\":[1]}|title",
        "{\"title\":\"  \",\"reviews\":[1]}|title",
        "{\"title\":7,\"reviews\":[1]}|title",
        "{\"title\":\"t\"}|reviews",
        "{\"title\":\"t\",\"reviews\":[]}|reviews",
        "{\"title\":\"t\",\"reviews\":\"1\"}|reviews",
        "{\"title\":\"t\",\"reviews\":[\"one\"]}|reviews",
        "{\"title\":\"t\",\"reviews\":[-4]}|reviews",
        "{\"title\":\"t\",\"reviews\":[1,1]}|reviews",
        "{\"title\":\"t\",\"reviews\":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21]}|reviews",
        "{\"title\":\"t\",\"reviews\":[1],\"theme\":\"sadness\"}|theme",
        "{\"title\":\"t\",\"reviews\":[1],\"learningPoints\":[0]}|learningPoints",
        "{\"title\":\"t\",\"reviews\":[1],\"questions\":[\"\"]}|questions",
        "{\"title\":\"t\",\"reviews\":[1],\"actions\":\"do it\"}|actions",
        "{\"title\":\"t\",\"reviews\":[1],\"audience\":[\"x\"]}|audience",
        "{\"title\":\"t\",\"reviews\":[1],\"colour\":\"red\"}|colour",
        "{\"title\":\"t\",\"reviews\":[1,|body",
        "[1,2]|body"})
    void malformedBodiesAreProblemsNamingTheField(String body, String field) {
        given().contentType("application/json").body(body).post("/api/v1/briefings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("parameter", equalTo(field))
                .body("instance", equalTo("/api/v1/briefings"));
    }

    @Test
    void tooLongTextsAndForeignLearningPointsAreRefused() {
        List<Integer> reviews = reviewsWithTheme("neglect");
        Map<String, Object> body = body(reviews);
        body.put("title", "x".repeat(201));
        create(body, null).then().statusCode(400).body("parameter", equalTo("title"));
        body = body(reviews.subList(0, 1));
        body.put("questions", List.of("q".repeat(501)));
        create(body, null).then().statusCode(400).body("parameter", equalTo("questions"));
        // A learning point of a review that is not in the briefing could not be cited.
        List<Integer> otherPoints = given().queryParam("review", reviews.get(1)).get("/api/v1/briefings/learning-points")
                .then().statusCode(200).extract().path("id");
        assertFalse(otherPoints.isEmpty());
        body = body(reviews.subList(0, 1));
        body.put("learningPoints", List.of(otherPoints.get(0)));
        create(body, null).then().statusCode(400).body("parameter", equalTo("learningPoints"));
    }

    @Test
    void unknownBriefingsFormatsAndMediaTypes() {
        given().get("/api/v1/briefings/999999").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        given().get("/api/v1/briefings/abc").then().statusCode(400).body("parameter", equalTo("id"));
        long id = create(body(reviewsWithTheme("neglect")), null).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().queryParam("format", "odt").get("/api/v1/briefings/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("format"));
        given().accept("image/png").get("/api/v1/briefings/" + id).then().statusCode(406)
                .contentType("application/problem+json");
        given().accept("image/png").queryParam("format", "json").get("/api/v1/briefings/" + id)
                .then().statusCode(200).contentType("application/json");
    }

    @Test
    void openApiDocumentsTheEndpoints() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/briefings'.post.requestBody.content.'application/json'.examples", not(equalTo(null)))
                .body("paths.'/api/v1/briefings/{id}'.get.responses.'200'.content.keySet()",
                        hasItem("application/pdf"))
                .body("paths.'/api/v1/briefings/{id}'.get.responses.'200'.content.keySet()",
                        hasItem("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }
}
