package org.casewise.dataset.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./casewise dataset generate}: a deterministic corpus of review reports with ground truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate review reports (PDF, DOCX, HTML) with a ground-truth JSON beside each.",
            "The same --seed gives byte-identical ground truth."})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--reports", required = true, description = "Number of reports to generate")
    int reports;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, description = "Output folder (created if missing)")
    Path out;

    @Option(names = "--formats", defaultValue = "pdf,docx,html", split = ",",
            description = "Formats to produce (default: ${DEFAULT-VALUE})")
    List<String> formats;

    @Option(names = "--no-awkward", negatable = false,
            description = "Leave out drafts, duplicates, executive summaries and hostile files")
    boolean noAwkward;

    @Option(names = "--oversized-mb", defaultValue = "51",
            description = "Size of the one oversized file in MB, 0 for none (default: ${DEFAULT-VALUE})")
    int oversizedMb;

    @Option(names = "--threads", description = "Worker threads (default: number of cores)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (reports < 1) {
            throw new ParameterException(spec.commandLine(), "--reports must be at least 1");
        }
        for (String f : formats) {
            if (!List.of("pdf", "docx", "html").contains(f.toLowerCase(Locale.ROOT))) {
                throw new ParameterException(spec.commandLine(), "--formats takes pdf, docx and html, got '" + f + "'");
            }
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        CorpusGenerator generator = new CorpusGenerator(new CorpusGenerator.Options(reports, seed, out,
                formats.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(), !noAwkward, oversizedMb, workers));
        CorpusGenerator.Stats stats;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Generating").setInitialMax(reports)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" reports", 1).showSpeed().setConsumer(
                        new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
            stats = generator.generate(i -> bar.step());
        }
        System.err.printf(Locale.ROOT, "%d reports, %.1f MB, in %.1f s: %.1f reports/s (seed %d, %d threads) -> %s%n",
                stats.reports(), stats.bytes() / 1e6, stats.elapsed().toMillis() / 1000.0, stats.reportsPerSecond(),
                seed, workers, out.toAbsolutePath());
        return 0;
    }

}
