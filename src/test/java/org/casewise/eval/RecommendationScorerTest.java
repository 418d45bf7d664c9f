package org.casewise.eval;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.casewise.analyse.recommend.LearningPoint;
import org.casewise.dataset.model.GroundTruth;
import org.junit.jupiter.api.Test;

class RecommendationScorerTest {

    private static GroundTruth truth(List<GroundTruth.Recommendation> recs) {
        return new GroundTruth("doc-1", null, null, null, null, true, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, recs, null, null, null);
    }

    private static String line(String table, String name) {
        return table.lines().filter(l -> l.strip().startsWith(name)).findFirst().orElse("");
    }

    @Test
    void countsContainedTextsNumbersAndAddressees() {
        GroundTruth t = truth(List.of(
                new GroundTruth.Recommendation("1", "The Board should audit core groups.", "board"),
                new GroundTruth.Recommendation("2", "Police should share notifications   within 24 hours.", "police"),
                new GroundTruth.Recommendation("3", "Schools should record part-time timetables.", "school")));
        List<LearningPoint> found = List.of(
                new LearningPoint("recommendation", "1", "The Board should audit core groups.", "board", "recommendations", 10),
                new LearningPoint("recommendation", "R2", "Police should share notifications within 24 hours. (Police)", null,
                        "recommendations", 50),
                new LearningPoint("recommendation", "4", "The review thanks the family.", null, "recommendations", 90),
                new LearningPoint("learning", null, "Fathers matter.", null, "findings", 5));
        RecommendationScorer scorer = new RecommendationScorer();
        scorer.add(found, t);
        assertEquals(2.0 / 3, scorer.recall(), 1e-9);
        assertEquals(2.0 / 3, scorer.precision(), 1e-9);
        String table = scorer.table();
        assertThat(line(table, "number right"), containsString("100.0%  (2/2)"));
        assertThat(line(table, "addressee right"), containsString("50.0%  (1/2)"));
        assertThat(table, containsString("doc-1 missed #3"));
        assertThat(table, containsString("learning points and findings found (not scored): 1"));
    }
}
