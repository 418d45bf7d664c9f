package org.casewise.dataset.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void nearestRankPercentilesAreSamplesThatOccurred() {
        // 1..400 shuffled: p50 is the 200th smallest, p90 the 360th, p99 the 396th.
        double[] samples = IntStream.rangeClosed(1, 400).map(i -> (i * 7919) % 400 + 1).asDoubleStream().toArray();
        LatencyStats s = LatencyStats.of(samples, 3, 2000);
        assertEquals(200, s.p50());
        assertEquals(360, s.p90());
        assertEquals(396, s.p99());
        assertEquals(400, s.max());
        assertEquals(200.5, s.mean(), 1e-9);
        assertEquals(400, s.count());
        assertEquals(3, s.errors());
        assertEquals(200.0, s.throughput(), 1e-9);
    }

    @Test
    void smallSamplesRoundTheRankUp() {
        double[] sorted = {10, 20, 30};
        assertEquals(20, LatencyStats.percentile(sorted, 50));
        assertEquals(30, LatencyStats.percentile(sorted, 99));
        assertEquals(10, LatencyStats.percentile(sorted, 1));
        assertEquals(30, LatencyStats.percentile(new double[] {30}, 99));
        assertThrows(IllegalArgumentException.class, () -> LatencyStats.percentile(sorted, 0));
        assertThrows(IllegalArgumentException.class, () -> LatencyStats.percentile(new double[0], 50));
    }

    @Test
    void noSamplesGiveNoFiguresButKeepTheErrorCount() {
        LatencyStats s = LatencyStats.of(new double[0], 5, 100);
        assertTrue(Double.isNaN(s.p50()));
        assertEquals(5, s.errors());
        assertEquals("—", LatencyStats.ms(s.p99()));
    }

    @Test
    void overheadIsRelativeToTheRawEngine() {
        assertEquals(25.0, LatencyStats.overheadPercent(50, 40), 1e-9);
        assertEquals(-10.0, LatencyStats.overheadPercent(36, 40), 1e-9);
    }
}
