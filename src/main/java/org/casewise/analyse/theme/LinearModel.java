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

    LinearModel(List<String> themeIds, Map<String, Integer> featureIndex, float[] weights, float[] bias,
            double[] thresholds) {
        this.themeIds = List.copyOf(themeIds);
        this.featureIndex = Map.copyOf(featureIndex);
        this.weights = weights.clone();
        this.bias = bias.clone();
        this.thresholds = thresholds.clone();
    }

    List<String> themeIds() {
        return themeIds;
    }

    double threshold(int theme) {
        return thresholds[theme];
    }

    /** Probabilities per theme, in {@link #themeIds()} order. */
    double[] score(Map<String, Float> features) {
        int t = themeIds.size();
        double[] z = new double[t];
        for (int k = 0; k < t; k++) {
            z[k] = bias[k];
        }
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
        for (int k = 0; k < t; k++) {
            z[k] = 1.0 / (1.0 + Math.exp(-z[k]));
        }
        return z;
    }
}
