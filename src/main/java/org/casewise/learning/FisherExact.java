package org.casewise.learning;

/**
 * Fisher's exact test on a 2x2 table, two-sided. Chosen over a two-proportion z-test because a
 * board has a handful of reviews in a window: the normal approximation is meaningless at those
 * counts, the exact test is not. Plain arithmetic, no state.
 */
final class FisherExact {

    private FisherExact() {
    }

    /**
     * Two-sided p-value for the table [[a, b], [c, d]] (here: board with/without the theme, other
     * boards with/without): the probability, with the margins fixed, of a table at most as likely
     * as the one observed.
     */
    static double twoSided(long a, long b, long c, long d) {
        if (a < 0 || b < 0 || c < 0 || d < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        int n = Math.toIntExact(a + b + c + d);
        if (n == 0) {
            return 1.0;
        }
        double[] logFact = new double[n + 1];
        for (int i = 2; i <= n; i++) {
            logFact[i] = logFact[i - 1] + Math.log(i);
        }
        long row1 = a + b;
        long col1 = a + c;
        long lo = Math.max(0, col1 - (n - row1));
        long hi = Math.min(row1, col1);
        double observed = logP(a, row1, col1, n, logFact);
        double p = 0;
        for (long x = lo; x <= hi; x++) {
            double lp = logP(x, row1, col1, n, logFact);
            // Relative tolerance: tables as likely as the observed one count, despite rounding.
            if (lp <= observed + 1e-7) {
                p += Math.exp(lp);
            }
        }
        return Math.min(1.0, p);
    }

    private static double logP(long x, long row1, long col1, int n, double[] f) {
        return f[(int) row1] + f[(int) (n - row1)] + f[(int) col1] + f[(int) (n - col1)] - f[n] - f[(int) x]
                - f[(int) (row1 - x)] - f[(int) (col1 - x)] - f[(int) (n - row1 - col1 + x)];
    }
}
