package org.casewise.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.casewise.dataset.model.GroundTruth;
import org.casewise.store.Document;
import org.casewise.store.DocumentStatus;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.junit.jupiter.api.Test;

/**
 * The generated half of the sample corpus, ingested at first start, against its ground truth:
 * every hostile file ends FAILED (or QUARANTINED) with a reason while the rest are analysed, and the first metadata
 * pass finds the board, nation, region, year, review type and visibility the generator wrote.
 */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class GeneratedSampleIngestTest {

    static final Path GENERATED = Path.of("datasets/sample/generated");

    @Inject
    SampleCorpus sample;

    @Inject
    EntityManager em;

    @Test
    void everyGeneratedFileEndsAsItsGroundTruthSays() throws IOException {
        sample.awaitIndexed();
        ObjectMapper json = new ObjectMapper();
        List<GroundTruth> truths = new ArrayList<>();
        try (Stream<Path> files = Files.list(GENERATED)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                truths.add(json.readValue(p.toFile(), GroundTruth.class));
            }
        }
        assertTrue(truths.size() >= 35, "about 40 generated sample reports");
        List<String> mismatches = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (GroundTruth gt : truths) {
                // Found through its sightings: the same bytes as another report are stored once, seen twice.
                List<Document> docs = em.createQuery("""
                        select distinct d from Document d left join fetch d.review join d.sightings s
                        where s.fileName = :f""", Document.class).setParameter("f", gt.file()).getResultList();
                if (docs.isEmpty()) {
                    mismatches.add(gt.file() + ": not ingested");
                    continue;
                }
                Document d = docs.get(0);
                boolean shouldFail = gt.hostile() != null && gt.hostile().expected().equals("fail");
                if (shouldFail) {
                    // A scan without a text layer waits for OCR; files that attack the parser (zip bomb,
                    // oversized) are quarantined; everything else hostile fails.
                    String kind = gt.hostile().kind();
                    DocumentStatus expected = kind.equals("image-only-pdf") && !tesseractInstalled()
                            ? DocumentStatus.NEEDS_OCR
                            : kind.startsWith("zip-bomb") || kind.equals("oversized") ? DocumentStatus.QUARANTINED
                            : DocumentStatus.FAILED;
                    if (d.status != expected || d.failureReason == null || d.failureReason.isBlank()) {
                        mismatches.add(gt.file() + " (" + gt.hostile().kind() + "): expected " + expected
                                + " with a reason, got " + d.status);
                    }
                    continue;
                }
                if (d.status != DocumentStatus.ANALYSED) {
                    mismatches.add(gt.file() + ": expected ANALYSED, got " + d.status + " (" + d.failureReason + ")");
                    continue;
                }
                if (d.linkRelation != null) {
                    continue; // joined another document's review (summary of, same report as): see the test below
                }
                var r = d.review;
                check(mismatches, gt, "board", gt.board() == null ? null : gt.board().id(), r.boardId);
                check(mismatches, gt, "nation", gt.board() == null ? null : gt.nation(), r.nation);
                check(mismatches, gt, "region", gt.region(), r.region);
                // a draft is not published: only a stated publication date gives it a year (MetadataScorer)
                check(mismatches, gt, "year", "restricted".equals(gt.visibility()) ? "null" : String.valueOf(gt.year()),
                        String.valueOf(r.publicationYear));
                check(mismatches, gt, "reviewType", gt.reviewType(), r.reviewType);
                check(mismatches, gt, "visibility", gt.visibility(), r.visibility.name().toLowerCase(Locale.ROOT));
            }
        });
        assertEquals(List.of(), mismatches);
    }

    @Test
    void anExecutiveSummaryAndTheSameReportPublishedTwiceJoinTheirReviewSoNoCaseIsCountedTwice() throws IOException {
        sample.awaitIndexed();
        ObjectMapper json = new ObjectMapper();
        int pairs = 0;
        try (Stream<Path> files = Files.list(GENERATED)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                GroundTruth gt = json.readValue(p.toFile(), GroundTruth.class);
                if (gt.relations() == null) {
                    continue;
                }
                for (GroundTruth.Relation rel : gt.relations()) {
                    GroundTruth other = json.readValue(GENERATED.resolve(rel.target() + ".json").toFile(), GroundTruth.class);
                    assertEquals(reviewOf(other.file()), reviewOf(gt.file()),
                            gt.file() + " (" + rel.type() + " " + other.file() + ") is on the same review");
                    pairs++;
                }
            }
        }
        assertTrue(pairs >= 2, "the sample has an executive summary and a re-published report");
    }

    private Long reviewOf(String fileName) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                select d.review.id from Document d join d.sightings s where s.fileName = :f""", Long.class)
                .setParameter("f", fileName).getResultStream().findFirst().orElse(null));
    }

    private static boolean tesseractInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "tesseract"))) {
                return true;
            }
        }
        return false;
    }

    private static void check(List<String> out, GroundTruth gt, String field, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(gt.file() + " [" + gt.style() + "]: " + field + " expected '" + expected + "' but was '" + actual + "'");
        }
    }
}
