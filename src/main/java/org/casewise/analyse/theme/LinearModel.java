package org.casewise.analyse.theme;

import java.util.List;
import java.util.Map;

/**
 * One-vs-rest logistic regression over a fixed feature dictionary: per theme a bias, a weight per
 * feature and a decision threshold chosen on the dev split. Immutable, so thread-safe. Weights are
 * stored feature-major ({@code weights[f * themes + t]}) so scoring all themes walks each of the
 * passage's features once.
 */
final class LinearModel {

    private final List<String> themeIds;
    private final Map<String, Integer> featureIndex;
    private final float[] weights;
    private final float[] bias;
    private final double[] thresholds;
    private final FeatureSpace space;

    LinearModel(List<String> themeIds, Map<String, Integer> featureIndex, float[] weights, float[] bias,
            double[] thresholds) {
        this.themeIds = List.copyOf(themeIds);
        this.featureIndex = Map.copyOf(featureIndex);
        this.weights = weights.clone();
        this.bias = bias.clone();
        this.thresholds = thresholds.clone();
        this.space = new FeatureSpace(this.featureIndex);
    }

    /** The dictionary compiled for {@link Features#vector}. */
    FeatureSpace space() {
        return space;
    }

    float[] weights() {
        return weights.clone();
    }

    float[] bias() {
        return bias.clone();
    }

    List<String> themeIds() {
        return themeIds;
    }

    double threshold(int theme) {
        return thresholds[theme];
    }

    /** Probabilities per theme, in {@link #themeIds()} order. */
    double[] score(Map<String, Float> features) {
        double[] z = evidence(features);
        for (int k = 0; k < z.length; k++) {
            z[k] = probability(k, z[k]);
        }
        return z;
    }

    /** The probability for a theme given its {@link #evidence} sum. */
    double probability(int theme, double evidence) {
        return 1.0 / (1.0 + Math.exp(-(bias[theme] + evidence)));
    }

    /** Probabilities per theme of a vector made with {@link #space()}. */
    double[] score(Features.Vector v) {
        double[] z = evidence(v);
        for (int k = 0; k < z.length; k++) {
            z[k] = probability(k, z[k]);
        }
        return z;
    }

    /** {@link #evidence(Map)} of a vector made with {@link #space()}. */
    double[] evidence(Features.Vector v) {
        int t = themeIds.size();
        double[] z = new double[t];
        int[] rows = v.rows();
        float[] values = v.values();
        for (int j = 0; j < v.size(); j++) {
            float x = values[j];
            int base = rows[j] * t;
            for (int k = 0; k < t; k++) {
                z[k] += weights[base + k] * x;
            }
        }
        return z;
    }

    /**
     * Per theme the weighted feature sum without the bias. Linear, so the sum for a passage with
     * its neighbours' features at half weight is the sentence's own sum plus half of theirs.
     */
    double[] evidence(Map<String, Float> features) {
        int t = themeIds.size();
        double[] z = new double[t];
        for (Map.Entry<String, Float> e : features.entrySet()) {
            Integer f = featureIndex.get(e.getKey());
            if (f != null) {
                float v = e.getValue();
                int base = f * t;
                for (int k = 0; k < t; k++) {
                    z[k] += weights[base + k] * v;
                }
            }
        }
        return z;
    }
}
