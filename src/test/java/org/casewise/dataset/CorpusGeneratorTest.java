package org.casewise.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.casewise.analyse.Board;
import org.casewise.analyse.BoardRegistry;
import org.casewise.dataset.generate.CorpusGenerator;
import org.casewise.dataset.model.GroundTruth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's promises: determinism, variety, ground truth that matches the text, every
 * awkward case present, and board names the registry resolves.
 */
class CorpusGeneratorTest {

    static final int REPORTS = 60;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path first;
    static List<GroundTruth> truths;

    @BeforeAll
    static void generate() throws IOException {
        first = tmp.resolve("a");
        new CorpusGenerator(new CorpusGenerator.Options(REPORTS, 7, first, List.of("pdf", "docx", "html"), true, 2, 2))
                .generate(i -> { });
        truths = new ArrayList<>();
        try (Stream<Path> files = Files.list(first)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                truths.add(JSON.readValue(p.toFile(), GroundTruth.class));
            }
        }
    }

    @Test
    void sameSeedGivesByteIdenticalGroundTruthWhateverTheThreads() throws IOException {
        Path second = tmp.resolve("b");
        new CorpusGenerator(new CorpusGenerator.Options(REPORTS, 7, second, List.of("pdf", "docx", "html"), true, 2, 1))
                .generate(i -> { });
        assertEquals(REPORTS, truths.size());
        for (GroundTruth gt : truths) {
            String name = gt.id() + ".json";
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
        assertArrayEquals(Files.readAllBytes(first.resolve("manifest.csv")), Files.readAllBytes(second.resolve("manifest.csv")));
    }

    @Test
    void reportsVaryInKindStyleAndFormat() {
        Set<String> styles = new HashSet<>();
        Set<String> types = new HashSet<>();
        Set<String> formats = new HashSet<>();
        for (GroundTruth gt : truths) {
            if (gt.style() != null) {
                styles.add(gt.style());
                types.add(gt.reviewType());
                formats.add(gt.format());
            }
        }
        assertTrue(styles.size() >= 6, "styles: " + styles);
        assertTrue(types.size() >= 6, "review types: " + types);
        assertEquals(Set.of("pdf", "docx", "html"), formats);
    }

    @Test
    void everyAwkwardCaseIsThere() {
        Map<String, GroundTruth> hostile = new HashMap<>();
        truths.stream().filter(gt -> gt.hostile() != null).forEach(gt -> hostile.put(gt.hostile().kind(), gt));
        assertEquals(Set.of("image-only-pdf", "truncated-pdf", "encrypted-pdf", "zip-bomb-docx", "empty",
                "extension-lies", "oversized"), hostile.keySet());
        assertEquals("analyse", hostile.get("extension-lies").hostile().expected());
        assertTrue(truths.stream().anyMatch(gt -> "restricted".equals(gt.visibility())), "a confidential draft");
        assertTrue(truths.stream().anyMatch(gt -> gt.board() != null && !gt.boardNamedInText() && gt.hostile() == null),
                "a report that never names its board");
        GroundTruth summary = truths.stream().filter(gt -> gt.relations() != null
                && gt.relations().get(0).type().equals("executive-summary-of")).findFirst().orElseThrow();
        assertEquals("executive-summary", summary.reviewType());
        GroundTruth copy = truths.stream().filter(gt -> gt.relations() != null
                && gt.relations().get(0).type().equals("same-report-as")).findFirst().orElseThrow();
        assertFileEquals(copy.file(), file(copy.relations().get(0).target()));
    }

    @Test
    void evidenceSentencesAreInTheExtractedTextAndBoardsResolve() throws Exception {
        BoardRegistry registry = BoardRegistry.bundled();
        AutoDetectParser parser = new AutoDetectParser();
        int checked = 0;
        for (GroundTruth gt : truths) {
            if (gt.hostile() != null || gt.style() == null) {
                continue;
            }
            Path file = first.resolve(gt.file());
            String text = normalise(gt.format().equals("pdf") ? pdfBodyText(file) : extract(parser, file));
            assertFalse(gt.themes().isEmpty(), gt.id() + " has themes");
            for (GroundTruth.Theme theme : gt.themes()) {
                for (String sentence : theme.evidence()) {
                    assertTrue(text.contains(normalise(sentence)), gt.id() + " " + theme.id() + ": '" + sentence + "' not in text");
                }
            }
            if (gt.boardNamedInText()) {
                String head = text.substring(0, Math.min(3000, text.length()));
                assertEquals(gt.board().id(), registry.find(head).map(Board::id).orElse(null),
                        gt.id() + " printed '" + gt.board().printedName() + "'");
                Board b = registry.byId(gt.board().id()).orElseThrow();
                assertEquals(b.nation(), gt.nation());
                assertEquals(b.region(), gt.region());
            } else if (gt.board() != null) {
                String name = registry.byId(gt.board().id()).orElseThrow().placeNames().get(0);
                assertFalse(text.contains(name + " Safeguarding"), gt.id() + " should not name its board");
            }
            checked++;
        }
        assertTrue(checked >= REPORTS - 15, "checked " + checked);
    }

    @Test
    void aSentenceCountsForEveryThemeItEvidencesAndAnEvidencedThemeIsNotRuledOut() {
        int shared = 0;
        for (GroundTruth gt : truths) {
            if (gt.themes() == null) {
                continue; // a hostile file: nothing to read
            }
            Set<String> themes = new HashSet<>();
            Map<String, Integer> sentenceThemes = new HashMap<>();
            for (GroundTruth.Theme theme : gt.themes()) {
                themes.add(theme.id());
                theme.evidence().forEach(s -> sentenceThemes.merge(s, 1, Integer::sum));
            }
            assertEquals(gt.themes().size(), themes.size(), gt.id() + " lists a theme twice");
            for (String ruledOut : gt.ruledOut()) {
                assertFalse(themes.contains(ruledOut), gt.id() + ": " + ruledOut + " is both evidenced and ruled out");
            }
            shared += (int) sentenceThemes.values().stream().filter(n -> n > 1).count();
        }
        // the phrase bank's 'also': a chronology entry about bruising at a child protection medical is
        // evidence of both themes, so many sentences are evidence of more than one
        assertTrue(shared >= REPORTS, "sentences evidencing more than one theme: " + shared);
    }

    private String file(String id) {
        return truths.stream().filter(gt -> gt.id().equals(id)).findFirst().orElseThrow().file();
    }

    private static void assertFileEquals(String a, String b) {
        try {
            assertArrayEquals(Files.readAllBytes(first.resolve(a)), Files.readAllBytes(first.resolve(b)), a + " vs " + b);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String extract(AutoDetectParser parser, Path file) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
        }
        return handler.toString();
    }

    /**
     * A PDF's text without the running header and footer, which would otherwise interrupt sentences
     * that cross a page break. The renderer draws them after the body, so in content order they are
     * the last two lines of every page.
     */
    static String pdfBodyText(Path pdf) throws IOException {
        StringBuilder out = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = new ArrayList<>(stripper.getText(doc).strip().lines().toList());
                if (lines.size() > 3) {
                    lines = lines.subList(0, lines.size() - 2);
                }
                out.append(String.join("\n", lines)).append('\n');
            }
        }
        return out.toString();
    }

    /** Line wrapping, hyphenation and typographic quotes differ between formats; words do not. */
    static String normalise(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replaceAll("\\s+", " ").strip();
    }
}
