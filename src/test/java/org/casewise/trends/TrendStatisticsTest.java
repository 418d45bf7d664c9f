package org.casewise.trends;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendStatisticsTest {

    /** Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score), plus the 10-trial ends. */
    @ParameterizedTest(name = "{0}/{1} -> [{2}, {3}]")
    @CsvSource({
            "0,10,0.0,0.2775", "5,10,0.2366,0.7634", "10,10,0.7225,1.0",
            "81,263,0.2553,0.3662", "15,148,0.0624,0.1605", "0,20,0.0,0.1611", "1,29,0.0061,0.1718"})
    void wilsonMatchesPublishedIntervals(long k, long n, double lower, double upper) {
        TrendStatistics.Interval ci = TrendStatistics.wilson(k, n, TrendStatistics.Z_95);
        assertEquals(lower, ci.lower(), 0.00005);
        assertEquals(upper, ci.upper(), 0.00005);
    }

    @Test
    void wilsonRejectsImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> TrendStatistics.wilson(1, 0, TrendStatistics.Z_95));
        assertThrows(IllegalArgumentException.class, () -> TrendStatistics.wilson(11, 10, TrendStatistics.Z_95));
    }

    @Test
    void twoProportionZTestByHand() {
        // 30/100 vs 20/100: pooled 0.25, SE = sqrt(0.25 * 0.75 * (1/100 + 1/100)) = 0.0612372,
        // z = 0.10 / 0.0612372 = 1.632993, two-sided p = 2 * (1 - Phi(1.632993)) = 0.102470.
        TrendStatistics.ZTest t = TrendStatistics.twoProportionZ(30, 100, 20, 100);
        assertEquals(1.632993, t.z(), 1e-6);
        assertEquals(0.102470, t.pValue(), 1e-6);
        TrendStatistics.ZTest reversed = TrendStatistics.twoProportionZ(20, 100, 30, 100);
        assertEquals(-t.z(), reversed.z(), 1e-12);
        assertEquals(t.pValue(), reversed.pValue(), 1e-12);
    }

    @Test
    void zTestWithoutVariationIsNotEvidence() {
        assertEquals(new TrendStatistics.ZTest(0, 1), TrendStatistics.twoProportionZ(0, 10, 0, 30));
        assertEquals(new TrendStatistics.ZTest(0, 1), TrendStatistics.twoProportionZ(10, 10, 30, 30));
    }

    @Test
    void normalTails() {
        assertEquals(0.9750021, TrendStatistics.normalCdf(1.96), 1e-7);
        assertEquals(0.5, TrendStatistics.normalCdf(0), 1e-15);
        assertEquals(0.05, TrendStatistics.twoSidedP(TrendStatistics.Z_95), 1e-12);
        // Far tail: 2 * (1 - Phi(8)) = 1.2442e-15, which 1 - cdf would round to 0 or garbage.
        assertEquals(1.2442e-15, TrendStatistics.twoSidedP(8), 1e-18);
    }

    @Test
    void benjaminiHochbergMatchesRsPAdjust() {
        // p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH") = 0.02 0.04 0.04 0.02
        assertArrayEquals(new double[] {0.02, 0.04, 0.04, 0.02},
                TrendStatistics.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005}), 1e-12);
        // Never above 1, monotone in p.
        double[] q = TrendStatistics.benjaminiHochberg(new double[] {0.9, 0.8, 0.95});
        assertArrayEquals(new double[] {0.95, 0.95, 0.95}, q, 1e-12);
    }

    @Test
    void quartilesFromAHistogramInterpolateLikeType7() {
        // quantile(c(1, 2, 3, 4), c(.25, .5, .75)) = 1.75 2.5 3.25
        TrendStatistics.Summary s = TrendStatistics.summary(Map.of(1, 1L, 2, 1L, 3, 1L, 4, 1L));
        assertEquals(4, s.n());
        assertEquals(1, s.min());
        assertEquals(1.75, s.q1(), 1e-12);
        assertEquals(2.5, s.median(), 1e-12);
        assertEquals(3.25, s.q3(), 1e-12);
        assertEquals(4, s.max());
        assertEquals(2.5, s.mean(), 1e-12);
        // 0, 0, 0, 5: quantile(..., .75) = 1.25; zero counts are ignored.
        TrendStatistics.Summary skewed = TrendStatistics.summary(Map.of(0, 3L, 5, 1L, 9, 0L));
        assertEquals(0, skewed.median(), 1e-12);
        assertEquals(1.25, skewed.q3(), 1e-12);
        assertEquals(5, skewed.max());
        // One value.
        TrendStatistics.Summary one = TrendStatistics.summary(Map.of(2, 1L));
        assertEquals(2, one.q1(), 1e-12);
        assertEquals(2, one.q3(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> TrendStatistics.summary(Map.of()));
    }

    @Test
    void roundingKeepsSmallPValues() {
        assertEquals(3.12e-9, TrendStatistics.roundSignificant(3.1234e-9, 3), 1e-20);
        assertEquals(0.1235, TrendStatistics.round(0.12345, 4), 1e-12);
        assertTrue(TrendStatistics.round(1.0, 4) == 1.0);
    }
}
