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
        ThemeScores s = PassageEvaluation.run(ThemeClassifier.load(), Path.of("datasets/labelled/dev.jsonl"));
        assertEquals(441, s.items());
        assertTrue(s.microF1() > 0.5, s.markdownTable());
    }
}
