package org.casewise.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.casewise.analyse.ReportAnalyser;
import org.casewise.analyse.theme.ThemeFinding;
import org.casewise.extract.ExtractedText;

/**
 * Generated reports read by a person (datasets/labelled/README.md, "Generated reports read by
 * people"): how the generator's ground truth compares with what a careful reader labels in the same
 * text, and the analyser against both. It says what the report-level figure on a generated corpus
 * measures: agreement with the generator's truth, which a careful reader reaches only so far.
 *
 * @param readerVsGenerator   the reader's themes scored against the generator's truth
 * @param analyserVsGenerator the analyser against the generator's truth
 * @param analyserVsReader    the analyser against the reader
 * @param reports             reports read
 * @param readerThemes        themes per report the reader gave, on average
 * @param generatorThemes     themes per report in the generator's truth, on average
 * @param analyserThemes      themes per report the analyser asserted, on average
 */
public record GeneratedReading(ThemeScores readerVsGenerator, ThemeScores analyserVsGenerator,
                               ThemeScores analyserVsReader, int reports, double readerThemes,
                               double generatorThemes, double analyserThemes) {

    static final String DIR = "generated-reading";

    /** Empty when the labelled directory has no generated reading. */
    public static Optional<GeneratedReading> run(ReportAnalyser analyser, Path labelledDir) throws IOException {
        Path dir = labelledDir.resolve(DIR);
        Path labels = dir.resolve("labels.jsonl");
        if (!Files.isRegularFile(labels)) {
            return Optional.empty();
        }
        ObjectMapper json = new ObjectMapper();
        List<String> themes = analyser.themes().themeIds();
        ThemeScores readerVsGenerator = new ThemeScores(themes);
        ThemeScores analyserVsGenerator = new ThemeScores(themes);
        ThemeScores analyserVsReader = new ThemeScores(themes);
        int reports = 0;
        long reader = 0;
        long generator = 0;
        long asserted = 0;
        for (String line : Files.readAllLines(labels)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            String id = n.path("id").asText();
            String text = Files.readString(dir.resolve(id + ".txt"));
            // the text as extracted from the generated file, so the analyser reads what it read there
            ExtractedText extracted = new ExtractedText("text/plain", text, false, null, Optional.empty(), Optional.empty());
            Set<String> found = analyser.analyse(extracted, id + ".txt", Optional.empty()).themes().stream()
                    .map(ThemeFinding::id).collect(Collectors.toSet());
            Set<String> truth = ReaderAgreement.ids(n.path("generator"));
            Set<String> read = ReaderAgreement.ids(n.path("reader"));
            readerVsGenerator.add(truth, read);
            analyserVsGenerator.add(truth, found);
            analyserVsReader.add(read, found);
            reports++;
            reader += read.size();
            generator += truth.size();
            asserted += found.size();
        }
        double per = Math.max(reports, 1);
        return Optional.of(new GeneratedReading(readerVsGenerator, analyserVsGenerator, analyserVsReader, reports,
                reader / per, generator / per, asserted / per));
    }

    /** The section of docs/EVALUATION.md. */
    String markdown() {
        return String.format(Locale.ROOT, """
                ## Generated reports read by people

                %d generated reports (every sixteenth readable report of the evaluation corpus, its text as \
                extracted) were labelled by readers given only the text, the taxonomy and the labelling rule \
                (datasets/labelled/README.md, "Generated reports read by people"). The reader gave %.1f themes \
                per report, the generator's truth has %.1f and the analyser asserts %.1f.

                | scored | against | precision | recall | micro-F1 |
                |---|---|---:|---:|---:|
                | reader | generator's truth | %.3f | %.3f | %.3f |
                | analyser | generator's truth | %.3f | %.3f | %.3f |
                | analyser | reader | %.3f | %.3f | %.3f |

                %s

                """, reports, readerThemes, generatorThemes, analyserThemes,
                readerVsGenerator.total().precision(), readerVsGenerator.total().recall(), readerVsGenerator.microF1(),
                analyserVsGenerator.total().precision(), analyserVsGenerator.total().recall(),
                analyserVsGenerator.microF1(), analyserVsReader.total().precision(), analyserVsReader.total().recall(),
                analyserVsReader.microF1(), reading());
    }

    /** What the figures say about the generator's truth, from the figures themselves. */
    private String reading() {
        ThemeScores.Counts r = readerVsGenerator.total();
        if (r.recall() >= 0.9 && r.precision() < 0.8) {
            return String.format(Locale.ROOT, "The reader finds %.0f%% of the generator's themes and many more that the "
                    + "text also evidences (chronology entries and findings about themes the generator did not count, such as "
                    + "bruising recorded at a medical, or a baby with no safe place to sleep): the "
                    + "generator's truth is incomplete, a careful reader scores %.3f against it, and the report-level "
                    + "figure above measures agreement with that truth more than accuracy a reader would recognise.",
                    100 * r.recall(), readerVsGenerator.microF1());
        }
        return String.format(Locale.ROOT, "The reader and the generator's truth agree at micro-F1 %.3f (the truth holds %.0f%% "
                + "of the reader's themes, and the reader %.0f%% of the truth's), so the report-level figure above measures "
                + "what a careful reader would recognise.", readerVsGenerator.microF1(), 100 * r.precision(), 100 * r.recall());
    }
}
