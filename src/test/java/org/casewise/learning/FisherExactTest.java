package org.casewise.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reference values from R's fisher.test (two-sided). */
class FisherExactTest {

    @Test
    void matchesPublishedValues() {
        // fisher.test(matrix(c(1, 11, 9, 3), 2)): p = 0.002759
        assertEquals(0.002759, FisherExact.twoSided(1, 9, 11, 3), 1e-6);
        // Fisher's tea-tasting table: p = 0.4857
        assertEquals(0.4857, FisherExact.twoSided(3, 1, 1, 3), 1e-4);
    }

    @Test
    void aBoardWithOneReviewIsNeverSignificant() {
        assertEquals(1.0, FisherExact.twoSided(1, 0, 8, 5), 1e-9);
        assertEquals(1.0, FisherExact.twoSided(0, 0, 0, 0), 1e-9);
    }

    @Test
    void rejectsNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> FisherExact.twoSided(-1, 0, 0, 0));
    }
}
