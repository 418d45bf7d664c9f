package org.casewise.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.casewise.store.Document;
import org.casewise.store.DocumentStatus;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.junit.jupiter.api.Test;

/**
 * The first metadata pass against the sample corpus's ground truth (datasets/sample/written/expected.csv):
 * every file ingested, and board, nation, region, year, review type and visibility as labelled.
 */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class SampleMetadataTest {

    @Inject
    SampleCorpus sample;

    @Inject
    EntityManager em;

    @Test
    void sampleCorpusMetadataMatchesGroundTruth() throws IOException {
        sample.awaitIndexed();
        List<CSVRecord> expected;
        try (Reader r = Files.newBufferedReader(Path.of("datasets/sample/written/expected.csv"))) {
            expected = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        assertTrue(expected.size() >= 12, "at least 12 sample reports");
        List<String> mismatches = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (CSVRecord row : expected) {
                String file = row.get("file");
                Document d = em.createQuery("select d from Document d left join fetch d.review where d.originalFilename = :f",
                        Document.class).setParameter("f", file).getResultStream().findFirst().orElse(null);
                if (d == null || d.status != DocumentStatus.ANALYSED) {
                    mismatches.add(file + ": not analysed (" + (d == null ? "missing" : d.failureReason) + ")");
                    continue;
                }
                var review = d.review;
                check(mismatches, file, "board", placeOf(row.get("board")), review.boardId == null ? "" : review.boardId);
                check(mismatches, file, "nation", row.get("nation"), nz(review.nation));
                check(mismatches, file, "region", row.get("region"), nz(review.region));
                check(mismatches, file, "year", row.get("year"), review.publicationYear == null ? "" : review.publicationYear.toString());
                check(mismatches, file, "reviewType", row.get("reviewType"), nz(review.reviewType));
                check(mismatches, file, "visibility", row.get("visibility"), review.visibility.name().toLowerCase(Locale.ROOT));
            }
        });
        assertEquals(List.of(), mismatches);
    }

    @Inject
    BoardRegistry boards;

    /** expected.csv names the board by its place; the registry resolves it to an id. */
    private String placeOf(String place) {
        return boards.resolve(place).map(Board::id).orElse("unresolved:" + place);
    }

    private static void check(List<String> out, String file, String field, String expected, String actual) {
        if (!expected.equals(actual)) {
            out.add(file + ": " + field + " expected '" + expected + "' but was '" + actual + "'");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
