package org.casewise.dataset.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.Taxonomy;
import org.casewise.dataset.ReportRenderer;
import org.casewise.dataset.SampleSource;
import org.casewise.dataset.model.GroundTruth;

/**
 * Generates a corpus of review reports with ground truth: {@code <id>.pdf|docx|html} and
 * {@code <id>.json} per report, plus {@code manifest.csv} and {@code provenance.csv}.
 *
 * <p>Deterministic: each report depends only on (seed, index), so the same seed gives the same
 * ground truth whatever the thread count. Reports are written to disk as they are made (nothing
 * accumulates in memory but one manifest line per report), so 20,000 reports need no more memory
 * than 20.
 */
public final class CorpusGenerator {

    /**
     * @param awkward     include the awkward cases (drafts, duplicates, executive summaries, hostile files)
     * @param oversizedMb size of the one oversized file, 0 for none
     */
    public record Options(int reports, long seed, Path out, List<String> formats, boolean awkward, int oversizedMb,
                          int threads) {
    }

    /** What a run produced and how fast. */
    public record Stats(int reports, long bytes, Duration elapsed) {
        public double reportsPerSecond() {
            return reports / Math.max(0.001, elapsed.toMillis() / 1000.0);
        }
    }

    private final Options options;
    private final CasePlanner planner;
    private final ReportComposer composer;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private final AwkwardPlan awkward;

    public CorpusGenerator(Options options) {
        this.options = options;
        Taxonomy taxonomy = Taxonomy.bundled();
        PhraseBank phrases = PhraseBank.load(taxonomy);
        if (phrases.themes().isEmpty()) {
            throw new IllegalStateException("The phrase bank is empty (generator/themes/*.json missing from the class path)");
        }
        this.planner = new CasePlanner(options.seed(), BoardRegistry.bundled(), phrases, options.formats());
        this.composer = new ReportComposer(phrases, taxonomy);
        this.awkward = new AwkwardPlan(options.reports(), options.awkward(), options.oversizedMb() > 0);
    }

    /**
     * Generates the corpus unless its folder already holds one (a manifest): benchmarks and training
     * reuse a corpus between runs, as the same options give the same reports.
     */
    public static void generateIfMissing(Options options) throws IOException {
        if (!Files.isRegularFile(options.out().resolve("manifest.csv"))) {
            System.err.printf("Generating %d reports (seed %d) into %s%n", options.reports(), options.seed(), options.out());
            new CorpusGenerator(options).generate(i -> { });
        }
    }

    public Stats generate(IntConsumer progress) throws IOException {
        Files.createDirectories(options.out());
        long started = System.nanoTime();
        AtomicLong bytes = new AtomicLong();
        String[] manifest = new String[options.reports()];
        String[] provenance = new String[options.reports()];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
        try {
            List<Future<?>> batch = new ArrayList<>();
            for (int i = 0; i < options.reports(); i++) {
                int index = i;
                batch.add(pool.submit(() -> {
                    GroundTruth gt = one(index);
                    writeJson(gt);
                    Path file = options.out().resolve(gt.file());
                    bytes.addAndGet(size(file));
                    manifest[index] = manifestLine(gt);
                    provenance[index] = provenanceLine(gt, publisher(gt, index));
                    progress.accept(index);
                    return null;
                }));
                // Bounded in-flight work keeps memory flat for large runs.
                if (batch.size() >= 64) {
                    drain(batch);
                }
            }
            drain(batch);
        } finally {
            pool.shutdownNow();
        }
        writeLines(options.out().resolve("manifest.csv"),
                "id,file,format,reviewType,board,year,visibility,hostile", manifest);
        writeLines(options.out().resolve("provenance.csv"), "file,url,board", provenance);
        return new Stats(options.reports(), bytes.get(), Duration.ofNanos(System.nanoTime() - started));
    }

    private GroundTruth one(int index) throws IOException {
        AwkwardPlan.Kind kind = awkward.kindAt(index);
        return switch (kind) {
            case NONE, DRAFT, UNNAMED_BOARD, OVERVIEW -> write(facts(index, kind), null, List.of());
            case EXECUTIVE_SUMMARY -> {
                CaseFacts overview = facts(index - 1, AwkwardPlan.Kind.OVERVIEW);
                CaseFacts summary = overview.withKind(id(index), ReviewKind.EXECUTIVE_SUMMARY, "executive-summary");
                yield write(summary, null, List.of(new GroundTruth.Relation("executive-summary-of", id(index - 1))));
            }
            case SAME_REPORT -> sameReport(index);
            case IMAGE_ONLY, TRUNCATED, ENCRYPTED, EXTENSION_LIES -> write(facts(index, kind), kind, List.of());
            case ZIP_BOMB -> hostileOnly(index, "docx", "zip-bomb-docx", out -> AwkwardFiles.zipBombDocx(out, 400));
            case EMPTY -> hostileOnly(index, "pdf", "empty", out -> Files.write(out, new byte[0]));
            case OVERSIZED -> hostileOnly(index, "pdf", "oversized",
                    out -> AwkwardFiles.oversized(out, options.oversizedMb(), options.seed() + index));
        };
    }

    private CaseFacts facts(int index, AwkwardPlan.Kind kind) {
        CaseFacts f = planner.plan(index, kind == AwkwardPlan.Kind.OVERVIEW ? ReviewKind.ENGLAND_SCR : null);
        if (kind == AwkwardPlan.Kind.OVERVIEW) {
            f = f.withKind(f.id(), ReviewKind.ENGLAND_SCR, "imr-overview");
        }
        if (kind == AwkwardPlan.Kind.IMAGE_ONLY || kind == AwkwardPlan.Kind.TRUNCATED || kind == AwkwardPlan.Kind.ENCRYPTED) {
            f = f.withFormat("pdf");
        }
        if (kind == AwkwardPlan.Kind.DRAFT) {
            f = f.asDraft();
        }
        if (kind == AwkwardPlan.Kind.UNNAMED_BOARD && f.areaBoard() != null) {
            f = f.withBoardUnnamed();
        }
        return f;
    }

