package org.casewise.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Writes the evaluation as Markdown (docs/EVALUATION.md): what was measured, on what, and the targets. */
final class EvaluationReport {

    /** The bars. */
    static final double PASSAGE_MICRO_TARGET = 0.85;
    static final double REPORT_MICRO_TARGET = 0.90;
    static final double THEME_FLOOR = 0.70;

    record Inputs(LocalDate date, String analyserVersion, Path passages, long passageCount, ThemeScores passageThemes,
                  String corpusNote, int reports, long unreadable, ThemeScores reportThemes, MetadataScorer metadata,
                  RecommendationScorer recommendations, java.util.Map<String, ThemeScores> passageBatches,
                  List<RealisticEvaluation.Result> realistic, java.util.Optional<ReaderAgreement> agreement,
                  java.util.Optional<GeneratedReading> generatedReading) {
    }

    private EvaluationReport() {
    }

    static String markdown(Inputs in) {
        StringBuilder b = new StringBuilder();
        b.append("# Evaluation\n\n");
        b.append(String.format(Locale.ROOT, """
                Written by `./casewise eval` on %s with analyser `%s`. Re-run it to refresh this file; \
                `./casewise eval --help` lists the options.

                Data:
                - **Passage level**: the held-out labelled test split `%s` (%d hand-written passages, never used \
                for training or tuning; the passage model is trained on `train.jsonl` + `dev.jsonl` with thresholds chosen \
                by 4-fold cross-validation, and its report stage is fitted on two generated development corpora, \
                seeds 11 and 12, and on the labelled realistic reviews of %d folders, see the realistic section).
                - **Report level**: %s; %d reports meant to be readable (hostile files left out), %d of which \
                could not be extracted. Generated reports use a small phrase bank and a few layouts: they are \
                easier than real reports, so these figures are an upper bound on real-world accuracy.

                """, in.date(), in.analyserVersion(), in.passages().getFileName(), in.passageCount(),
                org.casewise.analyse.theme.TrainCommand.REALISTIC_FOLDERS.size(), in.corpusNote(),
                in.reports(), in.unreadable()));
        b.append("## Targets\n\n");
        b.append("| measure | target | measured | met |\n|---|---:|---:|---|\n");
        target(b, "theme micro-F1, passage level (test split)", PASSAGE_MICRO_TARGET, in.passageThemes().microF1());
        target(b, "theme micro-F1, report level (generated corpus)", REPORT_MICRO_TARGET, in.reportThemes().microF1());
        target(b, "lowest per-theme F1, passage level", THEME_FLOOR, lowest(in.passageThemes()));
        target(b, "lowest per-theme F1, report level", THEME_FLOOR, lowest(in.reportThemes()));
        // The metadata target covers these fields, each at least 95% on the generated corpus.
        for (String field : METADATA_FIELDS) {
            target(b, "metadata field accuracy: " + field, METADATA_TARGET, in.metadata().accuracy(field));
        }
        in.agreement().ifPresent(a -> b.append(String.format(Locale.ROOT, "%nFor reference: two independent human "
                + "readings of the test split agree at micro-F1 %.3f; on the decisions they made alike the model scores "
                + "%.3f (see \"Agreement between human readers\").%n", a.readers().microF1(), a.modelAgreed().microF1())));
        in.generatedReading().ifPresent(g -> b.append(String.format(Locale.ROOT, "%nFor reference: against the generated "
                + "corpus's truth a careful human reader scores micro-F1 %.3f and the analyser %.3f on the same %d reports "
                + "(see \"Generated reports read by people\").%n", g.readerVsGenerator().microF1(),
                g.analyserVsGenerator().microF1(), g.reports())));
        b.append('\n').append(themesBelow(in.passageThemes(), "passage level"))
                .append(themesBelow(in.reportThemes(), "report level")).append('\n');
        b.append("## Themes, passage level (labelled test split)\n\n");
        b.append("A passage's predicted themes against its labels; prevalence error is the predicted share of "
                + "passages with the theme minus the labelled share.\n\n");
        b.append(in.passageThemes().markdownTable()).append('\n');
        if (!in.passageBatches().isEmpty()) {
            b.append("By writing batch (datasets/labelled/README.md): batch 1 is the first team's passages, "
                    + "later batches were written by other writers after the model existed.\n\n");
            b.append("| batch | test passages | micro-F1 | macro-F1 |\n|---|---:|---:|---:|\n");
            in.passageBatches().forEach((batch, scores) -> b.append(String.format(Locale.ROOT,
                    "| %s | %d | %.3f | %.3f |%n", batch, scores.items(), scores.microF1(), scores.macroF1())));
            b.append('\n');
        }
        in.agreement().ifPresent(a -> b.append(a.markdown()));
        b.append("## Themes, report level (generated corpus)\n\n");
        b.append("The themes the engine asserts for a report against the generator's ground truth (themes only "
                + "ruled out or named in boilerplate are not in the truth). Prevalence error: predicted share of "
                + "reports with the theme minus the true share, what a trend chart would be off by.\n\n");
        b.append(in.reportThemes().markdownTable()).append('\n');
        in.generatedReading().ifPresent(g -> b.append(g.markdown()));
        b.append(RealisticEvaluation.markdown(in.realistic()));
        b.append("## Metadata, field by field (generated corpus)\n\n");
        b.append("```\n").append(in.metadata().table()).append("```\n\n");
        b.append("## Recommendations and learning (generated corpus)\n\n");
        b.append("```\n").append(in.recommendations().table()).append("```\n");
        return b.toString();
    }

    static final java.util.List<String> METADATA_FIELDS = java.util.List.of("board", "nation", "region", "reviewType",
            "publicationYear", "outcome", "ageBands");
    static final double METADATA_TARGET = 0.95;

    private static void target(StringBuilder b, String what, double target, double measured) {
        b.append(String.format(Locale.ROOT, "| %s | %.2f | %.3f | %s |%n", what, target, measured,
                measured >= target ? "yes" : "**no**"));
    }

    private static double lowest(ThemeScores scores) {
        return scores.themes().stream().filter(t -> scores.counts(t).tp() + scores.counts(t).fn() > 0)
                .mapToDouble(t -> scores.counts(t).f1()).min().orElse(0);
    }

    private static String themesBelow(ThemeScores scores, String level) {
        List<String> below = scores.themes().stream()
                .filter(t -> scores.counts(t).tp() + scores.counts(t).fn() > 0 && scores.counts(t).f1() < THEME_FLOOR)
                .map(t -> String.format(Locale.ROOT, "%s %.2f", t, scores.counts(t).f1())).toList();
        return below.isEmpty() ? "" : "Themes below " + THEME_FLOOR + " F1 at " + level + ": " + String.join(", ", below)
                + ".\n\n";
    }
}
