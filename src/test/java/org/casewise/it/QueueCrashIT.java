package org.casewise.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.casewise.dataset.generate.CorpusGenerator;
import org.casewise.index.engine.OpenSearchNodeProcess;
import org.casewise.testing.PackagedService;
import org.casewise.testing.TestNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service killed with SIGKILL in the middle of ingesting a folder source, then
 * restarted on the same data: every file ends processed, each exactly once (one document per
 * distinct content, stored once, analysed once, no item left in flight).
 */
class QueueCrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REPORTS = 60;
    private final PackagedService service = new PackagedService();

    @AfterEach
    void killLeftovers() {
        service.close();
    }

    @Test
    void aRunKilledHalfwayEndsWithEveryDocumentProcessedExactlyOnce() throws Exception {
        Path data = TestNode.freshDir("crash-data");
        Path corpus = data.resolve("corpus");
        new CorpusGenerator(new CorpusGenerator.Options(REPORTS, 4242, corpus, List.of("pdf", "docx", "html"), true, 0, 2))
                .generate(i -> { });
        Path sources = data.resolve("sources.json");
        Files.writeString(sources, """
                {"sources": [{"code": "inbox", "name": "Crash test inbox", "kind": "folder", "location": "%s"}]}"""
                .formatted(corpus.toAbsolutePath().toString().replace("\\", "\\\\")));
        Set<String> distinct = new HashSet<>();
        List<Path> corpusFiles;
        try (Stream<Path> list = Files.list(corpus)) {
            corpusFiles = list.filter(p -> p.toString().matches(".*\\.(pdf|docx|html)$")).toList();
        }
        for (Path f : corpusFiles) {
            distinct.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
        }
        int files = corpusFiles.size();
        int port = OpenSearchNodeProcess.freePort();
        int enginePort = OpenSearchNodeProcess.freePort();

        Process first = service.launch(data, port, enginePort, options(sources));
        service.awaitReady(port, first);
        post(port, "/api/v1/sources/inbox/crawl");
        // Kill it while some items are done and others are still queued or in a step.
        await("part of the folder processed").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> settled(port) >= 8);
        first.destroyForcibly();
        first.waitFor();

        Process second = service.launch(data, port, enginePort, options(sources));
        service.awaitReady(port, second);
        await("every item settled after the restart").atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1))
                .until(() -> settled(port) == files);

        JsonNode items = JSON.readTree(service.send(port, "GET", "/api/v1/sources/inbox/items?limit=1000").body());
        assertEquals(files, items.size(), "one item per file");
        Set<Long> documents = new HashSet<>();
        for (JsonNode item : items) {
            assertTrue(item.path("documentId").isNumber(), "every file has its document: " + item);
            documents.add(item.path("documentId").asLong());
        }
        assertEquals(distinct.size(), documents.size(), "one document per distinct content, none twice");
        int checked = 0;
        for (Long id : documents) {
            HttpResponse<String> r = service.send(port, "GET", "/api/v1/documents/" + id + "/history");
            if (r.statusCode() == 404) {
                continue; // a restricted draft: its history is not shown to anonymous callers
            }
            JsonNode history = JSON.readTree(r.body());
            assertEquals(1, count(history, "STORED"), "stored once: " + history);
            String status = history.path("status").asText();
            if (status.equals("ANALYSED")) {
                assertEquals(1, count(history, "ANALYSED"), "analysed once: " + history);
                assertEquals(1, count(history, "EXTRACTED"), "extracted once: " + history);
            }
            checked++;
        }
        assertTrue(checked > REPORTS / 2, "histories checked: " + checked);
    }

    /** Document-level events (the work item's own events carry its id) in a given state. */
    private static long count(JsonNode history, String state) {
        long n = 0;
        for (JsonNode e : history.path("events")) {
            if (e.path("state").asText().equals(state) && e.path("workItemId").isNull()) {
                n++;
            }
        }
        return n;
    }

    private long settled(int port) throws Exception {
        JsonNode source = JSON.readTree(service.send(port, "GET", "/api/v1/sources/inbox").body());
        JsonNode byState = source.path("items");
        long pending = byState.path("queued").asLong() + byState.path("fetched").asLong() + byState.path("extracted").asLong();
        long all = 0;
        for (JsonNode n : byState) {
            all += n.asLong();
        }
        return all - pending;
    }

    private void post(int port, String path) throws Exception {
        HttpResponse<String> r = service.send(port, "POST", path);
        assertEquals(202, r.statusCode(), path + " -> " + r.body());
    }

    private static String[] options(Path sources) {
        return new String[] {"-Dcasewise.sample.ingest-on-empty=false", "-Dcasewise.sources.file=" + sources,
            "-Dcasewise.sources.schedules=false"};
    }
}
