package org.casewise.analyse.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Trains the theme model: one-vs-rest L2-regularised logistic regression on
 * {@code datasets/labelled/train.jsonl} and {@code dev.jsonl} together, each theme's decision
 * threshold chosen on out-of-fold scores of a {@value #FOLDS}-fold cross-validation over the same
 * passages; then, given development reports, the report stage ({@link ReportModel}).
 * Deterministic: full-batch Nesterov gradient descent from zero weights with a fixed number of
 * steps, features in sorted order, so the same inputs give a byte-identical model file.
 */
public final class ThemeTrainer {

    static final double L2 = 3e-3;
    static final int ITERATIONS = 400;
    /** A feature must occur in this many training passages to enter the dictionary. */
    static final int MIN_DOCS = 2;
    /** Folds of the cross-validation that chooses the thresholds (passage i is in fold i mod FOLDS). */
    static final int FOLDS = 4;

    record Example(int[] index, float[] value, Set<String> labels) {
    }

    /** Development reports for the report stage: extracted texts and the directory of their ground truth. */
    public record Reports(Path texts, Path truth) {
    }

    private ThemeTrainer() {
    }

    /** Trains and writes the model, dated today (UTC). */
    public static void train(Path labelledDir, Path themesJson, Path out) throws IOException {
        train(labelledDir, themesJson, out, LocalDate.now(java.time.ZoneOffset.UTC), System.out);
    }

    public static void train(Path labelledDir, Path themesJson, Path out, LocalDate date, PrintStream log)
            throws IOException {
        train(labelledDir, themesJson, List.of(), out, date, log);
    }

    /**
     * @param reports extracted report texts ({@code <id>.<ext>.txt}, first line {@code #TITLEPROP} optional)
     *                with ground truth ({@code <id>.json}, GroundTruth schema) to fit the report stage on;
     *                empty to train the passage model only
     */
    public static void train(Path labelledDir, Path themesJson, List<Reports> reports, Path out, LocalDate date,
            PrintStream log) throws IOException {
        train(labelledDir, themesJson, reports, List.of(), 0, out, date, log);
    }

    /**
     * @param realistic       folders of labelled realistic reports the report stage also learns from
     * @param realisticWeight how many times each realistic report counts beside one generated report
     */
    public static void train(Path labelledDir, Path themesJson, List<Reports> reports, List<Path> realistic,
            int realisticWeight, Path out, LocalDate date, PrintStream log) throws IOException {
        byte[] themesBytes = Files.readAllBytes(themesJson);
        byte[] trainBytes = Files.readAllBytes(labelledDir.resolve("train.jsonl"));
        byte[] devBytes = Files.readAllBytes(labelledDir.resolve("dev.jsonl"));
        ObjectMapper json = new ObjectMapper();
        ThemeRules rules = new ThemeRules(json.readTree(themesBytes));
        Features features = new Features(rules);
        List<String> ids = rules.themeIds();

        List<Map<String, Float>> trainX = new ArrayList<>();
        List<Set<String>> trainY = new ArrayList<>();
        read(json, trainBytes, features, trainX, trainY);
        List<Map<String, Float>> devX = new ArrayList<>();
        List<Set<String>> devY = new ArrayList<>();
        read(json, devBytes, features, devX, devY);

        // the final model learns from train and dev together; thresholds come from out-of-fold scores
        List<Map<String, Float>> allX = new ArrayList<>(trainX);
        allX.addAll(devX);
        List<Set<String>> allY = new ArrayList<>(trainY);
        allY.addAll(devY);
        List<String> dictionary = dictionary(allX);
        Map<String, Integer> index = new HashMap<>();
        for (int f = 0; f < dictionary.size(); f++) {
            index.put(dictionary.get(f), f);
        }
        List<Example> all = new ArrayList<>();
        for (int i = 0; i < allX.size(); i++) {
            all.add(sparse(allX.get(i), index, allY.get(i)));
        }
        int t = ids.size();
        int d = dictionary.size();
        double[][] oof = new double[all.size()][];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Example> rest = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (i % FOLDS != fold) {
                    rest.add(all.get(i));
                }
            }
            LinearModel m = fitAll(rest, ids, index, d, new double[t]);
            for (int i = fold; i < all.size(); i += FOLDS) {
                oof[i] = m.score(allX.get(i));
            }
        }
        double[] thresholds = new double[t];
        List<Double> devF1 = new ArrayList<>();
        log.printf("%-28s %6s %6s %6s%n", "theme", "pos", "thresh", "cvF1");
        for (int k = 0; k < t; k++) {
            String id = ids.get(k);
            thresholds[k] = chooseThreshold(oof, allY, k, id);
            double f1 = f1(oof, allY, k, id, thresholds[k]);
            devF1.add(f1);
            long pos = allY.stream().filter(y -> y.contains(id)).count();
            log.printf("%-28s %6d %6.2f %6.3f%n", id, pos, thresholds[k], f1);
        }
        int tp = 0, fp = 0, fn = 0;
        double macro = 0;
        for (int k = 0; k < t; k++) {
            macro += devF1.get(k) / t;
            for (int i = 0; i < oof.length; i++) {
                boolean pr = oof[i][k] >= thresholds[k];
                boolean g = allY.get(i).contains(ids.get(k));
                tp += pr && g ? 1 : 0;
                fp += pr && !g ? 1 : 0;
                fn += !pr && g ? 1 : 0;
            }
        }
        log.printf("%d-fold CV on train+dev: micro-F1 %.3f (P %.3f R %.3f) macro-F1 %.3f%n", FOLDS,
                2.0 * tp / (2.0 * tp + fp + fn), tp / (double) (tp + fp), tp / (double) (tp + fn), macro);
        LinearModel passage = fitAll(all, ids, index, d, thresholds);
        java.io.ByteArrayOutputStream training = new java.io.ByteArrayOutputStream();
        training.write(trainBytes);
        training.write(devBytes);
        ReportModel report = null;
        ReportStageTrainer.CrossValidation cv = null;
        if (!reports.isEmpty()) {
            ThemeClassifier stage1 = new ThemeClassifier(features, passage, ReportAggregator.DEFAULT, "training");
            double[] floors = new double[t];
            for (int k = 0; k < t; k++) {
                floors[k] = ReportAggregator.EVIDENCE_FLOOR * thresholds[k];
            }
            ReportStageTrainer.Fitted fitted = ReportStageTrainer.fit(stage1, reports, realistic, realisticWeight, floors,
                    training, log);
            report = fitted.model();
            cv = fitted.cv();
        }
        ModelFile.Header header = new ModelFile.Header(ModelFile.VERSION, ModelFile.sha256(themesBytes),
                ModelFile.sha256(training.toByteArray()), date.toString(), Features.SETTINGS, L2, devF1);
        Files.write(out, ModelFile.write(header, ids, dictionary, passage.weights(), passage.bias(), thresholds,
                report, cv));
        log.printf("%d train + %d dev passages, %d features -> %s%n", trainX.size(), devX.size(), d, out);
    }

    /** One model per theme, in parallel (each fit is deterministic, so the result is too). */
    private static LinearModel fitAll(List<Example> data, List<String> ids, Map<String, Integer> index, int d,
            double[] thresholds) {
        int t = ids.size();
        float[] weights = new float[d * t];
        float[] bias = new float[t];
        IntStream.range(0, t).parallel().forEach(k -> {
            double[] w = fit(data, ids.get(k), d);
            bias[k] = ModelFile.round(w[d]);
            for (int f = 0; f < d; f++) {
                float r = ModelFile.round(w[f]);
                weights[f * t + k] = Math.abs(r) >= ModelFile.MIN_WEIGHT ? r : 0f;
            }
        });
        // the model scores with the rounded weights it is written with
        return new LinearModel(ids, index, weights, bias, thresholds);
    }

    private static void read(ObjectMapper json, byte[] jsonl, Features features, List<Map<String, Float>> x,
            List<Set<String>> y) throws IOException {
        for (String line : new String(jsonl, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            x.add(features.extract(n.path("text").asText()).values());
            Set<String> labels = new HashSet<>();
            n.path("labels").forEach(l -> labels.add(l.asText()));
            y.add(labels);
        }
    }

    private static List<String> dictionary(List<Map<String, Float>> docs) {
        Map<String, Integer> df = new TreeMap<>();
        for (Map<String, Float> doc : docs) {
            doc.keySet().forEach(f -> df.merge(f, 1, Integer::sum));
        }
        List<String> dict = new ArrayList<>();
        df.forEach((f, n) -> {
            // rule features are kept even when rare: they carry the taxonomy's knowledge
            if (n >= MIN_DOCS || !(f.startsWith("u:") || f.startsWith("b:"))) {
                dict.add(f);
            }
        });
        return dict;
    }

    private static Example sparse(Map<String, Float> doc, Map<String, Integer> index, Set<String> labels) {
        TreeMap<Integer, Float> sorted = new TreeMap<>();
        doc.forEach((f, v) -> {
            Integer i = index.get(f);
            if (i != null) {
                sorted.put(i, v);
            }
        });
        int[] idx = new int[sorted.size()];
        float[] val = new float[sorted.size()];
        int j = 0;
        for (Map.Entry<Integer, Float> e : sorted.entrySet()) {
            idx[j] = e.getKey();
            val[j++] = e.getValue();
        }
        return new Example(idx, val, labels);
    }

    /** Weights (last entry the bias) minimising the class-weighted mean log loss + L2/2 |w|^2. */
    static double[] fit(List<Example> data, String theme, int d) {
        return fit(data, theme, d, L2);
    }

    static double[] fit(List<Example> data, String theme, int d, double l2) {
        int n = data.size();
        long pos = data.stream().filter(e -> e.labels().contains(theme)).count();
        // rare positives weigh more, so the model does not learn "never"; the dev threshold recalibrates
        double posWeight = pos == 0 ? 1 : Math.min(5.0, Math.sqrt((double) (n - pos) / pos));
        double maxNorm = 0;
        for (Example e : data) {
            double s = 1;
            for (float v : e.value()) {
                s += v * v;
            }
            maxNorm = Math.max(maxNorm, s);
        }
        double step = 8.0 / (posWeight * maxNorm / 4.0 + l2);
        double[] w = new double[d + 1];
        double[] prev = new double[d + 1];
        double[] look = new double[d + 1];
        double[] grad = new double[d + 1];
        for (int it = 1; it <= ITERATIONS; it++) {
            double momentum = (it - 1.0) / (it + 2.0);
            for (int f = 0; f <= d; f++) {
                look[f] = w[f] + momentum * (w[f] - prev[f]);
            }
            java.util.Arrays.fill(grad, 0);
            for (Example e : data) {
                boolean y = e.labels().contains(theme);
                double z = look[d];
                for (int j = 0; j < e.index().length; j++) {
                    z += look[e.index()[j]] * e.value()[j];
                }
                double p = 1.0 / (1.0 + Math.exp(-z));
                double g = (y ? (p - 1) * posWeight : p) / n;
                for (int j = 0; j < e.index().length; j++) {
                    grad[e.index()[j]] += g * e.value()[j];
                }
                grad[d] += g;
            }
            System.arraycopy(w, 0, prev, 0, d + 1);
            for (int f = 0; f <= d; f++) {
                double reg = f == d ? 0 : l2 * look[f];
                w[f] = look[f] - step * (grad[f] + reg);
            }
        }
        return w;
    }

    /** The threshold with the best dev F1 averaged over its neighbours (+-0.04): a plateau, not a spike. */
    static double chooseThreshold(double[][] p, List<Set<String>> y, int k, String id) {
        double best = 0.5;
        double bestScore = -1;
        for (int c = 10; c <= 90; c++) {
            double sum = 0;
            int m = 0;
            for (int dlt = -4; dlt <= 4; dlt++) {
                sum += f1(p, y, k, id, (c + dlt) / 100.0);
                m++;
            }
            double score = sum / m;
            if (score > bestScore + 1e-12) {
                bestScore = score;
                best = c / 100.0;
            }
        }
        return best;
    }

    static double f1(double[][] p, List<Set<String>> y, int k, String id, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < p.length; i++) {
            boolean pred = p[i][k] >= threshold;
            boolean gold = y.get(i).contains(id);
            tp += pred && gold ? 1 : 0;
            fp += pred && !gold ? 1 : 0;
            fn += !pred && gold ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
