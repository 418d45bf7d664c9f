package org.casewise.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.tika.parser.AutoDetectParser;
import org.casewise.analyse.Board;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.ReportAnalyser;
import org.casewise.analyse.ReportAnalysis;
import org.casewise.dataset.model.GroundTruth;
import org.casewise.extract.ExtractedText;
import org.casewise.extract.ExtractionException;
import org.casewise.extract.TextExtractor;

/**
 * Reads a generated corpus (report files with a ground-truth JSON beside each), extracts and
 * analyses every report that is meant to be readable, and times both steps per report. Shared by
 * {@code ./casewise eval} (accuracy) and {@code ./casewise dataset bench-analyse} (speed).
 */
public final class CorpusRun {

    /**
     * One report's result.
     *
     * @param analysis null when the file could not be extracted (then {@code error} says why)
     */
    public record Result(GroundTruth truth, ReportAnalysis analysis, long extractNanos, long analyseNanos,
                         int pages, String error, long[] stageNanos) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private CorpusRun() {
    }

    /** Ground truth of every report in the folder that should be analysable (hostile files left out). */
    public static List<GroundTruth> readableTruths(Path corpus) throws IOException {
        List<GroundTruth> truths = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("cw-\\d+\\.json")).sorted().toList()) {
                GroundTruth t = JSON.readValue(p.toFile(), GroundTruth.class);
                if (t.hostile() == null || "analyse".equals(t.hostile().expected())) {
                    truths.add(t);
                }
            }
        }
        return truths;
    }

    /** The board of the page each file 'was published' on, as the crawler would pass it on. */
    public static Map<String, String> provenanceBoards(Path corpus) throws IOException {
        Map<String, String> boards = new HashMap<>();
        Path csv = corpus.resolve("provenance.csv");
        if (Files.exists(csv)) {
            try (Reader r = Files.newBufferedReader(csv)) {
                for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                    boards.put(row.get("file"), row.get("board"));
                }
            }
        }
        return boards;
    }

    public static List<Result> run(Path corpus, List<GroundTruth> truths, ReportAnalyser analyser, BoardRegistry registry,
            int threads, IntConsumer progress) throws IOException, InterruptedException {
        Map<String, String> provenance = provenanceBoards(corpus);
        AutoDetectParser parser = new AutoDetectParser();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (GroundTruth t : truths) {
                futures.add(pool.submit(() -> {
                    Result r = one(corpus.resolve(t.file()), t, analyser, parser,
                            registry.byId(provenance.get(t.file())));
                    progress.accept(1);
                    return r;
                }));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("analysis crashed: " + e.getCause(), e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result one(Path file, GroundTruth truth, ReportAnalyser analyser, AutoDetectParser parser,
            Optional<Board> sourceBoard) {
        long t0 = System.nanoTime();
        ExtractedText extracted;
        try {
            extracted = TextExtractor.parseInProcess(parser, file, file.getFileName().toString(), 5_000_000);
        } catch (ExtractionException | IOException e) {
            return new Result(truth, null, System.nanoTime() - t0, 0, 0, e.getMessage(), new long[ReportAnalyser.STAGES.size()]);
        }
        long t1 = System.nanoTime();
        long[] stages = new long[ReportAnalyser.STAGES.size()];
        ReportAnalysis analysis = analyser.analyse(extracted, file.getFileName().toString(), sourceBoard, stages);
        long t2 = System.nanoTime();
        return new Result(truth, analysis, t1 - t0, t2 - t1, extracted.pageCount() == null ? 0 : extracted.pageCount(), null,
                stages);
    }
}
