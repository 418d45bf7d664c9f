package org.casewise.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.casewise.dataset.model.GroundTruth;

/**
 * A small corpus for the simulated web, shaped like the dataset tests' TinyCorpus (which is
 * package-private there): boards by report count leeds 4 (LIST), birmingham 2 (TABLE, the slow
 * host), cornwall 2 (YEARS, whose newest year page fails once with 500), kent 2 (FEED: BadBot
 * banned, old URLs answer 301) and norfolk 1 (REDIRECT: downloads answer 302). The files are
 * random bytes: the fetcher never parses them, and the web serves them by extension.
 */
final class FetchCorpus {

    static final String LEEDS_PDF = "01-leeds-child-a";
    static final String LEEDS_BIG_PDF = "02-leeds-family-b";
    static final int BIG_SIZE = 300_000;
    static final String CORNWALL_NEWEST_YEAR = "2023";
    static final String KENT_OLD = "09-kent-child-j";
    static final String NORFOLK = "11-norfolk-child-k";

    private FetchCorpus() {
    }

    static void write(Path dir) throws IOException {
        report(dir, LEEDS_PDF, "pdf", "leeds", 2024, 40_000);
        report(dir, LEEDS_BIG_PDF, "pdf", "leeds", 2021, BIG_SIZE);
        report(dir, "03-leeds-child-c", "html", "leeds", 2020, 2_000);
        report(dir, "04-leeds-held-back", "html", "leeds", 2025, 1_000); // LIST holds its newest back until epoch 2
        report(dir, "05-birmingham-child-e", "pdf", "birmingham", 2023, 5_000);
        report(dir, "06-birmingham-child-f", "html", "birmingham", 2020, 1_000);
        report(dir, "07-cornwall-baby-g", "pdf", "cornwall", 2023, 5_000);
        report(dir, "08-cornwall-child-h", "pdf", "cornwall", 2019, 5_000);
        report(dir, "10-kent-child-i", "html", "kent", 2022, 1_000);
        report(dir, KENT_OLD, "pdf", "kent", 2016, 5_000);
        report(dir, NORFOLK, "pdf", "norfolk", 2018, 5_000);
    }

    private static void report(Path dir, String id, String format, String board, int year, int size) throws IOException {
        GroundTruth truth = new GroundTruth(id, id + "." + format, format, "Review " + id,
                new GroundTruth.BoardRef(board, board + " Safeguarding Children Partnership"), true, "england",
                "north", "lcspr", "concise", "classic", year, year + "-06-01", year - 1, "public", "death",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, 1);
        byte[] bytes;
        if (format.equals("html")) {
            bytes = ("<!DOCTYPE html><html><body><h1>" + id + "</h1><p>" + "Report text. ".repeat(size / 13)
                    + "</p></body></html>\n").getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = new byte[size];
            new Random(id.hashCode()).nextBytes(bytes);
        }
        Files.write(dir.resolve(truth.file()), bytes);
        new ObjectMapper().writeValue(dir.resolve(id + ".json").toFile(), truth);
    }
}
