package org.casewise.analyse.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoublePredicate;
import org.casewise.analyse.text.Sentence;

/**
 * Turns sentence scores into a report-level decision. A theme is asserted when at least
 * {@code minSentences} sentences reach the theme's passage threshold, or one reaches
 * {@code strong}: one passing mention is not a theme of the review, a single unmistakable
 * sentence can be. Confidence is the noisy-or of the best three sentence scores. When a trained
 * {@link ReportModel} is present it decides instead, from statistics of all the sentence scores.
 *
 * @param ownWeight    weight of the sentence's own score against the score with its neighbours
 * @param minSentences supporting sentences needed
 * @param strong       a single sentence at or above this score suffices
 * @param lift         how far towards 1 the passage threshold is raised for report sentences
 * @param report       the trained second stage, or null for the fixed rule
 */
record ReportAggregator(double ownWeight, int minSentences, double strong, double lift, ReportModel report) {

    static final ReportAggregator DEFAULT = new ReportAggregator(0.6, 2, 0.95, 0.2, null);

    /** The same, deciding with the trained second stage (when not null) instead of the fixed rule. */
    ReportAggregator withReport(ReportModel model) {
        return new ReportAggregator(ownWeight, minSentences, strong, lift, model);
    }

    /** A theme decided for the text as a whole, with its best sentences (any positive score) as evidence. */
    ThemeFinding evidenced(String id, double score, double[][] scores, int k, List<Sentence> sentences,
            String[] sectionOf) {
        List<Integer> support = best3(scores, k);
        if (support.isEmpty()) {
            return null;
        }
        return new ThemeFinding(id, Math.round(score * 1000) / 1000.0, evidence(support, scores, k, sentences, sectionOf));
    }

    /**
     * The (at most) three sentences with the highest positive score for theme k, best first, ties in
     * document order: what {@link #ranked} with 's > 0' starts with, without sorting every sentence
     * of the report for each theme.
     */
    private static List<Integer> best3(double[][] scores, int k) {
        int[] top = {-1, -1, -1};
        for (int i = 0; i < scores.length; i++) {
            double v = scores[i][k];
            if (!(v > 0)) {
                continue;
            }
            // strictly greater: an equal score later in the document ranks after the earlier one
            int at = 3;
            while (at > 0 && (top[at - 1] < 0 || v > scores[top[at - 1]][k])) {
                at--;
            }
            if (at < 3) {
                System.arraycopy(top, at, top, at + 1, 2 - at);
                top[at] = i;
            }
        }
        List<Integer> out = new ArrayList<>(3);
        for (int i : top) {
            if (i >= 0) {
                out.add(i);
            }
        }
        return out;
    }

    /** Sentences whose score for theme k passes the test, best first (ties in document order). */
    private static List<Integer> ranked(double[][] scores, int k, DoublePredicate counts) {
        List<Integer> support = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (counts.test(scores[i][k])) {
                support.add(i);
            }
        }
        support.sort(Comparator.comparingDouble((Integer i) -> -scores[i][k]).thenComparing(i -> i));
        return support;
    }

    /** The best three of the ranked sentences, as evidence. */
    private static List<Evidence> evidence(List<Integer> ranked, double[][] scores, int k, List<Sentence> sentences,
            String[] sectionOf) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i : ranked.subList(0, Math.min(3, ranked.size()))) {
            evidence.add(new Evidence(sentences.get(i).text(), sectionOf[i], sentences.get(i).index(),
                    Math.round(scores[i][k] * 1000) / 1000.0));
        }
        return evidence;
    }

    /**
     * Share of a theme's passage threshold its best sentence must reach for the theme to be asserted:
     * all of it, so every theme on a report has at least one sentence the passage model labels by
     * itself. At half (before 2026-11-24) passing mentions of a father or of compliance added up to
     * themes on long hand-written reviews (realistic dev precision 0.66 -> 0.68, recall unchanged).
     */
    static final double EVIDENCE_FLOOR = 1.0;

    /** Second-stage decision: a finding with the best sentences as evidence, or null. */
    ThemeFinding decide(String id, int k, double passageThreshold, double[] stats, double[][] scores,
            List<Sentence> sentences, String[] sectionOf) {
        double p = report.probability(k, stats);
        if (p < report.threshold()) {
            return null;
        }
        // The second stage weighs counts and lengths; on a text unlike its training reports (a short note, a
        // README) it can say yes with nothing to show. A theme is asserted only with a sentence that itself
        // comes near the passage model's threshold: no evidence, no theme.
        double best = 0;
        for (double[] s : scores) {
            best = Math.max(best, s[k]);
        }
        if (best < EVIDENCE_FLOOR * passageThreshold) {
            return null;
        }
        return evidenced(id, p, scores, k, sentences, sectionOf);
    }

    double combine(double own, double window) {
        // the window gives short sentences context, but the evidence must be in the sentence itself,
        // so the window can raise a sentence's score only as far as its own score allows
        return Math.min(ownWeight * own + (1 - ownWeight) * window, Math.max(own, window));
    }

    ThemeFinding aggregate(String id, double threshold, double[][] scores, int k, List<Sentence> sentences,
            String[] sectionOf) {
        // a report has hundreds of sentences: a sentence must clear more than the passage threshold
        double raised = threshold + lift * (1 - threshold);
        List<Integer> support = ranked(scores, k, v -> v >= raised);
        if (support.isEmpty()) {
            return null;
        }
        double best = scores[support.get(0)][k];
        if (support.size() < minSentences && best < strong) {
            return null;
        }
        double none = 1;
        for (int i : support.subList(0, Math.min(3, support.size()))) {
            none *= 1 - scores[i][k];
        }
        return new ThemeFinding(id, Math.round((1 - none) * 1000) / 1000.0,
                evidence(support, scores, k, sentences, sectionOf));
    }
}
