package org.casewise.dataset.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casewise.index.engine.OpenSearchNodeProcess;

/**
 * The packaged service (target/quarkus-app/quarkus-run.jar) started as a child process on a data
 * directory, as users run it: H2 file database and the embedded OpenSearch child node. Its log
 * goes to {@code service.log} in the data directory.
 */
final class BenchService implements AutoCloseable {

    /** HTTP/1.1 without upgrade attempts, as a browser or curl talks to the service and the engine. */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    final int enginePort;
    final Path data;
    private final Process process;

    private BenchService(Process process, Path data, int port, int enginePort) {
        this.process = process;
        this.data = data;
        this.port = port;
        this.enginePort = enginePort;
    }

    /**
     * @param root  the checkout (packaged app and search node)
     * @param props extra system properties for the service
     */
    static BenchService start(Path root, Path data, String heap, Map<String, String> props) throws IOException {
        int port = OpenSearchNodeProcess.freePort();
        int enginePort = OpenSearchNodeProcess.freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap,
                "-Dquarkus.http.port=" + port,
                "-Dcasewise.data-dir=" + data.toAbsolutePath(),
                "-Dcasewise.engine.port=" + enginePort,
                "-Dcasewise.engine.home=" + root.resolve("target/opensearch-node").toAbsolutePath()));
        props.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", root.resolve("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("service.log").toFile())).start();
        return new BenchService(p, data, port, enginePort);
    }

    void awaitReady(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            checkAlive();
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the service was not ready within " + limit.toSeconds() + " s; see "
                + data.resolve("service.log"));
    }

    void checkAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the service exited; see " + data.resolve("service.log"));
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        b = json == null ? b.POST(HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
