package org.casewise.dataset.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casewise.dataset.model.GroundTruth;

/**
 * A generated corpus folder: every {@code <id>.json} ground truth with the report file it describes.
 * A ground truth whose file is missing is skipped (and listed in {@link #skipped()}) rather than
 * failing the whole web, so a half-generated folder can still be served.
 */
final class Corpus {

    /** One report of the corpus with what a host needs to serve it. */
    record Report(GroundTruth truth, ServedFile file) {
        String id() {
            return truth.id();
        }

        int year() {
            return truth.year() != null ? truth.year() : lastModifiedDate(truth).getYear();
        }

        boolean restricted() {
            return "restricted".equals(truth.visibility());
        }

        Optional<GroundTruth.BoardRef> board() {
            return Optional.ofNullable(truth.board()).filter(b -> b.id() != null && !b.id().isBlank());
        }

        /** Title as a web page would show it (some hostile fixtures have none). */
        String title() {
            return truth.title() != null && !truth.title().isBlank() ? truth.title() : truth.file();
        }
    }

    /** Newest first, then by id, so listings are stable across runs. */
    static final Comparator<Report> NEWEST_FIRST = Comparator
            .comparing((Report r) -> lastModifiedDate(r.truth())).reversed()
            .thenComparing(Report::id);

    private final List<Report> reports;
    private final List<String> skipped;

    private Corpus(List<Report> reports, List<String> skipped) {
        this.reports = List.copyOf(reports);
        this.skipped = List.copyOf(skipped);
    }

    static Corpus load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("corpus folder not found: " + dir);
        }
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Path> truths;
        try (Stream<Path> files = Files.list(dir)) {
            truths = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Report> reports = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path truthFile : truths) {
            GroundTruth truth;
            try {
                truth = json.readValue(truthFile.toFile(), GroundTruth.class);
            } catch (IOException e) {
                skipped.add(truthFile.getFileName() + ": not a ground truth (" + e.getMessage() + ")");
                continue;
            }
            if (truth.id() == null || truth.file() == null || truth.file().contains("/")
                    || truth.file().contains("\\")) {
                skipped.add(truthFile.getFileName() + ": no id or no plain file name");
                continue;
            }
            Path file = dir.resolve(truth.file());
            if (!Files.isRegularFile(file)) {
                skipped.add(truthFile.getFileName() + ": file " + truth.file() + " is missing");
                continue;
            }
            Instant modified = lastModifiedDate(truth).atStartOfDay(ZoneOffset.UTC).toInstant();
            reports.add(new Report(truth, ServedFile.onDisk(file, truth.file(), modified)));
        }
        reports.sort(Comparator.comparing(Report::id));
        return new Corpus(reports, skipped);
    }

    List<Report> reports() {
        return reports;
    }

    List<String> skipped() {
        return skipped;
    }

    Optional<Report> byId(String id) {
        return reports.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    int newestYear() {
        return reports.stream().mapToInt(Report::year).max().orElse(LocalDate.now(ZoneOffset.UTC).getYear());
    }

    /**
     * The boards with the most reports (restricted drafts included: they are the board's own), ties
     * broken by board id, so the same corpus always gives the same sites.
     */
    List<GroundTruth.BoardRef> topBoards(int n) {
        Map<String, List<Report>> byBoard = reports.stream().filter(r -> r.board().isPresent())
                .collect(Collectors.groupingBy(r -> r.board().get().id(), LinkedHashMap::new, Collectors.toList()));
        return byBoard.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Report>> e) -> e.getValue().size()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(n)
                .map(e -> e.getValue().get(0).board().get())
                .toList();
    }

    List<Report> ofBoard(String boardId) {
        List<Report> mine = reports.stream()
                .filter(r -> r.board().map(b -> b.id().equals(boardId)).orElse(false))
                .sorted(NEWEST_FIRST).toList();
        return Collections.unmodifiableList(mine);
    }

    /** Publication date, falling back to 1 January of the year (or of 2000) when the truth has no usable date. */
    static LocalDate lastModifiedDate(GroundTruth truth) {
        if (truth.publicationDate() != null) {
            try {
                return LocalDate.parse(truth.publicationDate());
            } catch (DateTimeParseException ignored) {
                // fall through: a hostile fixture may carry a malformed date; the year still orders it
            }
        }
        return LocalDate.of(truth.year() != null ? truth.year() : 2000, 1, 1);
    }
}
