package org.casewise.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.ReportAnalyser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated reports read by a person, scored with the real analyser. */
class GeneratedReadingTest {

    static ReportAnalyser analyser;

    @BeforeAll
    static void load() {
        analyser = ReportAnalyser.create(BoardRegistry.bundled());
    }

    @Test
    void theReaderTheGeneratorAndTheAnalyserAreScoredAgainstEachOther(@TempDir Path dir) throws Exception {
        Path reading = Files.createDirectories(dir.resolve("generated-reading"));
        Files.writeString(reading.resolve("cw-1.txt"), """
                Serious Case Review: Child A

                Introduction
                Child A, aged two, was admitted to hospital in March 2019 with a fractured skull and bruising to her face.
                Her mother's partner had convictions for violence against a previous partner and the police had attended
                the home four times after reports of domestic abuse. Nobody asked who was living in the household.
                """);
        // the generator counted one theme; the reader found it and two more
        Files.writeString(reading.resolve("labels.jsonl"), "{\"id\":\"cw-1\",\"source\":\"cw-1.pdf\","
                + "\"generator\":[\"physical-abuse\"],\"reader\":[\"physical-abuse\",\"domestic-abuse\",\"unknown-men\"]}\n");

        GeneratedReading g = GeneratedReading.run(analyser, dir).orElseThrow();

        assertEquals(1, g.reports());
        assertEquals(new ThemeScores.Counts(1, 2, 0), g.readerVsGenerator().total());
        assertEquals(3.0, g.readerThemes());
        assertEquals(1.0, g.generatorThemes());
        ThemeScores.Counts a = g.analyserVsReader().total();
        assertEquals(3, a.tp() + a.fn(), "the reader's three themes are the truth");
        assertEquals(g.analyserThemes(), a.tp() + a.fp(), 1e-9);
        String md = g.markdown();
        assertTrue(md.contains("| reader | generator's truth | 0.333 | 1.000 | 0.500 |"), md);
        assertTrue(md.contains("the generator's truth is incomplete"), md);
    }

    @Test
    void aTruthTheReaderAgreesWithIsSaidToBeFair(@TempDir Path dir) throws Exception {
        Path reading = Files.createDirectories(dir.resolve("generated-reading"));
        Files.writeString(reading.resolve("cw-2.txt"), "Child B was neglected.\n");
        Files.writeString(reading.resolve("labels.jsonl"), "{\"id\":\"cw-2\",\"source\":\"cw-2.pdf\","
                + "\"generator\":[\"neglect\",\"poverty-housing\"],\"reader\":[\"neglect\",\"poverty-housing\"]}\n");

        String md = GeneratedReading.run(analyser, dir).orElseThrow().markdown();

        assertTrue(md.contains("agree at micro-F1 1.000"), md);
        assertTrue(!md.contains("incomplete"), md);
    }

    @Test
    void withoutAReadingThereIsNoSection(@TempDir Path dir) throws Exception {
        assertEquals(Optional.empty(), GeneratedReading.run(analyser, dir));
    }
}
