package org.casewise.analyse.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.casewise.analyse.section.SectionDetector;
import org.casewise.analyse.text.PreparedText;
import org.casewise.analyse.text.TextPreparer;

/**
 * Fits the {@link ReportModel} on development reports with known themes: each report goes through
 * the same path as in the service (text preparation, section detection, sentence scoring by the
 * just-trained passage model), and its per-theme statistics are paired with its true themes.
 */
final class ReportStageTrainer {

    private ReportStageTrainer() {
    }

    /** Reads the report texts (sorted by name), appends their bytes and truths to {@code hashed}, fits. */
    static ReportModel fit(ThemeClassifier stage1, List<ThemeTrainer.Reports> sources, ByteArrayOutputStream hashed,
            PrintStream log) throws IOException {
        return fit(stage1, sources, null, hashed, log);
    }

    /**
     * @param calibration a folder of realistic reports with labels ({@code datasets/realistic/dev}: X.md
     *                    or X.txt with X.json holding {@code file} and {@code themes}) on which the one
     *                    decision threshold is chosen; null to choose it on the development reports.
     *                    Generated reports are easier than real ones (a small phrase bank, short): the
     *                    threshold that suits them asserted too many themes on long hand-written reviews.
     */
    static ReportModel fit(ThemeClassifier stage1, List<ThemeTrainer.Reports> sources, Path calibration,
            ByteArrayOutputStream hashed, PrintStream log) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> raw = new ArrayList<>();
        List<Set<String>> truth = new ArrayList<>();
        for (ThemeTrainer.Reports source : sources) {
            read(json, source.texts(), source.truth(), hashed, raw, truth);
        }
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("No report texts with ground truth in " + sources);
        }
        List<double[][]> x = statsOf(stage1, raw);
        List<String> ids = stage1.themeIds();
        ReportModel first = ReportModel.fit(x, truth, ids, 0.5);
        double threshold = chooseThreshold(first, x, truth, ids);
        log.printf("report stage: %d reports, threshold %.2f, in-sample micro-F1 %.3f%n", raw.size(), threshold,
                microF1(first, x, truth, ids, threshold));
        if (calibration != null && Files.isDirectory(calibration)) {
            List<String> calRaw = new ArrayList<>();
            List<Set<String>> calTruth = new ArrayList<>();
            readLabelled(json, calibration, hashed, calRaw, calTruth);
            if (!calRaw.isEmpty()) {
                List<double[][]> cx = statsOf(stage1, calRaw);
                double before = microF1(first, cx, calTruth, ids, threshold);
                threshold = chooseThreshold(first, cx, calTruth, ids);
                log.printf("calibrated on %d realistic reports (%s): threshold %.2f, micro-F1 %.3f (%.3f at the "
                        + "development threshold)%n", calRaw.size(), calibration, threshold,
                        microF1(first, cx, calTruth, ids, threshold), before);
            }
        }
        return new ReportModel(weights(first), threshold);
    }

    private static void read(ObjectMapper json, Path texts, Path truthDir, ByteArrayOutputStream hashed,
            List<String> raw, List<Set<String>> truth) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(texts)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path truthFile = truthDir.resolve(name.substring(0, name.indexOf('.')) + ".json");
            if (!Files.exists(truthFile)) {
                continue;
            }
            byte[] text = Files.readAllBytes(f);
            byte[] t = Files.readAllBytes(truthFile);
            hashed.write(text);
            hashed.write(t);
            raw.add(body(new String(text, StandardCharsets.UTF_8)));
            Set<String> themes = new HashSet<>();
            for (JsonNode th : json.readTree(t).path("themes")) {
                themes.add(th.path("id").asText());
            }
            truth.add(themes);
        }
    }

    /** Realistic reports and their labelled themes, by label file name order. */
    private static void readLabelled(ObjectMapper json, Path dir, ByteArrayOutputStream hashed, List<String> raw,
            List<Set<String>> truth) throws IOException {
        List<Path> labels;
        try (Stream<Path> s = Files.list(dir)) {
            labels = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path label : labels) {
            byte[] l = Files.readAllBytes(label);
            JsonNode n = json.readTree(l);
            Path text = dir.resolve(n.path("file").asText());
            if (!Files.exists(text)) {
                continue;
            }
            byte[] t = Files.readAllBytes(text);
            hashed.write(t);
            hashed.write(l);
            raw.add(new String(t, StandardCharsets.UTF_8));
            Set<String> themes = new HashSet<>();
            n.path("themes").forEach(th -> themes.add(th.asText()));
            truth.add(themes);
        }
    }

    /** Statistics [report][theme][stat]; reports in parallel, results in input order. */
    static List<double[][]> statsOf(ThemeClassifier classifier, List<String> raw) {
        TextPreparer preparer = TextPreparer.create();
        return raw.parallelStream().map(text -> {
            PreparedText prepared = preparer.prepare(text);
            ThemeClassifier.Scored scored = classifier.score(prepared, new SectionDetector().detect(prepared));
            double[][] s = new double[classifier.themeIds().size()][];
            for (int k = 0; k < s.length; k++) {
                s[k] = classifier.stats(scored, k);
            }
            return s;
        }).toList();
    }

    /** The extracted text without the {@code #TITLEPROP} line that the extraction dumps start with. */
    static String body(String text) {
        return text.startsWith("#TITLEPROP") ? text.substring(text.indexOf('\n') + 1) : text;
    }

    private static double[][] weights(ReportModel m) {
        double[][] w = new double[m.themes()][];
        for (int k = 0; k < w.length; k++) {
            w[k] = m.weights(k);
        }
        return w;
    }

    /** One threshold for all themes, the best micro-F1 averaged with its neighbours (a plateau). */
    private static double chooseThreshold(ReportModel m, List<double[][]> x, List<Set<String>> y, List<String> ids) {
        double best = 0.5;
        double bestScore = -1;
        for (int c = 30; c <= 70; c += 2) {
            double score = 0;
            for (int d = -4; d <= 4; d += 2) {
                score += microF1(m, x, y, ids, (c + d) / 100.0);
            }
            if (score > bestScore + 1e-12) {
                bestScore = score;
                best = c / 100.0;
            }
        }
        return best;
    }

    private static double microF1(ReportModel m, List<double[][]> x, List<Set<String>> y, List<String> ids,
            double threshold) {
        int tp = 0;
        int wrong = 0;
        for (int r = 0; r < x.size(); r++) {
            for (int k = 0; k < ids.size(); k++) {
                boolean pred = m.probability(k, x.get(r)[k]) >= threshold;
                boolean gold = y.get(r).contains(ids.get(k));
                tp += pred && gold ? 1 : 0;
                wrong += pred != gold ? 1 : 0;
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + wrong);
    }
}
