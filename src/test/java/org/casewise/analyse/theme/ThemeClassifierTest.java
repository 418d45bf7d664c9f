package org.casewise.analyse.theme;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casewise.analyse.section.Section;
import org.casewise.analyse.text.PreparedText;
import org.casewise.analyse.text.TextPreparer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeClassifierTest {

    static ThemeClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = ThemeClassifier.load();
    }

    /** A small hand-written review: what it evidences, where, and what it only rules out or names in scope. */
    private static final String TOR = """
            Terms of reference
            The review considered whether agencies understood the risks of sexual abuse, online harm and \
            fabricated or induced illness. Key lines of enquiry included information sharing.
            """;
    private static final String CHRONOLOGY = """
            Chronology
            In March 2019 police attended the flat after neighbours heard shouting; Ms B had a cut lip and a \
            swollen eye and said her partner had hit her. Two weeks later officers were called again when Mr T \
            threw a chair at her while the baby was in the room. Ms B told the health visitor she was frightened \
            of his temper and had moved to her sister's for a night. A MARAC referral was made but the risk was \
            graded as standard. Mr T was drinking heavily most days and smelled of alcohol at two home visits. \
            He told his GP he used cocaine at weekends and was referred to the drug and alcohol service, \
            which he did not attend.
            """;
    private static final String ANALYSIS = """
            Analysis
            There was no evidence that either child had been sexually abused. The domestic abuse was treated \
            as a series of separate incidents rather than a pattern of coercive and violent behaviour. \
            Mr T's drinking and drug use were not considered alongside the violence when the case was assessed.
            """;

    private static PreparedText report() {
        return TextPreparer.create().prepare(TOR + "\n" + CHRONOLOGY + "\n" + ANALYSIS);
    }

    private static List<Section> sections(PreparedText p) {
        int a = p.text().indexOf("Chronology");
        int b = p.text().indexOf("Analysis");
        return List.of(new Section("terms-of-reference", "Terms of reference", 0, a),
                new Section("chronology", "Chronology", a, b),
                new Section("analysis", "Analysis", b, p.text().length()));
    }

    @Test
    void reportLevelThemesWithEvidence() {
        PreparedText p = report();
        List<ThemeFinding> findings = classifier.classify(p, sections(p));
        List<String> ids = findings.stream().map(ThemeFinding::id).toList();
        assertThat(ids, hasItem("domestic-abuse"));
        assertThat(ids, hasItem("parental-substance-misuse"));
        // only ruled out or named in the terms of reference
        assertThat(ids, not(hasItem("sexual-abuse")));
        assertThat(ids, not(hasItem("fabricated-induced-illness")));
        assertThat(ids, not(hasItem("online-harm")));
        ThemeFinding da = findings.stream().filter(f -> f.id().equals("domestic-abuse")).findFirst().orElseThrow();
        assertTrue(da.score() > 0 && da.score() <= 1);
        assertFalse(da.evidence().isEmpty());
        assertTrue(da.evidence().size() <= 3);
        List<String> evidenceSections = da.evidence().stream().map(Evidence::section).toList();
        assertThat(evidenceSections, everyItem(not(containsString("terms-of-reference"))));
        assertThat(evidenceSections, hasItem("chronology"));
        for (int i = 1; i < findings.size(); i++) {
            assertTrue(findings.get(i - 1).score() >= findings.get(i).score(), "best first");
        }
    }

    @Test
    void withoutSectionsEvidenceIsOther() {
        List<ThemeFinding> findings = classifier.classify(report(), List.of());
        assertFalse(findings.isEmpty());
        findings.forEach(f -> f.evidence().forEach(e -> assertTrue(e.section().equals("other"))));
    }

    @Test
    void passageScores() {
        Set<String> labels = classifier.labelsOf("Police attended an argument at the flat and mother had a cut lip. "
                + "Father said he had been drinking since lunchtime.");
        assertThat(labels, hasItem("domestic-abuse"));
        assertThat(classifier.scorePassage("anything").keySet(), hasItem("covid-19"));
    }

    @Test
    void refusesAModelTrainedOnOtherRules() throws Exception {
        byte[] themes;
        try (InputStream in = ThemeClassifier.class.getResourceAsStream(ThemeClassifier.THEMES)) {
            themes = in.readAllBytes();
        }
        byte[] model;
        try (InputStream in = ThemeClassifier.class.getResourceAsStream(ThemeClassifier.MODEL)) {
            model = in.readAllBytes();
        }
        byte[] edited = new String(themes, StandardCharsets.UTF_8).replace("\"bruis*\"", "\"bruise*\"")
                .getBytes(StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ThemeClassifier.load(edited, new ByteArrayInputStream(model)));
        assertThat(e.getMessage(), containsString("./casewise train"));
        ThemeClassifier.load(themes, new ByteArrayInputStream(model));
    }

    @Test
    void trainingIsDeterministic(@TempDir Path dir) throws Exception {
        // a small labelled set keeps the test quick; determinism does not depend on size
        Path labelled = Files.createDirectories(dir.resolve("labelled"));
        for (String split : List.of("train", "dev")) {
            List<String> lines = Files.readAllLines(Path.of("datasets/labelled/" + split + ".jsonl"));
            List<String> some = new ArrayList<>(lines.subList(0, Math.min(lines.size(), 150)));
            Files.write(labelled.resolve(split + ".jsonl"), some);
        }
        Path themes = Path.of("index-config/themes.json");
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        // and a few development reports for the report stage, with their ground truth
        Path reports = Files.createDirectories(dir.resolve("reports"));
        String[] texts = {TOR + "\n" + CHRONOLOGY + "\n" + ANALYSIS, CHRONOLOGY, ANALYSIS, TOR,
            CHRONOLOGY + "\n" + ANALYSIS, TOR + "\n" + ANALYSIS};
        for (int i = 0; i < texts.length; i++) {
            Files.writeString(reports.resolve("r" + i + ".txt.txt"), "#TITLEPROP Review " + i + "\n" + texts[i]);
            String themesOf = texts[i].contains("police attended")
                    ? "[{\"id\": \"domestic-abuse\"}, {\"id\": \"parental-substance-misuse\"}]" : "[]";
            Files.writeString(reports.resolve("r" + i + ".json"), "{\"themes\": " + themesOf + "}");
        }
        List<ThemeTrainer.Reports> dev = List.of(new ThemeTrainer.Reports(reports, reports));
        ThemeTrainer.train(labelled, themes, dev, dir.resolve("a.json"), LocalDate.of(2026, 1, 1), quiet);
        ThemeTrainer.train(labelled, themes, dev, dir.resolve("b.json"), LocalDate.of(2026, 1, 1), quiet);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.json")), Files.readAllBytes(dir.resolve("b.json")));
        assertThat(Files.readString(dir.resolve("a.json")), containsString("\"report\": {\"stats\""));
        try (InputStream in = Files.newInputStream(dir.resolve("a.json"))) {
            ThemeClassifier c = ThemeClassifier.load(Files.readAllBytes(themes), in);
            assertTrue(c.version().startsWith("themes-" + ModelFile.VERSION + ":"));
        }
    }
}
