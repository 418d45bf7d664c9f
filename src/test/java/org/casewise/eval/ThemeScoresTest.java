package org.casewise.eval;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.casewise.analyse.theme.ThemeClassifier;
import org.junit.jupiter.api.Test;

class ThemeScoresTest {

    @Test
    void countsAndAverages() {
        ThemeScores s = new ThemeScores(List.of("neglect", "infants", "covid-19"));
        s.add(Set.of("neglect", "infants"), Set.of("neglect"));
        s.add(Set.of("infants"), Set.of("infants", "neglect"));
        assertEquals(new ThemeScores.Counts(1, 1, 0), s.counts("neglect"));
        assertEquals(new ThemeScores.Counts(1, 0, 1), s.counts("infants"));
        assertEquals(2.0 * 2 / (2 * 2 + 1 + 1), s.microF1(), 1e-9);
        assertEquals((2.0 / 3 + 2.0 / 3) / 2, s.macroF1(), 1e-9); // covid-19 never seen: left out
        assertEquals(0.5, s.prevalenceError("neglect"), 1e-9); // predicted 2 of 2, true 1 of 2
        assertThat(s.markdownTable(), containsString("| neglect | 1 | 1 | 0 |"));
    }

    @Test
    void passageEvaluationRunsOnTheDevSplit() throws Exception {
        Path dev = Path.of("datasets/labelled/dev.jsonl");
        ThemeScores s = PassageEvaluation.run(ThemeClassifier.load(), dev);
        assertEquals(java.nio.file.Files.readAllLines(dev).stream().filter(l -> !l.isBlank()).count(), s.items());
        assertTrue(s.microF1() > 0.5, s.markdownTable());
    }

    @Test
    void testSplitScoredBatchByBatch() throws Exception {
        Path dir = Path.of("datasets/labelled");
        ThemeClassifier classifier = ThemeClassifier.load();
        var batches = PassageEvaluation.byBatch(classifier, dir);
        assertEquals(java.util.List.of("batch 1", "batch 2"), java.util.List.copyOf(batches.keySet()));
        int items = batches.values().stream().mapToInt(ThemeScores::items).sum();
        assertEquals(PassageEvaluation.run(classifier, dir.resolve("test.jsonl")).items(), items,
                "every test passage is in exactly one batch");
    }
}
