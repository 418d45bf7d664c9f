package org.casewise.dataset.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.casewise.dataset.generate.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./casewise dataset bench-ingest}: ingestion throughput of the whole pipeline (a folder
 * source crawled through the work queue: store, isolated extraction, analysis, near-duplicate
 * linking, indexing) beside raw Tika extraction of the same files in the same run. The service is
 * the packaged application started as a child process on a fresh data directory, as users run it.
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
        description = "Measure ingestion throughput against raw Tika extraction on a generated corpus.")
public final class BenchIngestCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--reports", defaultValue = "1000", description = "Reports in the generated corpus (default 1000).")
    int reports;

    @Option(names = "--seed", defaultValue = "7", description = "Generator seed (default 7).")
    long seed;

    @Option(names = "--work", defaultValue = "target/bench", description = "Working folder (corpus and data).")
    Path work;

    @Option(names = "--threads", defaultValue = "2", description = "Baseline threads; also the service's extraction workers.")
    int threads;

    /** The checkout the launcher runs from, for the packaged service and search node. */
    private final Path root = Path.of(System.getProperty("cw.root", "."));

    @Override
    public Integer call() throws Exception {
        Path corpus = work.resolve("corpus-" + reports + "-" + seed);
        CorpusGenerator.generateIfMissing(new CorpusGenerator.Options(reports, seed, corpus, List.of("pdf", "docx", "html"),
                    true, 0, threads));
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(p -> p.toString().matches(".*\\.(pdf|docx|html)$")).sorted().toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.err.printf("Baseline: raw Tika over %d files on %d threads%n", files.size(), threads);
        RawExtraction.Result raw = RawExtraction.run(files, threads);
        System.err.printf("  %.1f s, %d pages, %d unreadable%n", seconds(raw.elapsed()), raw.pages(), raw.failed());

        Path data = work.resolve("data-" + System.currentTimeMillis());
        Files.createDirectories(data);
        Path sources = data.resolve("sources.json");
        Files.writeString(sources, "{\"sources\":[{\"code\":\"bench\",\"name\":\"Benchmark corpus\",\"kind\":\"folder\","
                + "\"location\":" + JSON.writeValueAsString(corpus.toAbsolutePath().toString()) + "}]}");
        Map<String, String> props = Map.of("casewise.sample.ingest-on-empty", "false",
                "casewise.sources.file", sources.toAbsolutePath().toString(), "casewise.sources.schedules", "false",
                "casewise.ingest.extract-workers", String.valueOf(threads), "casewise.queue.workers", String.valueOf(threads));
        try (BenchService service = BenchService.start(root, data, "1g", props)) {
            service.awaitReady(Duration.ofMinutes(3));
            long started = System.nanoTime();
            service.post("/api/v1/sources/bench/crawl?trigger=cli", null);
            long runId = -1;
            while (true) {
                Thread.sleep(1000);
                JsonNode source = JSON.readTree(service.get("/api/v1/sources/bench").body());
                JsonNode run = source.path("lastCrawl");
                runId = run.path("id").asLong();
                long discovered = run.path("discovered").asLong();
                long pending = run.path("pending").asLong();
                System.err.printf("\r  pipeline: %d/%d settled, %.0f s   ", discovered - pending, discovered,
                        seconds(Duration.ofNanos(System.nanoTime() - started)));
                JsonNode index = JSON.readTree(service.get("/api/v1/index/status").body());
                if ("completed".equals(run.path("status").asText()) && index.path("pending").asLong() == 0) {
                    break;
                }
                service.checkAlive();
            }
            Duration pipeline = Duration.ofNanos(System.nanoTime() - started);
            JsonNode run = JSON.readTree(service.get("/api/v1/sources/bench/runs/" + runId).body());
            JsonNode index = JSON.readTree(service.get("/api/v1/index/status").body());
            System.err.println();
            report(files.size(), bytes, raw, pipeline, run, index.path("reviews").asLong());
            return 0;
        }
    }

    private void report(int files, long bytes, RawExtraction.Result raw, Duration pipeline, JsonNode run, long reviews) {
        double rawS = seconds(raw.elapsed());
        double pipeS = seconds(pipeline);
        System.out.printf(Locale.ROOT, """
                Corpus: %d files, %.1f MB, %d pages (%d reports generated, seed %d)
                | measure | raw Tika (%d threads) | Casewise pipeline |
                |---|---|---|
                | wall time | %.1f s | %.1f s |
                | documents per minute | %.0f | %.0f |
                | pages per second | %.1f | %.1f |
                Pipeline / raw extraction: %.2fx (target <= 1.5x)
                Run: %d new, %d failed or quarantined, %d reviews in the index
                """, files, bytes / 1e6, raw.pages(), reports, seed, threads, rawS, pipeS, files / rawS * 60,
                files / pipeS * 60, raw.pages() / rawS, raw.pages() / pipeS, pipeS / rawS,
                run.path("newCount").asLong(), run.path("failed").asLong(), reviews);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
