package org.casewise.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.ReportAnalyser;
import org.junit.jupiter.api.Test;

/**
 * The realistic reviews (datasets/realistic) run through the real analyser: every labelled report
 * is found and extracted, and the analyser keeps at least the accuracy the evaluation records for
 * them, so a change that breaks reading real-looking reports fails here, not only in the figures.
 */
class RealisticEvaluationTest {

    @Test
    void realisticReportsAreReadAtTheRecordedAccuracy() throws Exception {
        List<RealisticEvaluation.Result> results = RealisticEvaluation.run(ReportAnalyser.create(BoardRegistry.bundled()),
                Path.of("datasets/realistic"));
        assertEquals(List.of("dev", "final", "final2", "final3", "final4", "final5", "final6", "final7", "final8", "final9", "final10", "final11", "final12", "final13", "final14", "final15", "final16", "final17", "final18", "final19", "final20", "final21", "final22", "final23", "final24", "final25", "final26", "holdout", "test"), results.stream().map(RealisticEvaluation.Result::split).toList());
        for (RealisticEvaluation.Result r : results) {
            assertTrue(r.reports() >= 8, r.split() + ": " + r.misses());
            assertTrue(r.themes().microF1() >= 0.70, r.split() + " themes " + r.themes().microF1());
            for (String field : List.of("board", "nation", "region")) {
                assertTrue(r.accuracy(field) >= 0.9, r.split() + " " + field + " " + r.accuracy(field) + " " + r.misses());
            }
            assertTrue(r.accuracy("outcome") >= 0.7, r.split() + " outcome " + r.misses());
            assertTrue(r.accuracy("ageBands") >= 0.5, r.split() + " ageBands " + r.misses());
        }
    }
}
