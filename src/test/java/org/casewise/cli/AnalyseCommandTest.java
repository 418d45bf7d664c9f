package org.casewise.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./casewise analyse --json} in-process: real files (the written sample's PDF, DOCX and HTML,
 * plain text and Markdown written here, a corrupt PDF), one JSON element per file in the documented
 * shape, nulls for what a report does not state, and a reason for a file that cannot be read.
 */
class AnalyseCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new OfflineCli());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void foldersAndFilesOfEveryFormatGiveOneElementEach(@TempDir Path dir) throws Exception {
        Path txt = dir.resolve("briefing.txt");
        Files.writeString(txt, """
                Seven Minute Briefing: Child K
                Kent Safeguarding Children Multi-Agency Partnership
                Published March 2022

                Background
                Child K, aged 15, was reported missing from home eleven times in six months and was found \
                in another county with cash and two phones. Police treated the episodes as absences and no \
                return home interviews were completed.

                Recommendations
                1. Kent Police should treat repeated missing episodes as a possible sign of criminal exploitation.
                2. The partnership should audit return home interviews for children missing more than three times.
                """);
        Path md = dir.resolve("notes.md");
        Files.writeString(md, "# Notes\n\nA short note with nothing in it about any child or any review.\n");
        Path corrupt = dir.resolve("broken.pdf");
        Files.write(corrupt, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer".getBytes());
        Path hidden = dir.resolve(".hidden.txt");
        Files.writeString(hidden, "not analysed");

        Run run = run("analyse", "--json", "datasets/sample/written/11-child-b-lcspr.pdf",
                "datasets/sample/written/04-child-s-serious-case-review.docx",
                "datasets/sample/written/10-child-z-lcspr.html", dir.toString());
        assertEquals(1, run.exit(), "exit 1: one file could not be read\n" + run.err());
        JsonNode results = new ObjectMapper().readTree(run.out());
        assertTrue(results.isArray());
        List<String> files = new ArrayList<>();
        results.forEach(r -> files.add(r.get("file").asText()));
        assertEquals(6, results.size(), "three named files and three in the folder (not the hidden one): " + files);

        JsonNode lcspr = results.get(0);
        for (String field : List.of("title", "board", "nation", "region", "reviewType", "methodology", "publicationYear",
                "incidentYear", "children", "outcome", "agencies", "authors", "status")) {
            assertTrue(lcspr.get("metadata").has(field), "metadata." + field + " is present, null or not");
        }
        assertEquals("lcspr", lcspr.at("/metadata/reviewType").asText());
        assertThat(lcspr.get("themes").size(), greaterThan(0));
        JsonNode first = lcspr.get("themes").get(0);
        assertTrue(first.has("id") && first.has("score") && first.get("evidence").size() > 0);
        assertTrue(first.get("evidence").get(0).has("section"));
        assertThat(lcspr.get("sections").size(), greaterThan(1));
        JsonNode section = lcspr.get("sections").get(0);
        assertTrue(section.has("name") && section.has("start") && section.has("end"));
        assertThat(lcspr.get("recommendations").size(), greaterThan(0));

        JsonNode briefing = byFile(results, "briefing.txt");
        assertEquals(2, briefing.get("recommendations").size(), briefing.toPrettyString());
        assertEquals("1", briefing.at("/recommendations/0/number").asText());
        assertEquals("kent", briefing.at("/metadata/board").asText());
        assertEquals("11-15", briefing.at("/metadata/children/0/ageBand").asText());
        // A short text is judged as one passage; its themes still carry evidence from the text itself.
        List<String> briefingThemes = new ArrayList<>();
        briefing.get("themes").forEach(t -> briefingThemes.add(t.get("id").asText()));
        assertTrue(briefingThemes.contains("missing-from-home") || briefingThemes.contains("criminal-exploitation"),
                "a child missing eleven times and found far away with cash and phones: " + briefingThemes);
        String briefingText = Files.readString(txt).replaceAll("\\s+", " ");
        briefing.get("themes").forEach(t -> t.get("evidence").forEach(e -> assertTrue(
                briefingText.contains(e.get("text").asText().replaceAll("\\s+", " ")), "evidence from the file: " + e)));

        JsonNode notes = byFile(results, "notes.md");
        assertTrue(notes.at("/metadata/board").isNull(), "a board is null when not stated, never a guess");
        assertTrue(notes.at("/metadata/outcome").isNull());
        assertEquals(0, notes.get("themes").size());

        JsonNode broken = byFile(results, "broken.pdf");
        assertThat(broken.get("error").asText(), containsString("pdf"));
        assertFalse(run.out().contains(".hidden.txt"));
    }

    @Test
    void humanReadableOutputAndClearErrors() {
        Run ok = run("analyse", "datasets/sample/written/07-baby-h-child-practice-review.docx");
        assertEquals(0, ok.exit(), ok.err());
        assertThat(ok.out(), containsString("themes:"));
        assertThat(ok.out(), containsString("child-practice-review"));

        Run missing = run("analyse", "no/such/file.pdf");
        assertEquals(2, missing.exit());
        assertThat(missing.err(), containsString("no such file or folder"));

        Run badBoard = run("analyse", "--board", "atlantis", "datasets/sample/written/07-baby-h-child-practice-review.docx");
        assertEquals(2, badBoard.exit());
        assertThat(badBoard.err(), containsString("atlantis"));
    }

    private static JsonNode byFile(JsonNode results, String suffix) {
        for (JsonNode r : results) {
            if (r.get("file").asText().endsWith(suffix)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + suffix);
    }
}
