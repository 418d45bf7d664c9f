package org.casewise.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.casewise.analyse.metadata.Child;
import org.casewise.analyse.theme.ThemeFinding;
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

    /** Themes about a child's age go when every subject child's stated age rules them out, and only then. */
    @Test
    void ageThemesAgreeWithTheChildrensAges() {
        List<ThemeFinding> found = List.of(theme("infants"), theme("adolescents"), theme("child-mental-health"), theme("neglect"));
        assertEquals(List.of("infants", "neglect"), ids(ReportAnalyser.agreeWithAges(found, List.of(child("under-1")))));
        assertEquals(List.of("infants", "neglect"), ids(ReportAnalyser.agreeWithAges(found, List.of(child("under-1"), child("1-4")))));
        assertEquals(List.of("child-mental-health", "neglect"), ids(ReportAnalyser.agreeWithAges(found, List.of(child("5-10")))));
        assertEquals(List.of("adolescents", "child-mental-health", "neglect"),
                ids(ReportAnalyser.agreeWithAges(found, List.of(child("16-17")))));
        // a sibling group spanning the ages keeps them all; an unknown age leaves every theme to the model
        assertEquals(4, ReportAnalyser.agreeWithAges(found, List.of(child("under-1"), child("11-15"))).size());
        assertEquals(4, ReportAnalyser.agreeWithAges(found, List.of(child("under-1"), child(null))).size());
    }

    private static ThemeFinding theme(String id) {
        return new ThemeFinding(id, 0.9, List.of());
    }

    private static Child child(String band) {
        return new Child("Child A", null, band, null);
    }

    private static List<String> ids(List<ThemeFinding> found) {
        return found.stream().map(ThemeFinding::id).toList();
    }
}
