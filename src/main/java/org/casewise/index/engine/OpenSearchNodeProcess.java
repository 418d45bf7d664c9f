package org.casewise.index.engine;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * A real OpenSearch node running in a child JVM (see {@code src/opensearch-node}).
 *
 * <p>Plain Java, no CDI, because the service and the test suite launch it the same way. The child
 * watches its stdin, which this class holds open and never writes, and exits when it closes: that is
 * what makes the node die with the service even on {@code kill -9}.
 */
public final class OpenSearchNodeProcess implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OpenSearchNodeProcess.class);
    static final String MAIN_CLASS = "org.casewise.node.OpenSearchNodeMain";
    static final String READY_LINE = "OPENSEARCH_READY";

    private final Path home;
    private final Path baseDir;
    private final int httpPort;
    private final String heap;
    private Process process;

    /**
     * @param home    directory with {@code casewise-opensearch-node.jar} and {@code lib/}
     * @param baseDir the node's own directory (data, config, logs); kept across restarts
     */
    public OpenSearchNodeProcess(Path home, Path baseDir, int httpPort, String heap) {
        this.home = home.toAbsolutePath();
        this.baseDir = baseDir.toAbsolutePath();
        this.httpPort = httpPort;
        this.heap = heap;
    }

    public int httpPort() {
        return httpPort;
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The child process; tests keep it where every class loader of the test JVM can reach it. */
    public synchronized Process process() {
        return process;
    }

    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Starts the node and blocks until it reports a yellow cluster or the timeout passes. */
    public synchronized void start(Duration timeout) throws IOException, TimeoutException {
        if (isAlive()) {
            return;
        }
        Path jar = home.resolve("casewise-opensearch-node.jar");
        Path lib = home.resolve("lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            throw new IOException("The OpenSearch node distribution is missing at " + home
                    + " (expected casewise-opensearch-node.jar and lib/). Build it with ./casewise build.");
        }
        if (portInUse(httpPort)) {
            throw new IOException("Port " + httpPort + " on 127.0.0.1 is already in use, so the embedded"
                    + " search engine cannot start. Stop the other process or choose another port"
                    + " (CASEWISE_ENGINE_PORT / --engine-port).");
        }
        Files.createDirectories(baseDir);
        Path logFile = baseDir.resolve("node-console.log");

        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-Xms" + heap, "-Xmx" + heap, "-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED",
                "-Djava.io.tmpdir=" + baseDir.resolve("tmp"),
                "-Dlog4j2.disable.jmx=true",
                "-cp", jar + File.pathSeparator + lib.resolve("*"),
                MAIN_CLASS,
                String.valueOf(httpPort), String.valueOf(freePort()), baseDir.toString(), "casewise"));
        Files.createDirectories(baseDir.resolve("tmp"));

        LOG.infof("Starting the embedded OpenSearch node on 127.0.0.1:%d (data in %s)", httpPort, baseDir);
        long started = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        process = p;
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> pumpOutput(p, logFile, ready), "opensearch-node-output");
        pump.setDaemon(true);
        pump.start();
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            close();
            throw new IOException("The embedded OpenSearch node failed to start; see " + logFile, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IOException("Interrupted while starting the OpenSearch node", e);
        } catch (TimeoutException e) {
            close();
            throw new TimeoutException("The embedded OpenSearch node was not ready after " + timeout
                    + "; see " + logFile);
        }
        LOG.infof("Embedded OpenSearch node ready in %d ms (pid %d)",
                (System.nanoTime() - started) / 1_000_000, p.pid());
    }

    private static void pumpOutput(Process p, Path logFile, CompletableFuture<Void> ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            String line;
            while ((line = in.readLine()) != null) {
                log.println(line);
                log.flush();
                if (line.startsWith(READY_LINE)) {
                    ready.complete(null);
                }
            }
        } catch (IOException e) {
            LOG.debug("OpenSearch node output closed", e);
        }
        ready.completeExceptionally(new IOException("the node process exited with code "
                + exitCodeOf(p) + " before it was ready"));
    }

    private static String exitCodeOf(Process p) {
        try {
            return p.waitFor(5, TimeUnit.SECONDS) ? String.valueOf(p.exitValue()) : "(still running)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(unknown)";
        }
    }

    /** Stops the node: closing stdin asks it to shut down cleanly; it is killed if it lingers. */
    @Override
    public synchronized void close() {
        Process p = process;
        process = null;
        if (p == null || !p.isAlive()) {
            return;
        }
        try {
            p.getOutputStream().close();
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                LOG.warn("The OpenSearch node did not stop within 30 s; killing it");
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            p.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        LOG.info("Embedded OpenSearch node stopped");
    }

    static boolean portInUse(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port that was free a moment ago; good enough for the node's transport port. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}
