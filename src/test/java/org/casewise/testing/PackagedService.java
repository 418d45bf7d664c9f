package org.casewise.testing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * The packaged service (target/quarkus-app) started as a child process on the embedded default, as
 * {@code ./casewise up} runs it, for the integration tests that kill and restart it. {@link #close()}
 * kills whatever is still running, children included.
 */
public final class PackagedService implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> started = new ArrayList<>();

    /**
     * Starts the service; its log goes to {@code data/service-<n>.log}.
     *
     * @param properties extra {@code -Dname=value} arguments
     */
    public Process launch(Path data, int port, int enginePort, String... properties) throws IOException {
        String jar = System.getProperty("cw.app.jar", "target/quarkus-app/quarkus-run.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m",
                "-Dquarkus.http.port=" + port,
                "-Dcasewise.data-dir=" + data,
                "-Dcasewise.engine.port=" + enginePort,
                "-Dcasewise.engine.home=" + System.getProperty("cw.opensearch.home", "target/opensearch-node"),
                "-Dcasewise.engine.heap=384m"));
        command.addAll(List.of(properties));
        command.addAll(List.of("-jar", jar));
        Path log = data.resolve("service-" + started.size() + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(p);
        return p;
    }

    /** Waits until readiness answers 200, failing at once if the service exits. */
    public void awaitReady(int port, Process service) {
        await("service ready").atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertTrue(service.isAlive(), "the service exited early; see its log under target/test-runs");
            try {
                return send(port, "GET", "/q/health/ready").statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    public HttpResponse<String> send(int port, String method, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GET that must answer 200, as JSON. */
    public JsonNode get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = send(port, "GET", path);
        assertEquals(200, r.statusCode(), path + " -> " + r.body());
        return JSON.readTree(r.body());
    }

    @Override
    public void close() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }
}
