package org.casewise.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.casewise.index.engine.OpenSearchNodeProcess;
import org.casewise.testing.PackagedService;
import org.casewise.testing.TestNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service on its embedded default, as {@code ./casewise up} runs it: it starts its own
 * OpenSearch child node and ingests the sample corpus; after {@code kill -9} no node is left behind;
 * a restart on the same data directory finds all its data again; a normal stop stops the node.
 */
class EmbeddedLifecycleIT {

    private static final String SAMPLE = "-Dcasewise.sample.dir=datasets/sample";

    private final PackagedService service = new PackagedService();

    @AfterEach
    void killLeftovers() {
        service.close();
    }

    @Test
    void embeddedDefaultOwnsItsSearchNodeAndKeepsDataAcrossRestarts() throws Exception {
        Path data = TestNode.freshDir("it-data");
        int port = OpenSearchNodeProcess.freePort();
        int enginePort = OpenSearchNodeProcess.freePort();

        Process first = service.launch(data, port, enginePort, SAMPLE);
        service.awaitReady(port, first);
        // Ready once the sample is ingested; the last reviews reach the index within a reconcile interval.
        await("index caught up").atMost(Duration.ofSeconds(30))
                .until(() -> service.get(port, "/api/v1/index/status").path("pending").asLong() == 0);
        JsonNode status = service.get(port, "/api/v1/index/status");
        long reviews = status.path("reviews").asLong();
        assertTrue(reviews >= 40, "sample corpus ingested: " + status);
        // The packaged service does not force a refresh per write, so a document the index has
        // acknowledged becomes searchable within the engine's refresh interval (1 s), not at once.
        await("search sees the sample").atMost(Duration.ofSeconds(15))
                .until(() -> service.get(port, "/api/v1/reviews?q=neglect").path("total").asLong() > 0);

        List<ProcessHandle> nodes = first.descendants().filter(h -> h.info().commandLine()
                .map(c -> c.contains("OpenSearchNodeMain")).orElse(false)).toList();
        assertEquals(1, nodes.size(), "one OpenSearch child node");
        ProcessHandle node = nodes.get(0);
        // The search node and the extraction workers: none may outlive the service.
        List<ProcessHandle> children = first.descendants().toList();

        first.destroyForcibly(); // SIGKILL: no shutdown hook runs in the service
        first.waitFor();
        await("the orphaned node exits by itself").atMost(Duration.ofSeconds(30)).until(() -> !node.isAlive());
        await("no child process outlives the service").atMost(Duration.ofSeconds(30))
                .until(() -> children.stream().noneMatch(ProcessHandle::isAlive));

        Process second = service.launch(data, port, enginePort, SAMPLE);
        service.awaitReady(port, second);
        JsonNode after = service.get(port, "/api/v1/index/status");
        assertEquals(reviews, after.path("reviews").asLong(), "same reviews after restart, none ingested twice");
        assertTrue(service.get(port, "/api/v1/reviews?q=neglect").path("total").asLong() > 0);

        List<ProcessHandle> secondNodes = second.descendants().toList();
        second.destroy(); // SIGTERM: a normal stop
        second.waitFor();
        await("the node stops with the service").atMost(Duration.ofSeconds(40))
                .until(() -> secondNodes.stream().noneMatch(ProcessHandle::isAlive));
        assertFalse(second.isAlive());
    }
}
