package org.casewise.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.tika.parser.AutoDetectParser;
import org.casewise.extract.ExtractedText;
import org.casewise.extract.TextExtractor;
import org.junit.jupiter.api.Test;

/** The timed analysis the benchmark uses is the same analysis, with a time for every stage. */
class ReportAnalyserTest {

    @Test
    void stageTimesCoverEveryStageAndChangeNothing() throws Exception {
        ReportAnalyser analyser = ReportAnalyser.create(BoardRegistry.bundled());
        Path file;
        try (var files = Files.list(Path.of("datasets/sample/written"))) {
            file = files.filter(f -> f.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
        ExtractedText text = TextExtractor.parseInProcess(new AutoDetectParser(), file, file.getFileName().toString(), 5_000_000);
        ReportAnalysis plain = analyser.analyse(text, file.getFileName().toString(), Optional.empty());
        long[] stages = new long[ReportAnalyser.STAGES.size()];
        long t0 = System.nanoTime();
        ReportAnalysis timed = analyser.analyse(text, file.getFileName().toString(), Optional.empty(), stages);
        long elapsed = System.nanoTime() - t0;
        assertEquals(plain.metadata(), timed.metadata());
        assertEquals(plain.themes(), timed.themes());
        assertEquals(plain.sections(), timed.sections());
        long sum = 0;
        for (int k = 0; k < stages.length; k++) {
            assertTrue(stages[k] > 0, ReportAnalyser.STAGES.get(k) + " was not timed");
            sum += stages[k];
        }
        assertTrue(sum <= elapsed, "stage times add up to more than the whole");
    }
}
