package org.casewise.analyse.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportModelTest {

    @Test
    void statisticsOfSentenceScores() {
        // theme 0 scores of five sentences; the last two are in the analysis
        double[][] scores = {{0.9}, {0.2}, {0.6}, {0.0}, {0.7}};
        String[] sections = {"chronology", "chronology", "chronology", "analysis", "analysis"};
        double[] s = ReportModel.stats(scores, 0, 0.5, 4, 3, 1, sections);
        assertEquals(ReportModel.STATS.size(), s.length);
        assertEquals(0.9, s[0], 1e-9);                      // max
        assertEquals((0.9 + 0.7 + 0.6) / 3, s[1], 1e-9);    // mean of the best three
        assertEquals(Math.log1p(3), s[2], 1e-9);            // at or above the threshold
        assertEquals(Math.log1p(3), s[3], 1e-9);            // at or above half of it (0.25)
        assertEquals(10.0 * 3 / 4, s[4], 1e-9);             // share of the counted sentences, x10
        assertEquals(Math.log1p(3), s[5], 1e-9);
        assertEquals(Math.log1p(1), s[6], 1e-9);
        assertEquals(0.7, s[7], 1e-9);                      // best in the analysis
        assertEquals(Math.log1p(1), s[8], 1e-9);
        assertEquals(Math.log1p(3), s[9], 1e-9);            // at or above 0.5 + 0.2 * 0.5 = 0.6
        assertEquals(Math.log(4), s[10], 1e-9);
    }

    @Test
    void fitLearnsThatManyStrongSentencesMeanTheTheme() {
        List<double[][]> x = new ArrayList<>();
        List<Set<String>> y = new ArrayList<>();
        String[] sections = new String[20];
        java.util.Arrays.fill(sections, "analysis");
        for (int r = 0; r < 40; r++) {
            boolean has = r % 2 == 0;
            double[][] scores = new double[20][1];
            // reports with the theme have a few strong sentences; the others one weak passing mention
            int strong = has ? 2 + r % 5 : 0;
            for (int i = 0; i < strong; i++) {
                scores[i][0] = 0.8 + 0.01 * (r % 7);
            }
            scores[19][0] = has ? 0.3 : 0.3 + 0.02 * (r % 9);
            x.add(new double[][] {ReportModel.stats(scores, 0, 0.5, 20, strong, 0, sections)});
            y.add(has ? Set.of("t") : Set.of());
        }
        ReportModel a = ReportModel.fit(x, y, List.of("t"), 0.5);
        ReportModel b = ReportModel.fit(x, y, List.of("t"), 0.5);
        assertArrayEquals(a.weights(0), b.weights(0), "deterministic");
        for (int r = 0; r < x.size(); r++) {
            double p = a.probability(0, x.get(r)[0]);
            assertTrue(r % 2 == 0 ? p > 0.5 : p < 0.5, "report " + r + ": " + p);
        }
    }
}
