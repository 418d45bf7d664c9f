package org.casewise.dataset.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import org.casewise.dataset.generate.CorpusGenerator;

/**
 * The benchmark's collection: generated reports (PDF, DOCX, HTML, with the generator's awkward
 * cases: confidential drafts that become restricted reviews, executive summaries and re-published
 * copies that join an existing review, unreadable and hostile files that fail) ingested by the
 * running service through a folder source, the same path as any crawl: store, isolated
 * extraction, analysis, review linking, indexing. Built once per data directory; a later run that
 * finds enough reviews there reuses it, one that finds too few crawls a larger corpus into the same
 * directory (files already ingested are recognised and skipped).
 */
final class SearchCollection {

    /** Reviews per generated report: bench-ingest measured 0.93 (failed files and joined documents). */
    static final double REVIEWS_PER_REPORT = 0.9;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What is in the index, and how long this run spent building it (zero when reused). */
    record Facts(long reviews, int reportsGenerated, Duration generation, Duration ingestion) {
        boolean built() {
            return !ingestion.isZero();
        }
    }

    private SearchCollection() {
    }

    static int reportsFor(int reviews) {
        return (int) Math.ceil(reviews / REVIEWS_PER_REPORT);
    }

    /** Makes sure the service holds at least {@code reviews} reviews, all indexed. */
    static Facts ensure(BenchService service, int reviews, long seed, Path work) throws Exception {
        long have = reviewsIn(service);
        if (have >= reviews) {
            System.err.printf("Collection: %d reviews already in %s (reused)%n", have, service.data);
            awaitIndexed(service);
            return new Facts(have, 0, Duration.ZERO, Duration.ZERO);
        }
        int reports = reportsFor(reviews);
        Path corpus = work.resolve("corpus-" + reports + "-" + seed).toAbsolutePath();
        long t0 = System.nanoTime();
        if (!Files.isRegularFile(corpus.resolve("manifest.csv"))) {
            try (ProgressBar bar = LoadRunner.progressBar("Generating " + reports + " reports", reports)) {
                new CorpusGenerator(new CorpusGenerator.Options(reports, seed, corpus, List.of("pdf", "docx", "html"),
                        true, 0, 2)).generate(i -> bar.step());
            }
        }
        Duration generation = Duration.ofNanos(System.nanoTime() - t0);
        String code = "bench-" + reports + "-" + seed;
        ObjectNode source = JSON.createObjectNode().put("code", code).put("name", "Search benchmark corpus")
                .put("kind", "folder").put("location", corpus.toString());
        int status = service.post("/api/v1/sources", JSON.writeValueAsString(source)).statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("registering the corpus folder as a source answered " + status);
        }
        long t1 = System.nanoTime();
        int crawl = service.post("/api/v1/sources/" + code + "/crawl?trigger=cli", null).statusCode();
        if (crawl != 202) {
            throw new IllegalStateException("starting the crawl answered " + crawl);
        }
        try (ProgressBar bar = LoadRunner.progressBar("Ingesting", reports)) {
            while (true) {
                Thread.sleep(2000);
                service.checkAlive();
                JsonNode run = JSON.readTree(service.get("/api/v1/sources/" + code).body()).path("lastCrawl");
                long discovered = run.path("discovered").asLong();
                bar.maxHint(Math.max(discovered, 1));
                bar.stepTo(Math.max(0, discovered - run.path("pending").asLong()));
                JsonNode index = JSON.readTree(service.get("/api/v1/index/status").body());
                bar.setExtraMessage(" " + index.path("reviews").asLong() + " reviews, " + index.path("pending").asLong()
                        + " to index");
                if ("completed".equals(run.path("status").asText()) && index.path("pending").asLong() == 0) {
                    break;
                }
            }
        }
        Duration ingestion = Duration.ofNanos(System.nanoTime() - t1);
        have = reviewsIn(service);
        if (have < reviews) {
            System.err.printf("Warning: the collection holds %d reviews, fewer than the %d asked for%n", have, reviews);
        }
        return new Facts(have, reports, generation, ingestion);
    }

    static long reviewsIn(BenchService service) throws Exception {
        return JSON.readTree(service.get("/api/v1/index/status").body()).path("reviews").asLong();
    }

    /** Waits until the reconciler has indexed every review the database holds. */
    static void awaitIndexed(BenchService service) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            service.checkAlive();
            JsonNode index = JSON.readTree(service.get("/api/v1/index/status").body());
            if (index.path("engineReachable").asBoolean() && index.path("pending").asLong() == 0) {
                return;
            }
            System.err.printf("\r  waiting for the index: %d reviews pending   ", index.path("pending").asLong());
            Thread.sleep(2000);
        }
        throw new IllegalStateException("the index did not catch up within 30 minutes");
    }
}
