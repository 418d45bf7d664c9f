package org.casewise.pipeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.casewise.analyse.AnalysisEngine;
import org.casewise.index.IndexReconciler;
import org.casewise.store.Document;
import org.casewise.store.Review;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

/**
 * The analysis inside the service, end to end on the bundled sample: each ingested report's themes
 * (with evidence sentences and their sections), children, agencies and recommendations are stored
 * on its review, shown by the API and indexed; a change of analyser version re-analyses stored
 * documents and re-indexes their reviews by itself.
 */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class ReviewAnalysisTest {

    @Inject
    SampleCorpus sample;

    @Inject
    EntityManager em;

    @Inject
    AnalysisEngine engine;

    @Inject
    Reanalyser reanalyser;

    @Inject
    IndexReconciler reconciler;

    private long reviewOf(String fileName) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select d.review.id from Document d where d.originalFilename = :f", Long.class)
                .setParameter("f", fileName).getSingleResult());
    }

    @Test
    void reviewShowsThemesWithEvidenceChildrenAndRecommendations() {
        sample.awaitIndexed();
        long id = reviewOf("11-child-b-lcspr.pdf");
        JsonPath review = given().get("/api/v1/reviews/" + id).then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> themes = review.getList("themes");
        assertFalse(themes.isEmpty(), "the LCSPR has themes");
        String cleanText = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select d from Document d join fetch d.text where d.originalFilename = :f", Document.class)
                .setParameter("f", "11-child-b-lcspr.pdf").getSingleResult().text.cleanContent);
        assertNotNull(cleanText, "the cleaned text is kept");
        for (Map<String, Object> theme : themes) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) theme.get("evidence");
            assertFalse(evidence.isEmpty(), theme.get("id") + " has evidence");
            for (Map<String, Object> e : evidence) {
                assertTrue(cleanText.contains((String) e.get("text")), "evidence is a sentence of the report: " + e);
                assertNotNull(e.get("section"), "evidence names its section");
            }
        }
        assertEquals(engine.version(), review.getString("analysisVersion"));
        assertThat(review.getList("recommendations").size(), greaterThan(0));
        assertThat(review.getList("children").size(), greaterThan(0));
        assertThat(review.getList("agencies").size(), greaterThan(0));
    }

    @Test
    void themesAgenciesAndRecommendationsAreIndexed() {
        sample.awaitIndexed();
        long id = reviewOf("11-child-b-lcspr.pdf");
        var stored = QuarkusTransaction.requiringNew().call(() -> {
            Review r = em.find(Review.class, id);
            String theme = r.themes.get(0).themeId;
            String agency = r.agencies.iterator().next();
            String recommendationWord = r.recommendations.stream().filter(p -> "recommendation".equals(p.kind))
                    .map(p -> p.text.split("\\s+")).filter(w -> w.length > 6).map(w -> w[w.length / 2])
                    .findFirst().orElseThrow();
            return List.of(theme, agency, recommendationWord);
        });
        List<Long> byFacets = QuarkusTransaction.requiringNew().call(() -> Search.session(em).search(Review.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.and(f.match().field("theme").matching(stored.get(0)),
                        f.match().field("agency").matching(stored.get(1))))
                .fetchAllHits());
        assertThat(byFacets, hasItem(id));
        List<Long> byRecommendation = QuarkusTransaction.requiringNew().call(() -> Search.session(em).search(Review.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.nested("recommendations").add(
                        f.match().field("recommendations.text").matching(stored.get(2))))
                .fetchAllHits());
        assertThat(byRecommendation, hasItem(id));
    }

    @Test
    void aNewAnalyserVersionReanalysesAndReindexesStoredDocuments() {
        sample.awaitIndexed();
        long id = reviewOf("11-child-b-lcspr.pdf");
        long versionBefore = QuarkusTransaction.requiringNew().call(() -> em.find(Review.class, id).version);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createQuery("update DocumentText t set t.analysisVersion = 'r0+retired-model' where t.document.review.id = :id")
                    .setParameter("id", id).executeUpdate();
            Review r = em.find(Review.class, id);
            r.themes.clear(); // what a different model might have left
        });
        assertThat(reanalyser.staleCount(), greaterThan(0L));
        while (reanalyser.reanalyseStale(50) > 0) {
            // until every stale document is done
        }
        assertEquals(0L, reanalyser.staleCount());
        QuarkusTransaction.requiringNew().run(() -> {
            Review r = em.find(Review.class, id);
            assertFalse(r.themes.isEmpty(), "themes restored by re-analysis");
            assertEquals(engine.version(), r.analysisVersion);
            assertThat(r.version, greaterThan(versionBefore));
        });
        reconciler.reconcile();
        assertTrue(reconciler.isIndexed(id), "the re-analysed review is re-indexed");
        given().get("/api/v1/reviews/" + id).then().statusCode(200)
                .body("themes.size()", greaterThan(0))
                .body("analysisVersion", not(containsString("retired")));
    }
}
