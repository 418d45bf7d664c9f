package org.casewise.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.casewise.analyse.section.SectionDetector;
import org.casewise.analyse.text.PreparedText;
import org.casewise.analyse.text.TextPreparer;
import org.casewise.analyse.theme.ThemeClassifier;
import org.casewise.analyse.theme.ThemeFinding;

/**
 * Scores report-level theme detection on extracted report texts ({@code <id>.<ext>.txt}) against
 * ground truth ({@code <id>.json}), through the same path as the service:
 * {@code classify(prepare(text), detect(prepared))}. Also measures the time per report spent in classify.
 */
public final class ReportEvaluation {

    public record Result(ThemeScores scores, double msPerReport) {
    }

    private ReportEvaluation() {
    }

    public static Result run(ThemeClassifier classifier, Path texts, Path truthDir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        TextPreparer preparer = TextPreparer.create();
        SectionDetector detector = new SectionDetector();
        ThemeScores scores = new ThemeScores(classifier.themeIds());
        List<Path> files;
        try (Stream<Path> s = Files.list(texts)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        long nanos = 0;
        // warm up the JIT on a few reports so the time per report is that of a running service
        for (Path f : files.subList(0, Math.min(10, files.size()))) {
            PreparedText prepared = preparer.prepare(Files.readString(f));
            classifier.classify(prepared, detector.detect(prepared));
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path truthFile = truthDir.resolve(name.substring(0, name.indexOf('.')) + ".json");
            if (!Files.exists(truthFile)) {
                continue;
            }
            String text = Files.readString(f);
            if (text.startsWith("#TITLEPROP")) {
                text = text.substring(text.indexOf('\n') + 1);
            }
            PreparedText prepared = preparer.prepare(text);
            var sections = detector.detect(prepared);
            long t0 = System.nanoTime();
            List<ThemeFinding> found = classifier.classify(prepared, sections);
            nanos += System.nanoTime() - t0;
            Set<String> truth = new HashSet<>();
            for (JsonNode th : json.readTree(truthFile.toFile()).path("themes")) {
                truth.add(th.path("id").asText());
            }
            Set<String> predicted = new HashSet<>();
            found.forEach(t -> predicted.add(t.id()));
            scores.add(truth, predicted);
        }
        return new Result(scores, scores.items() == 0 ? 0 : nanos / 1e6 / scores.items());
    }

    /** {@code ReportEvaluation TEXTS TRUTH}: prints the per-theme table and the time per report. */
    public static void main(String[] args) throws IOException {
        Result r = run(ThemeClassifier.load(), Path.of(args[0]), Path.of(args[1]));
        System.out.print(r.scores().markdownTable());
        System.out.printf("reports %d, micro-F1 %.3f, macro-F1 %.3f, %.1f ms/report in classify%n", r.scores().items(),
                r.scores().microF1(), r.scores().macroF1(), r.msPerReport());
    }
}
