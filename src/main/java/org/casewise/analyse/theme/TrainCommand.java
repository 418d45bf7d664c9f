package org.casewise.analyse.theme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.tika.parser.AutoDetectParser;
import org.casewise.dataset.generate.CorpusGenerator;
import org.casewise.extract.ExtractedText;
import org.casewise.extract.ExtractionException;
import org.casewise.extract.TextExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./casewise train}: trains the theme model (offline, no service). The passage model learns
 * from the hand-written labelled passages; the report stage is fitted on two generated development
 * corpora (seeds 11 and 12, never the evaluation seed), which this command generates and extracts
 * itself when they are missing, so the model can be reproduced from the repository alone.
 */
@Command(name = "train", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Train the theme model on datasets/labelled (train + dev, thresholds by cross-validation),",
            "fit its report stage on two generated development corpora (seeds 11 and 12), and write",
            "index-config/themes-model.json. Same inputs and date give the same bytes."})
public final class TrainCommand implements Callable<Integer> {

    /** The development corpora: (seed, reports, awkward cases). Not the evaluation seed (see EvalCommand). */
    private static final List<long[]> DEV_CORPORA = List.of(new long[] {11, 200, 1}, new long[] {12, 300, 0});

    private final Path root = Path.of(System.getProperty("cw.root", "."));

    @Option(names = "--labelled", description = "directory with train.jsonl and dev.jsonl (default: datasets/labelled)")
    Path labelled = root.resolve("datasets/labelled");

    @Option(names = "--themes", description = "taxonomy with rules (default: index-config/themes.json)")
    Path themes = root.resolve("index-config/themes.json");

    @Option(names = "--reports", paramLabel = "TEXTS[:TRUTH]", description = {
        "extracted development reports (<id>.<ext>.txt) and the directory of their ground truth <id>.json",
        "(default: TEXTS) to fit the report stage on; repeatable. Default: the generated development corpora",
        "in target/train-corpora (made on first use)"})
    List<String> reports = new ArrayList<>();

    @Option(names = "--no-report-stage", description = "train without a report stage (reports decided by a fixed rule)")
    boolean noReportStage;

    /**
     * The realistic folders whose reports the report stage learns from. {@code final3}, {@code final13},
     * {@code final18} to {@code final26} are not among them: they are kept for a measurement on reviews the model has never seen (every other folder
     * after final2 was measured that way before it joined).
     */
    public static final List<String> REALISTIC_FOLDERS = List.of("dev", "test", "holdout", "final", "final2", "final4", "final5", "final6", "final7", "final8", "final9", "final10", "final11", "final12", "final14", "final15", "final16", "final17");

    @Option(names = "--realistic", paramLabel = "DIR", description = {
        "labelled realistic reports the report stage also learns from; repeatable. Default: the",
        "folders of datasets/realistic but final3, final13 and final18 to final26, which are held out"})
    List<Path> realistic = new ArrayList<>();

    @Option(names = "--realistic-weight", paramLabel = "N", defaultValue = "10", description = {
        "how many times a realistic report counts beside one generated report (default 10; 0: not used)"})
    int realisticWeight;

    @Option(names = "--out", description = "model file to write (default: index-config/themes-model.json)")
    Path out = root.resolve("index-config/themes-model.json");

    @Option(names = "--date", description = "training date recorded in the model (default: today, UTC)")
    LocalDate date;

    @Override
    public Integer call() throws Exception {
        List<ThemeTrainer.Reports> sources = new ArrayList<>();
        for (String r : reports) {
            int colon = r.indexOf(':');
            sources.add(colon < 0 ? new ThemeTrainer.Reports(Path.of(r), Path.of(r))
                    : new ThemeTrainer.Reports(Path.of(r.substring(0, colon)), Path.of(r.substring(colon + 1))));
        }
        if (sources.isEmpty() && !noReportStage) {
            for (long[] c : DEV_CORPORA) {
                sources.add(developmentCorpus(c[0], (int) c[1], c[2] == 1));
            }
        }
        if (realistic.isEmpty()) {
            for (String folder : REALISTIC_FOLDERS) {
                Path dir = root.resolve("datasets/realistic").resolve(folder);
                if (Files.isDirectory(dir)) {
                    realistic.add(dir);
                }
            }
        }
        ThemeTrainer.train(labelled, themes, sources, realistic, realisticWeight, out,
                date == null ? LocalDate.now(ZoneOffset.UTC) : date, System.out);
        return 0;
    }

    /** Generates (once) a development corpus and extracts its text, as the report stage reads it. */
    private ThemeTrainer.Reports developmentCorpus(long seed, int count, boolean awkward) throws IOException {
        Path corpus = root.resolve("target/train-corpora/seed-" + seed);
        Path texts = root.resolve("target/train-corpora/seed-" + seed + "-txt");
        CorpusGenerator.generateIfMissing(new CorpusGenerator.Options(count, seed, corpus, List.of("pdf", "docx", "html"), awkward,
                    0, Runtime.getRuntime().availableProcessors()));
        if (!Files.isDirectory(texts)) {
            System.err.printf("Extracting the text of %s%n", corpus);
            Path partial = Files.createDirectories(texts.resolveSibling(texts.getFileName() + ".partial"));
            AutoDetectParser parser = new AutoDetectParser();
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path f : files.filter(p -> p.getFileName().toString().matches("cw-\\d+\\.(pdf|docx|html)")).sorted()
                        .toList()) {
                    String name = f.getFileName().toString();
                    try {
                        ExtractedText t = TextExtractor.parseInProcess(parser, f, name, 5_000_000);
                        Files.writeString(partial.resolve(name + ".txt"), "#TITLEPROP " + t.title().orElse("") + "\n" + t.text());
                    } catch (ExtractionException e) {
                        // hostile files of the awkward set: nothing to learn from
                    }
                }
            }
            Files.move(partial, texts);
        }
        return new ThemeTrainer.Reports(texts, corpus);
    }
}
