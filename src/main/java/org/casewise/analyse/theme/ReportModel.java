package org.casewise.analyse.theme;

import java.util.List;
import java.util.Set;
import org.casewise.analyse.section.SectionName;

/**
 * Second stage of report classification: decides from a few statistics of a report's sentence
 * scores whether the report evidences a theme. One passing mention, a theme named in the terms of
 * reference, or a practice word that every review uses ("information", "assessment") should not
 * make a theme of the review; several strong sentences, or one unmistakable one, should. How much
 * of each is enough differs per theme, so a tiny logistic model per theme learns it from
 * development reports ({@link #fit}). Immutable, so thread-safe.
 */
final class ReportModel {

    /** The statistics, in order; recorded in the model file so a model is never used with others. */
    static final List<String> STATS = List.of("max", "top3", "logAbove/100", "logHalf/100", "shareAbove", "logTerms/100",
            "logDenied/100", "maxAnalysis", "logAboveAnalysis/100", "logAboveLifted/100", "logSentences");
    /**
     * Counts are taken per this many sentences when a report is longer. Development reports are
     * short (about 80 sentences); a published overview report runs to several hundred, where raw
     * counts of passing mentions grow with length and every practice theme crossed the line.
     */
    static final double PER_SENTENCES = 100.0;
    /** Where a review states its own view: evidence there weighs more than a chronology entry. */
    static final Set<String> ANALYSIS = Set.of(SectionName.ANALYSIS.id(), SectionName.FINDINGS.id(),
            SectionName.CONCLUSIONS.id(), SectionName.EXECUTIVE_SUMMARY.id());
    static final double L2 = 0.3;
    private static final int NEWTON_STEPS = 25;

    /** Per theme the weights of {@link #STATS} then the bias. */
    private final double[][] weights;
    private final double threshold;

    ReportModel(double[][] weights, double threshold) {
        this.weights = new double[weights.length][];
        for (int k = 0; k < weights.length; k++) {
            if (weights[k].length != STATS.size() + 1) {
                throw new IllegalArgumentException("theme " + k + ": " + weights[k].length + " report weights");
            }
            this.weights[k] = weights[k].clone();
        }
        this.threshold = threshold;
    }

    double[] weights(int theme) {
        return weights[theme].clone();
    }

    int themes() {
        return weights.length;
    }

    double threshold() {
        return threshold;
    }

    double probability(int theme, double[] stats) {
        double[] w = weights[theme];
        double z = w[stats.length];
        for (int i = 0; i < stats.length; i++) {
            z += w[i] * stats[i];
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /**
     * The statistics of one theme in one report.
     *
     * @param scores    sentence scores [sentence][theme] (0 for boilerplate and ruled-out sentences)
     * @param counted   sentences that could carry evidence (not boilerplate, not empty)
     * @param terms     sentences with a rule term asserted outside boilerplate
     * @param denied    sentences where the theme is ruled out or only named in boilerplate
     * @param sectionOf section id per sentence
     */
    static double[] stats(double[][] scores, int k, double threshold, int counted, int terms, int denied,
            String[] sectionOf) {
        double a = 0;
        double b = 0;
        double c = 0;
        int above = 0;
        int half = 0;
        double maxAnalysis = 0;
        int aboveAnalysis = 0;
        int lifted = 0;
        double lift = threshold + 0.2 * (1 - threshold);
        for (int i = 0; i < scores.length; i++) {
            double v = scores[i][k];
            if (ANALYSIS.contains(sectionOf[i])) {
                maxAnalysis = Math.max(maxAnalysis, v);
                aboveAnalysis += v >= threshold ? 1 : 0;
            }
            lifted += v >= lift ? 1 : 0;
            if (v > a) {
                c = b;
                b = a;
                a = v;
            } else if (v > b) {
                c = b;
                b = v;
            } else if (v > c) {
                c = v;
            }
            above += v >= threshold ? 1 : 0;
            half += v >= threshold / 2 ? 1 : 0;
        }
        // log counts: the tenth supporting sentence adds less than the second; per PER_SENTENCES in a long report
        double per = Math.min(1.0, PER_SENTENCES / Math.max(counted, 1));
        return new double[] {a, (a + b + c) / 3, Math.log1p(above * per), Math.log1p(half * per),
            counted == 0 ? 0 : 10.0 * above / counted, Math.log1p(terms * per), Math.log1p(denied * per), maxAnalysis,
            Math.log1p(aboveAnalysis * per), Math.log1p(lifted * per), Math.log(Math.max(counted, 1))};
    }

    /**
     * Fits one L2-regularised logistic model per theme by Newton's method (a fixed number of steps
     * from zero, so deterministic).
     *
     * @param x per report the statistics [theme][stat]
     * @param y per report the true themes
     */
    static ReportModel fit(List<double[][]> x, List<Set<String>> y, List<String> ids, double threshold) {
        int t = ids.size();
        int m = STATS.size() + 1;
        double[][] w = new double[t][];
        for (int k = 0; k < t; k++) {
            w[k] = fitOne(x, y, k, ids.get(k), m);
        }
        return new ReportModel(w, threshold);
    }

    private static double[] fitOne(List<double[][]> x, List<Set<String>> y, int k, String id, int m) {
        double[] w = new double[m];
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double[][] h = new double[m][m];
            double[] g = new double[m];
            for (int r = 0; r < x.size(); r++) {
                double[] f = row(x.get(r)[k]);
                double z = 0;
                for (int i = 0; i < m; i++) {
                    z += w[i] * f[i];
                }
                double p = 1.0 / (1.0 + Math.exp(-z));
                double err = p - (y.get(r).contains(id) ? 1 : 0);
                double cur = Math.max(p * (1 - p), 1e-6);
                for (int i = 0; i < m; i++) {
                    g[i] += err * f[i];
                    for (int j = 0; j < m; j++) {
                        h[i][j] += cur * f[i] * f[j];
                    }
                }
            }
            // the bias (last) is not regularised: it carries the theme's prevalence
            for (int i = 0; i < m - 1; i++) {
                g[i] += L2 * w[i];
                h[i][i] += L2;
            }
            h[m - 1][m - 1] += 1e-6;
            double[] delta = solve(h, g);
            for (int i = 0; i < m; i++) {
                w[i] -= delta[i];
            }
        }
        for (int i = 0; i < m; i++) {
            w[i] = ModelFile.round(w[i]);
        }
        return w;
    }

    private static double[] row(double[] stats) {
        double[] f = new double[stats.length + 1];
        System.arraycopy(stats, 0, f, 0, stats.length);
        f[stats.length] = 1;
        return f;
    }

    /** Gaussian elimination with partial pivoting; the system is small and positive definite. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
                    p = r;
                }
            }
            double[] tmp = m[c];
            m[c] = m[p];
            m[p] = tmp;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int j = c; j <= n; j++) {
                    m[r][j] -= f * m[c][j];
                }
            }
        }
        double[] out = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int j = i + 1; j < n; j++) {
                s -= m[i][j] * out[j];
            }
            out[i] = s / m[i][i];
        }
        return out;
    }
}