    /** The same bytes as the previous report, published again (by a neighbouring board's site). */
    private GroundTruth sameReport(int index) throws IOException {
        CaseFacts original = facts(index - 1, AwkwardPlan.Kind.NONE);
        GroundTruth first = write(original, null, List.of(), id(index) + "." + ext(original.format()));
        return renamed(first, id(index), List.of(new GroundTruth.Relation("same-report-as", id(index - 1))));
    }

    private GroundTruth write(CaseFacts f, AwkwardPlan.Kind hostile, List<GroundTruth.Relation> relations) throws IOException {
        String fileName = f.id() + "." + (hostile == AwkwardPlan.Kind.EXTENSION_LIES
                ? (f.format().equals("pdf") ? "docx" : "pdf") : ext(f.format()));
        return withHostile(write(f, hostile, relations, fileName), hostile);
    }

    private GroundTruth write(CaseFacts f, AwkwardPlan.Kind hostile, List<GroundTruth.Relation> relations, String fileName)
            throws IOException {
        SplittableRandom r = planner.random(Integer.parseInt(f.id().substring(3)) + 7_000_000);
        ReportComposer.Composed composed = composer.compose(f, r);
        Path out = options.out().resolve(fileName);
        Path tmp = options.out().resolve(fileName + ".part");
        if (hostile == AwkwardPlan.Kind.IMAGE_ONLY) {
            AwkwardFiles.imageOnlyPdf(tmp, AwkwardFiles.lines(composed.body()));
        } else {
            ReportRenderer.render(SampleSource.markup(f.id(), headerText(composed) + "\n" + composed.body()), tmp);
        }
        if (hostile == AwkwardPlan.Kind.TRUNCATED) {
            AwkwardFiles.truncate(tmp, 0.4);
        } else if (hostile == AwkwardPlan.Kind.ENCRYPTED) {
            AwkwardFiles.encrypt(tmp, "casewise-" + f.id());
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        return GroundTruthFactory.from(f, composed, fileName, relations,
                f.format().equals("pdf") && hostile == null ? pages(out) : null);
    }

    private GroundTruth hostileOnly(int index, String format, String kind, FileWriter writer) throws IOException {
        String fileName = id(index) + "." + format;
        writer.write(options.out().resolve(fileName));
        return new GroundTruth(id(index), fileName, format, null, null, false, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null,
                new GroundTruth.Hostile(kind, "fail"), null);
    }

    private static GroundTruth withHostile(GroundTruth gt, AwkwardPlan.Kind hostile) {
        if (hostile == null) {
            return gt;
        }
        String kind = switch (hostile) {
            case IMAGE_ONLY -> "image-only-pdf";
            case TRUNCATED -> "truncated-pdf";
            case ENCRYPTED -> "encrypted-pdf";
            case EXTENSION_LIES -> "extension-lies";
            default -> throw new IllegalArgumentException(hostile.name());
        };
        String expected = hostile == AwkwardPlan.Kind.EXTENSION_LIES ? "analyse" : "fail";
        return GroundTruthFactory.withHostile(gt, new GroundTruth.Hostile(kind, expected));
    }

    private static GroundTruth renamed(GroundTruth gt, String id, List<GroundTruth.Relation> relations) {
        return GroundTruthFactory.renamed(gt, id, relations);
    }

    private void writeJson(GroundTruth gt) throws IOException {
        Path file = options.out().resolve(gt.id() + ".json");
        Files.writeString(file, json.writeValueAsString(gt) + "\n", StandardCharsets.UTF_8);
    }

    private static String headerText(ReportComposer.Composed composed) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(composed.header()).forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        return sb.toString();
    }

    private static Integer pages(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            return null;
        }
    }

    private static String manifestLine(GroundTruth gt) {
        return String.join(",", gt.id(), gt.file(), gt.format(), nz(gt.reviewType()),
                gt.board() == null ? "" : gt.board().id(), gt.year() == null ? "" : gt.year().toString(),
                nz(gt.visibility()), gt.hostile() == null ? "" : gt.hostile().kind());
    }

    /** The board whose site published the file: another board's, for the re-published copy. */
    private String publisher(GroundTruth gt, int index) {
        if (gt.board() == null) {
            return "";
        }
        boolean copy = gt.relations() != null && gt.relations().get(0).type().equals("same-report-as");
        return copy ? planner.coPublisher(gt.board().id(), index) : gt.board().id();
    }

    /** Where each file 'was published': a page of the publishing board's (simulated) web site. */
    private static String provenanceLine(GroundTruth gt, String board) {
        String host = board.isEmpty() ? "national-panel.example.org" : board + ".boards.example.org";
        return String.join(",", gt.file(), "https://" + host + "/case-reviews/" + gt.file(), board);
    }

    private static void writeLines(Path file, String header, String[] lines) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header + "\n");
            for (String line : lines) {
                if (line != null) {
                    w.write(line + "\n");
                }
            }
        }
    }

    private static void drain(List<Future<?>> batch) throws IOException {
        for (Future<?> f : batch) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException("Report generation failed: " + cause, cause);
            }
        }
        batch.clear();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String id(int index) {
        return String.format(Locale.ROOT, "cw-%06d", index);
    }

    private static String ext(String format) {
        return format;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @FunctionalInterface
    private interface FileWriter {
        void write(Path out) throws IOException;
    }
}
