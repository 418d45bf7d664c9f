package org.casewise.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.casewise.index.engine.OpenSearchNodeProcess;
import org.casewise.testing.TestNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service on its embedded default, as {@code ./casewise up} runs it: it starts its own
 * OpenSearch child node and ingests the sample corpus; after {@code kill -9} no node is left behind;
 * a restart on the same data directory finds all its data again; a normal stop stops the node.
 */
class EmbeddedLifecycleIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    @Test
    void embeddedDefaultOwnsItsSearchNodeAndKeepsDataAcrossRestarts() throws Exception {
        Path data = TestNode.freshDir("it-data");
        int port = OpenSearchNodeProcess.freePort();
        int enginePort = OpenSearchNodeProcess.freePort();

        Process first = launch(data, port, enginePort);
        awaitReady(port, first);
        // Ready once the sample is ingested; the last reviews reach the index within a reconcile interval.
        await("index caught up").atMost(Duration.ofSeconds(30))
                .until(() -> get(port, "/api/v1/index/status").path("pending").asLong() == 0);
        JsonNode status = get(port, "/api/v1/index/status");
        long reviews = status.path("reviews").asLong();
        assertTrue(reviews >= 40, "sample corpus ingested: " + status);
        assertTrue(get(port, "/api/v1/reviews?q=neglect").path("total").asLong() > 0);

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

        Process second = launch(data, port, enginePort);
        awaitReady(port, second);
        JsonNode after = get(port, "/api/v1/index/status");
        assertEquals(reviews, after.path("reviews").asLong(), "same reviews after restart, none ingested twice");
        assertTrue(get(port, "/api/v1/reviews?q=neglect").path("total").asLong() > 0);

        List<ProcessHandle> secondNodes = second.descendants().toList();
        second.destroy(); // SIGTERM: a normal stop
        second.waitFor();
        await("the node stops with the service").atMost(Duration.ofSeconds(40))
                .until(() -> secondNodes.stream().noneMatch(ProcessHandle::isAlive));
        assertFalse(second.isAlive());
    }

    private Process launch(Path data, int port, int enginePort) throws IOException {
        String jar = System.getProperty("cw.app.jar", "target/quarkus-app/quarkus-run.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = data.resolve("service-" + started.size() + ".log");
        Process p = new ProcessBuilder(java, "-Xmx768m",
                "-Dquarkus.http.port=" + port,
                "-Dcasewise.data-dir=" + data,
                "-Dcasewise.engine.port=" + enginePort,
                "-Dcasewise.engine.home=" + System.getProperty("cw.opensearch.home", "target/opensearch-node"),
                "-Dcasewise.engine.heap=384m",
                "-Dcasewise.sample.dir=datasets/sample",
                "-jar", jar)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(p);
        return p;
    }

    private void awaitReady(int port, Process service) {
        await("service ready").atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertTrue(service.isAlive(), "the service exited early; see its log under target/test-runs");
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                return r.statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private JsonNode get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        return JSON.readTree(r.body());
    }
}
