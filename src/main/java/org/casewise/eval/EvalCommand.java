package org.casewise.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.ReportAnalyser;
import org.casewise.analyse.theme.ThemeFinding;
import org.casewise.dataset.generate.CorpusGenerator;
import org.casewise.dataset.model.GroundTruth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./casewise eval}: how well the analysis reads reports, measured on data it was not built
 * from. Themes at passage level on the held-out labelled test split, and at report level against
 * the ground truth of a freshly generated corpus (a seed used for nothing else); metadata field by
 * field; recommendations; prevalence error per theme. Writes {@code docs/EVALUATION.md}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure theme, metadata and recommendation accuracy; write docs/EVALUATION.md.")
public final class EvalCommand implements Callable<Integer> {

    /** The evaluation corpus's seed: never used for development (that was seed 11 and the sample's 2026). */
    static final long EVAL_SEED = 20261123L;

    @Option(names = "--reports", defaultValue = "500", description = "reports in the generated corpus (default: ${DEFAULT-VALUE})")
    int reports;

    @Option(names = "--seed", defaultValue = "" + EVAL_SEED, description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "evaluate an existing generated corpus instead of generating one")
    Path corpus;

    @Option(names = "--labelled", paramLabel = "DIR", description = "labelled passages (default: datasets/labelled)")
    Path labelled;

    @Option(names = "--out", paramLabel = "FILE", description = "report file (default: docs/EVALUATION.md); '-' for none")
    String out;

    @Option(names = "--threads", description = "threads (default: the number of cores)")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path root = Path.of(System.getProperty("cw.root", "."));
        Path labelledDir = labelled != null ? labelled : root.resolve("datasets/labelled");
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        BoardRegistry registry = BoardRegistry.bundled();
        ReportAnalyser analyser = ReportAnalyser.create(registry);

        ThemeScores passages = PassageEvaluation.run(analyser.themes(), labelledDir.resolve("test.jsonl"));
        long passageCount = Files.lines(labelledDir.resolve("test.jsonl")).filter(l -> !l.isBlank()).count();

        Path dir = corpus;
        String corpusNote;
        if (dir == null) {
            dir = Files.createTempDirectory("casewise-eval-");
            err.printf("Generating %d reports (seed %d) in %s%n", reports, seed, dir);
            try (ProgressBar bar = bar("Generating", reports)) {
                new CorpusGenerator(new CorpusGenerator.Options(reports, seed, dir, List.of("pdf", "docx", "html"),
                        true, 0, workers)).generate(i -> bar.step());
            }
            corpusNote = String.format(Locale.ROOT, "generated for this run: `./casewise dataset generate --reports %d "
                    + "--seed %d --oversized-mb 0` (awkward cases included)", reports, seed);
        } else {
            corpusNote = "the corpus in `" + dir + "`";
        }
        List<GroundTruth> truths = CorpusRun.readableTruths(dir);
        List<CorpusRun.Result> results;
        try (ProgressBar bar = bar("Analysing", truths.size())) {
            results = CorpusRun.run(dir, truths, analyser, registry, workers, n -> bar.stepBy(n));
        }
        ThemeScores reportThemes = new ThemeScores(analyser.taxonomy().all().stream().map(t -> t.id()).toList());
        MetadataScorer metadata = new MetadataScorer();
        RecommendationScorer recommendations = new RecommendationScorer();
        long unreadable = 0;
        for (CorpusRun.Result r : results) {
            if (r.analysis() == null) {
                unreadable++;
                continue;
            }
            Set<String> predicted = r.analysis().themes().stream().map(ThemeFinding::id).collect(Collectors.toSet());
            Set<String> truth = r.truth().themes().stream().map(GroundTruth.Theme::id).collect(Collectors.toSet());
            reportThemes.add(truth, predicted);
            metadata.add(r.analysis().metadata(), r.truth());
            recommendations.add(r.analysis().learningPoints(), r.truth());
        }
        String report = EvaluationReport.markdown(new EvaluationReport.Inputs(LocalDate.now(), analyser.version(),
                labelledDir.resolve("test.jsonl"), passageCount, passages, corpusNote, results.size(), unreadable,
                reportThemes, metadata, recommendations, PassageEvaluation.byBatch(analyser.themes(), labelledDir),
                RealisticEvaluation.run(analyser, root.resolve("datasets/realistic")),
                ReaderAgreement.run(analyser.themes(), labelledDir), GeneratedReading.run(analyser, labelledDir)));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(report);
        stdout.flush();
        if (!"-".equals(out)) {
            Path file = out != null ? Path.of(out) : root.resolve("docs/EVALUATION.md");
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, report);
            err.println("Written to " + file);
        }
        return 0;
    }

    private ProgressBar bar(String task, int max) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
    }
}
