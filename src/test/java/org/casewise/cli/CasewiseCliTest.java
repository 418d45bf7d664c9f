package org.casewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.casewise.testing.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command-line client, run in-process against the test service over real HTTP. */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class CasewiseCliTest {

    @Inject
    SampleCorpus sample;

    @TempDir
    Path dir;

    @BeforeEach
    void collectionIsReady() {
        sample.awaitIndexed();
    }

    /** One run of the CLI: its exit code and what it printed. */
    record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new CasewiseCli())
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        List<String> all = new ArrayList<>(List.of(args));
        // Options after the subcommand, as the launcher passes them.
        all.add(1, "--url=http://localhost:" + RestAssured.port);
        return new Run(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    /** A report whose bytes no other test (or earlier run) has sent, so it is new to the service. */
    private static String marker() {
        return "Reference " + UUID.randomUUID();
    }

    @Test
    void sourcesAsJsonIsTheApisArray() throws IOException {
        Run run = cli("sources", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode sources = run.json();
        assertTrue(sources.isArray(), run.out());
        List<String> codes = new ArrayList<>();
        sources.forEach(s -> codes.add(s.path("code").asText()));
        assertTrue(codes.contains("nspcc-repository"), codes.toString());

        Run table = cli("sources");
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().startsWith("CODE"), table.out());
        assertTrue(table.out().contains("nspcc-repository  national-repository  no"), table.out());
    }

    @Test
    void aFolderIsAnalysedThenRecognisedAsDuplicates() throws IOException {
        Files.write(dir.resolve("child-a.pdf"), TestFiles.pdf(null, "Leeds Safeguarding Children Partnership",
                "Local Child Safeguarding Practice Review: Child A", "Published June 2021", marker()));
        Path sub = Files.createDirectories(dir.resolve("more"));
        Files.write(sub.resolve("child-b.docx"), TestFiles.docx("Kent Safeguarding Children Board",
                "Serious Case Review: Child B", "Published March 2015", marker()));
        // Hidden files are never reports: skipped, so they neither count nor fail.
        Files.writeString(dir.resolve(".DS_Store"), "not a report");

        Run first = cli("ingest", dir.toString());
        assertEquals(0, first.exit(), first.out() + first.err());
        assertTrue(first.out().contains("2 inputs: 2 analysed, 0 duplicate, 0 failed, 0 rejected"), first.out());

        Run again = cli("ingest", "--json", dir.toString());
        assertEquals(0, again.exit(), again.out() + again.err());
        JsonNode results = again.json();
        assertEquals(2, results.size(), again.out());
        // Sorted by path: the folder's own file before the subfolder's.
        assertEquals(dir.resolve("child-a.pdf").toString(), results.get(0).path("input").asText());
        for (JsonNode r : results) {
            assertEquals(200, r.path("httpStatus").asInt(), r.toString());
            assertTrue(r.path("duplicate").asBoolean(), r.toString());
            assertEquals("ANALYSED", r.path("status").asText(), r.toString());
            assertTrue(r.path("documentId").asLong() > 0, r.toString());
        }
        Run summary = cli("ingest", dir.toString());
        assertTrue(summary.out().contains("2 inputs: 0 analysed, 2 duplicate, 0 failed, 0 rejected"), summary.out());
    }

    @Test
    void aCorruptFileIsKeptAndReportedAsFailed() throws IOException {
        Path corrupt = dir.resolve("x.pdf");
        Files.write(corrupt, TestFiles.randomBytes(4096, UUID.randomUUID().getMostSignificantBits()));

        Run run = cli("ingest", corrupt.toString());
        assertEquals(0, run.exit(), "the service accepted the file, so nothing was rejected: " + run.out() + run.err());
        assertTrue(run.out().contains("1 failed"), run.out());
        assertTrue(run.out().contains(corrupt + ": FAILED: "), run.out());
    }

    @Test
    void crawlingAnUnknownSourceShowsTheProblem() {
        Run run = cli("crawl", "no-such-source");
        assertEquals(CasewiseCli.EXIT_SERVICE, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("HTTP 404: no source with code 'no-such-source'"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aPrivateAddressIsRejectedWithTheParameterNamed() throws IOException {
        Run run = cli("ingest", "http://10.0.0.1/x.pdf");
        assertEquals(CasewiseCli.EXIT_INCOMPLETE, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("1 rejected"), run.out());
        assertTrue(run.out().contains("http://10.0.0.1/x.pdf: HTTP 400: ") && run.out().contains("(parameter: url)"),
                run.out());

        JsonNode json = cli("ingest", "--json", "http://10.0.0.1/x.pdf").json();
        assertEquals(400, json.get(0).path("httpStatus").asInt());
        assertTrue(json.get(0).path("reason").asText().endsWith("(parameter: url)"), json.toString());
    }

    @Test
    void filesOverTheLimitsAreRejectedAndTheRestStillSent() throws IOException {
        // Over the service's file limit (3 MB in tests): its own 413 problem naming the part.
        Path large = Files.write(dir.resolve("large.pdf"), TestFiles.randomBytes(4 * 1024 * 1024, 1));
        // Over the HTTP body limit (10 MB in tests): refused before the body is read.
        Path huge = Files.write(dir.resolve("huge.pdf"), TestFiles.randomBytes(12 * 1024 * 1024, 2));
        Path small = Files.write(dir.resolve("small.pdf"), TestFiles.pdf(null, "Serious Case Review: Child S", marker()));

        Run run = cli("ingest", "--json", large.toString(), huge.toString(), small.toString());
        assertEquals(CasewiseCli.EXIT_INCOMPLETE, run.exit(), run.out() + run.err());
        JsonNode results = run.json();
        assertEquals(413, results.get(0).path("httpStatus").asInt(), results.toString());
        assertTrue(results.get(0).path("reason").asText().endsWith("(parameter: file)"), results.toString());
        assertEquals(413, results.get(1).path("httpStatus").asInt(), results.toString());
        assertEquals("ANALYSED", results.get(2).path("status").asText(), results.toString());
    }

    @Test
    void anUnreachableServiceIsOneLineAndExitCodeTwo() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new CasewiseCli()).setErr(new PrintWriter(err, true))
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .execute("sources", "--url", "http://127.0.0.1:" + closedPort);
        assertEquals(CasewiseCli.EXIT_SERVICE, exit);
        assertEquals("Casewise is not reachable at http://127.0.0.1:" + closedPort + ": start it with ./casewise up",
                err.toString().strip());
    }
}
