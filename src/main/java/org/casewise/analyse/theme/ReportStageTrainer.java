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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.casewise.analyse.section.SectionDetector;
import org.casewise.analyse.text.PreparedText;
import org.casewise.analyse.text.TextPreparer;
import org.casewise.dataset.RealisticReports;

/**
 * Fits the {@link ReportModel} on development reports with known themes: each report goes through
 * the same path as in the service (text preparation, section detection, sentence scoring by the
 * just-trained passage model), and its per-theme statistics are paired with its true themes.
 */
final class ReportStageTrainer {

    private ReportStageTrainer() {
    }

    /** The fitted report stage and, when realistic reports took part, how it did on each left-out folder. */
    record Fitted(ReportModel model, CrossValidation cv) {
    }

    /**
     * Micro-F1 of the report stage on each realistic folder when that folder was left out of the
     * fit (the folders are written by different writers, so this is leave-writers-out).
     */
    record CrossValidation(int weight, Map<String, Double> byFolder, double micro, double generatedOnly) {
    }

    /** Reads the report texts (sorted by name), appends their bytes and truths to {@code hashed}, fits. */
    static ReportModel fit(ThemeClassifier stage1, List<ThemeTrainer.Reports> sources, ByteArrayOutputStream hashed,
            PrintStream log) throws IOException {
        return fit(stage1, sources, List.of(), 0, null, hashed, log).model();
    }

    /**
     * @param realistic folders of realistic reports with labels (X.md or X.txt with X.json holding
     *                  {@code file} and {@code themes}), each counted {@code weight} times beside the
     *                  generated development reports. Generated reports are short and come from a
     *                  small phrase bank; hand-written reviews are long and discuss practice themes in
     *                  nearly every case, so the per-theme decision learnt on generated reports alone
     *                  under-asserted some themes and over-asserted others on real text.
     * @param floors    per theme the sentence score a theme's best evidence must reach (the
     *                  aggregator's evidence floor), used when scoring the cross-validation; null: none
     */
    static Fitted fit(ThemeClassifier stage1, List<ThemeTrainer.Reports> sources, List<Path> realistic, int weight,
            double[] floors, ByteArrayOutputStream hashed, PrintStream log) throws IOException {
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
        Map<String, List<double[][]>> realX = new LinkedHashMap<>();
        Map<String, List<Set<String>>> realY = new LinkedHashMap<>();
        for (Path dir : realistic) {
            List<String> r = new ArrayList<>();
            List<Set<String>> y = new ArrayList<>();
            readLabelled(dir, hashed, r, y);
            if (!r.isEmpty()) {
                realX.put(dir.getFileName().toString(), statsOf(stage1, r));
                realY.put(dir.getFileName().toString(), y);
            }
        }
        CrossValidation cv = null;
        if (realX.size() >= 2 && weight > 0) {
            int[] total = new int[3];
            Map<String, Double> byFolder = new LinkedHashMap<>();
            for (String held : realX.keySet()) {
                ReportModel m = fitWith(x, truth, realX, realY, held, weight, ids);
                int[] c = counts(m, realX.get(held), realY.get(held), ids, m.threshold(), floors);
                add(total, c);
                byFolder.put(held, f1(c));
            }
            // the comparison: the stage fitted on generated reports only, on the same folders
            ReportModel generatedOnly = fitWith(x, truth, realX, realY, null, 0, ids);
            int[] base = new int[3];
            for (String folder : realX.keySet()) {
                add(base, counts(generatedOnly, realX.get(folder), realY.get(folder), ids, generatedOnly.threshold(), floors));
            }
            cv = new CrossValidation(weight, byFolder, f1(total), f1(base));
            log.printf("report stage, realistic folders left out one at a time (weight %d): micro-F1 %.3f %s;"
                    + " fitted on generated reports only: %.3f%n", weight, cv.micro(), byFolder, cv.generatedOnly());
        }
        ReportModel model = fitWith(x, truth, realX, realY, null, weight, ids);
        log.printf("report stage: %d generated + %d realistic reports (x%d), threshold %.2f%n", raw.size(),
                realY.values().stream().mapToInt(List::size).sum(), weight, model.threshold());
        return new Fitted(model, cv);
    }

    /** Fits on the generated reports plus every realistic folder but {@code heldOut}, each {@code weight} times. */
    private static ReportModel fitWith(List<double[][]> x, List<Set<String>> y, Map<String, List<double[][]>> realX,
            Map<String, List<Set<String>>> realY, String heldOut, int weight, List<String> ids) {
        List<double[][]> ax = new ArrayList<>(x);
        List<Set<String>> ay = new ArrayList<>(y);
        for (String folder : realX.keySet()) {
            if (folder.equals(heldOut)) {
                continue;
            }
            for (int w = 0; w < weight; w++) {
                ax.addAll(realX.get(folder));
                ay.addAll(realY.get(folder));
            }
        }
        ReportModel first = ReportModel.fit(ax, ay, ids, 0.5);
        return new ReportModel(weights(first), chooseThreshold(first, ax, ay, ids));
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
    private static void readLabelled(Path dir, ByteArrayOutputStream hashed, List<String> raw, List<Set<String>> truth)
            throws IOException {
        for (RealisticReports.Labelled l : RealisticReports.in(dir)) {
            if (!Files.exists(l.report())) {
                continue;
            }
            byte[] t = Files.readAllBytes(l.report());
            hashed.write(t);
            hashed.write(Files.readAllBytes(l.labelFile()));
            raw.add(new String(t, StandardCharsets.UTF_8));
            truth.add(l.themes());
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
        return f1(counts(m, x, y, ids, threshold, null));
    }

    /** True positives, false positives and false negatives; with floors, as the aggregator decides. */
    private static int[] counts(ReportModel m, List<double[][]> x, List<Set<String>> y, List<String> ids,
            double threshold, double[] floors) {
        int[] c = new int[3];
        for (int r = 0; r < x.size(); r++) {
            for (int k = 0; k < ids.size(); k++) {
                // stat 0 is the best sentence score: the evidence floor's test
                boolean pred = m.probability(k, x.get(r)[k]) >= threshold && (floors == null || x.get(r)[k][0] >= floors[k]);
                boolean gold = y.get(r).contains(ids.get(k));
                c[0] += pred && gold ? 1 : 0;
                c[1] += pred && !gold ? 1 : 0;
                c[2] += !pred && gold ? 1 : 0;
            }
        }
        return c;
    }

    private static void add(int[] total, int[] counts) {
        for (int i = 0; i < total.length; i++) {
            total[i] += counts[i];
        }
    }

    private static double f1(int[] c) {
        return c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
    }
}
