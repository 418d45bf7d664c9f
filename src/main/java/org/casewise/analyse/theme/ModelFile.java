package org.casewise.analyse.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The trained model as JSON ({@code index-config/themes-model.json}). Written by hand with a fixed
 * number format so the same training gives byte-identical files (reviewable diffs, reproducible
 * builds). Per theme only weights with |w| >= {@link #MIN_WEIGHT} are kept. A feature's value is at most
 * 1 (n-grams 1/sqrt(n)), so a smaller weight moves a theme's log-odds by less than 0.02: dropping the
 * 80% of weights below it left the cross-validated passage F1 (0.648) and the report stage's
 * leave-one-folder-out F1 (0.881 -> 0.882) as they were, and made the file 1.2 MB instead of 5.4,
 * loaded in about 0.4 s instead of 0.5 with half the heap.
 */
final class ModelFile {

    static final int VERSION = 2;
    static final double MIN_WEIGHT = 0.02;

    /** Everything the file holds besides the weights. */
    record Header(int version, String themesSha256, String trainingSha256, String trainedOn, String features,
            double l2, List<Double> devF1) {
    }

    /** @param report the second stage, or null when the model was trained without reports */
    record Loaded(Header header, LinearModel model, ReportModel report) {
    }

    private ModelFile() {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rounds to 4 significant digits: the model is used with exactly the weights that are written. */
    static float round(double w) {
        if (w == 0 || !Double.isFinite(w)) {
            return 0f;
        }
        return new BigDecimal(w).round(new MathContext(4)).floatValue();
    }

    private static String num(double v) {
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static byte[] write(Header h, List<String> themeIds, List<String> dictionary, float[] weights, float[] bias,
            double[] thresholds, ReportModel report) {
        return write(h, themeIds, dictionary, weights, bias, thresholds, report, null);
    }

    /** @param cv the report stage's leave-one-folder-out figures on realistic reports, or null */
    static byte[] write(Header h, List<String> themeIds, List<String> dictionary, float[] weights, float[] bias,
            double[] thresholds, ReportModel report, ReportStageTrainer.CrossValidation cv) {
        int t = themeIds.size();
        StringBuilder b = new StringBuilder(1 << 20);
        b.append("{\n\"version\": ").append(h.version())
                .append(",\n\"themesSha256\": ").append(str(h.themesSha256()))
                .append(",\n\"trainingSha256\": ").append(str(h.trainingSha256()))
                .append(",\n\"trainedOn\": ").append(str(h.trainedOn()))
                .append(",\n\"features\": ").append(str(h.features()))
                .append(",\n\"l2\": ").append(num(h.l2()))
                .append(",\n\"dictionary\": [");
        for (int f = 0; f < dictionary.size(); f++) {
            b.append(f == 0 ? "" : ",").append(f % 20 == 0 ? "\n" : "").append(str(dictionary.get(f)));
        }
        b.append("],\n\"themes\": [");
        for (int k = 0; k < t; k++) {
            b.append(k == 0 ? "\n" : ",\n").append("{\"id\": ").append(str(themeIds.get(k)))
                    .append(", \"threshold\": ").append(num(thresholds[k]))
                    .append(", \"devF1\": ").append(num(h.devF1().get(k)))
                    .append(", \"bias\": ").append(num(bias[k])).append(",\n \"weights\": [");
            boolean first = true;
            for (int f = 0; f < dictionary.size(); f++) {
                float w = weights[f * t + k];
                if (Math.abs(w) >= MIN_WEIGHT) {
                    b.append(first ? "" : ",").append(f).append(',').append(num(w));
                    first = false;
                }
            }
            b.append("]}");
        }
        b.append("\n]");
        if (report != null) {
            b.append(",\n\"report\": {\"stats\": [");
            for (int i = 0; i < ReportModel.STATS.size(); i++) {
                b.append(i == 0 ? "" : ",").append(str(ReportModel.STATS.get(i)));
            }
            b.append("], \"threshold\": ").append(num(report.threshold())).append(", \"weights\": [");
            for (int k = 0; k < t; k++) {
                b.append(k == 0 ? "\n" : ",\n").append('[');
                double[] w = report.weights(k);
                for (int i = 0; i < w.length; i++) {
                    b.append(i == 0 ? "" : ",").append(num(w[i]));
                }
                b.append(']');
            }
            b.append(']');
            if (cv != null) {
                // provenance for docs/EVALUATION.md: how the stage did on each realistic folder it had not seen
                b.append(",\n\"realisticCv\": {\"weight\": ").append(cv.weight()).append(", \"micro\": ")
                        .append(num(cv.micro())).append(", \"generatedOnly\": ").append(num(cv.generatedOnly()))
                        .append(", \"byFolder\": {");
                int i = 0;
                for (Map.Entry<String, Double> e : cv.byFolder().entrySet()) {
                    b.append(i++ == 0 ? "" : ", ").append(str(e.getKey())).append(": ").append(num(e.getValue()));
                }
                b.append("}}");
            }
            b.append('}');
        }
        b.append("\n}\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Loaded read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        List<String> dictionary = new ArrayList<>();
        root.path("dictionary").forEach(n -> dictionary.add(n.asText()));
        Map<String, Integer> index = new HashMap<>();
        for (int f = 0; f < dictionary.size(); f++) {
            index.put(dictionary.get(f), f);
        }
        JsonNode themes = root.path("themes");
        int t = themes.size();
        List<String> ids = new ArrayList<>();
        float[] weights = new float[dictionary.size() * t];
        float[] bias = new float[t];
        double[] thresholds = new double[t];
        List<Double> devF1 = new ArrayList<>();
        for (int k = 0; k < t; k++) {
            JsonNode th = themes.get(k);
            ids.add(th.path("id").asText());
            thresholds[k] = th.path("threshold").asDouble();
            bias[k] = (float) th.path("bias").asDouble();
            devF1.add(th.path("devF1").asDouble());
            JsonNode w = th.path("weights");
            for (int i = 0; i + 1 < w.size(); i += 2) {
                weights[w.get(i).asInt() * t + k] = (float) w.get(i + 1).asDouble();
            }
        }
        Header h = new Header(root.path("version").asInt(), root.path("themesSha256").asText(),
                root.path("trainingSha256").asText(), root.path("trainedOn").asText(),
                root.path("features").asText(), root.path("l2").asDouble(), devF1);
        return new Loaded(h, new LinearModel(ids, index, weights, bias, thresholds), readReport(root.path("report"), t));
    }

    private static ReportModel readReport(JsonNode report, int t) {
        if (report.isMissingNode()) {
            return null;
        }
        List<String> stats = new ArrayList<>();
        report.path("stats").forEach(n -> stats.add(n.asText()));
        if (!stats.equals(ReportModel.STATS) || report.path("weights").size() != t) {
            throw new IllegalStateException("The theme model's report stage uses other statistics: retrain");
        }
        double[][] w = new double[t][];
        for (int k = 0; k < t; k++) {
            JsonNode row = report.path("weights").get(k);
            w[k] = new double[row.size()];
            for (int i = 0; i < row.size(); i++) {
                w[k][i] = row.get(i).asDouble();
            }
        }
        return new ReportModel(w, report.path("threshold").asDouble());
    }
}
