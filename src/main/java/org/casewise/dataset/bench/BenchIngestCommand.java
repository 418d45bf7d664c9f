package org.casewise.dataset.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.casewise.dataset.generate.CorpusGenerator;
import org.casewise.index.engine.OpenSearchNodeProcess;
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
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

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
        int port = OpenSearchNodeProcess.freePort();
        Process service = launch(data, sources, port, OpenSearchNodeProcess.freePort());
        try {
            awaitReady(port, service);
            long started = System.nanoTime();
            send(port, "POST", "/api/v1/sources/bench/crawl?trigger=cli");
            long runId = -1;
            while (true) {
                Thread.sleep(1000);
                JsonNode source = JSON.readTree(send(port, "GET", "/api/v1/sources/bench").body());
                JsonNode run = source.path("lastCrawl");
                runId = run.path("id").asLong();
                long discovered = run.path("discovered").asLong();
                long pending = run.path("pending").asLong();
                System.err.printf("\r  pipeline: %d/%d settled, %.0f s   ", discovered - pending, discovered,
                        seconds(Duration.ofNanos(System.nanoTime() - started)));
                JsonNode index = JSON.readTree(send(port, "GET", "/api/v1/index/status").body());
                if ("completed".equals(run.path("status").asText()) && index.path("pending").asLong() == 0) {
                    break;
                }
                if (!service.isAlive()) {
                    throw new IllegalStateException("the service died; see " + data.resolve("service.log"));
                }
            }
            Duration pipeline = Duration.ofNanos(System.nanoTime() - started);
            JsonNode run = JSON.readTree(send(port, "GET", "/api/v1/sources/bench/runs/" + runId).body());
            JsonNode index = JSON.readTree(send(port, "GET", "/api/v1/index/status").body());
            System.err.println();
            report(files.size(), bytes, raw, pipeline, run, index.path("reviews").asLong());
            return 0;
        } finally {
            service.destroy();
            service.waitFor();
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

    private Process launch(Path data, Path sources, int port, int enginePort) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g",
                "-Dquarkus.http.port=" + port,
                "-Dcasewise.data-dir=" + data,
                "-Dcasewise.engine.port=" + enginePort,
                "-Dcasewise.engine.home=" + root.resolve("target/opensearch-node"),
                "-Dcasewise.sample.ingest-on-empty=false",
                "-Dcasewise.sources.file=" + sources,
                "-Dcasewise.sources.schedules=false",
                "-Dcasewise.ingest.extract-workers=" + threads,
                "-Dcasewise.queue.workers=" + threads,
                "-jar", root.resolve("target/quarkus-app/quarkus-run.jar").toString())
                .redirectErrorStream(true).redirectOutput(data.resolve("service.log").toFile()).start();
    }

    private void awaitReady(int port, Process service) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited during start-up");
            }
            try {
                if (send(port, "GET", "/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the service was not ready within 3 minutes");
    }

    private HttpResponse<String> send(int port, String method, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
