package org.casewise.dataset.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.ReportAnalyser;
import org.casewise.dataset.generate.CorpusGenerator;
import org.casewise.dataset.model.GroundTruth;
import org.casewise.eval.CorpusRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./casewise dataset bench-analyse}: what the analysis (cleaning, sentences, sections,
 * metadata, themes, recommendations) costs per report, beside raw Tika extraction of the same
 * report in the same run, one thread, so the two are timed on equal terms. The budget:
 * analysis at most half the extraction time.
 */
@Command(name = "bench-analyse", mixinStandardHelpOptions = true,
        description = "Measure analysis time per report against raw Tika extraction on a generated corpus.")
public final class BenchAnalyseCommand implements Callable<Integer> {

    @Option(names = "--reports", defaultValue = "300", description = "Reports in the generated corpus (default 300).")
    int reports;

    @Option(names = "--seed", defaultValue = "7", description = "Generator seed (default 7).")
    long seed;

    @Option(names = "--work", defaultValue = "target/bench", description = "Working folder for the corpus.")
    Path work;

    @Option(names = "--warmup", defaultValue = "30", description = "Reports run first and not counted (JIT warm-up).")
    int warmup;

    @Override
    public Integer call() throws Exception {
        Path corpus = work.resolve("corpus-" + reports + "-" + seed);
        CorpusGenerator.generateIfMissing(new CorpusGenerator.Options(reports, seed, corpus, List.of("pdf", "docx", "html"),
                    true, 0, 2));
        BoardRegistry registry = BoardRegistry.bundled();
        long t0 = System.nanoTime();
        ReportAnalyser analyser = ReportAnalyser.create(registry);
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        List<GroundTruth> truths = CorpusRun.readableTruths(corpus);
        CorpusRun.run(corpus, truths.subList(0, Math.min(warmup, truths.size())), analyser, registry, 1, n -> { });
        System.gc();
        List<CorpusRun.Result> results = CorpusRun.run(corpus, truths, analyser, registry, 1, n -> { })
                .stream().filter(r -> r.analysis() != null).toList();
        long[] extract = results.stream().mapToLong(CorpusRun.Result::extractNanos).sorted().toArray();
        long[] analyse = results.stream().mapToLong(CorpusRun.Result::analyseNanos).sorted().toArray();
        double extractTotal = Arrays.stream(extract).sum() / 1e6;
        double analyseTotal = Arrays.stream(analyse).sum() / 1e6;
        int pages = results.stream().mapToInt(CorpusRun.Result::pages).sum();
        long sentences = results.stream().mapToLong(r -> r.analysis().text().sentences().size()).sum();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf(Locale.ROOT, """
                Analysis benchmark: %d readable reports (seed %d, %d pages, %d sentences), 1 thread, %s, %d cores
                models loaded in %d ms (once per process)
                                       total s   mean ms   median ms   p95 ms
                raw Tika extraction   %8.1f  %8.1f  %10.1f  %7.1f
                analysis              %8.1f  %8.1f  %10.1f  %7.1f
                analysis / extraction: %.2f (budget: 0.50)
                heap in use after the run: %d MB (max %d MB)
                """, results.size(), seed, pages, sentences, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadMs,
                extractTotal / 1000, extractTotal / extract.length, extract[extract.length / 2] / 1e6,
                extract[(int) (extract.length * 0.95)] / 1e6,
                analyseTotal / 1000, analyseTotal / analyse.length, analyse[analyse.length / 2] / 1e6,
                analyse[(int) (analyse.length * 0.95)] / 1e6,
                analyseTotal / extractTotal, heap.getUsed() >> 20, heap.getMax() >> 20);
        // Where the analysis time goes, measured in the same interleaved run (caches as extraction leaves them).
        StringBuilder stages = new StringBuilder("analysis by stage (mean ms):");
        for (int k = 0; k < ReportAnalyser.STAGES.size(); k++) {
            int stage = k;
            double ms = results.stream().mapToLong(r -> r.stageNanos()[stage]).sum() / 1e6 / results.size();
            stages.append(String.format(Locale.ROOT, " %s %.2f%s", ReportAnalyser.STAGES.get(k), ms,
                    k + 1 < ReportAnalyser.STAGES.size() ? "," : ""));
        }
        System.out.println(stages);
        return 0;
    }
}
