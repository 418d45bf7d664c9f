package org.casewise.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.casewise.index.engine.OpenSearchNodeProcess;

/**
 * The one real OpenSearch node shared by every test class of a test JVM.
 *
 * <p>Quarkus loads test resources and test classes with different class loaders, so a static field
 * here would exist several times over. The node's pid, port and directory are therefore kept in
 * system properties, and a daemon thread holds the {@link Process} until it exits: a live thread is
 * a GC root, so the node's stdin pipe stays open for the life of this JVM and closes when it ends,
 * which is what stops the node.
 */
public final class TestNode {

    private static final String PID = "cwtest.node.pid";
    private static final String PORT = "cwtest.node.port";
    private static final String DIR = "cwtest.node.dir";

    private TestNode() {
    }

    /** Starts the shared node unless it runs; returns its HTTP port. */
    public static synchronized int ensureStarted() {
        if (isRunning()) {
            return Integer.parseInt(System.getProperty(PORT));
        }
        try {
            int port = System.getProperty(PORT) != null ? Integer.parseInt(System.getProperty(PORT))
                    : OpenSearchNodeProcess.freePort();
            Path dir = System.getProperty(DIR) != null ? Path.of(System.getProperty(DIR)) : freshDir("test-opensearch");
            OpenSearchNodeProcess node = new OpenSearchNodeProcess(nodeHome(), dir, port, "384m");
            node.start(Duration.ofSeconds(120));
            Process process = node.process();
            Thread holder = new Thread(() -> {
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "test-opensearch-node-" + process.pid());
            holder.setDaemon(true);
            holder.start();
            System.setProperty(PID, String.valueOf(process.pid()));
            System.setProperty(PORT, String.valueOf(port));
            System.setProperty(DIR, dir.toString());
            return port;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test OpenSearch node: " + e.getMessage(), e);
        }
    }

    /** Stops the node the way an outage would: the process is gone, its data stays on disk. */
    public static synchronized void stop() throws InterruptedException {
        Optional<ProcessHandle> handle = handle();
        System.clearProperty(PID);
        if (handle.isPresent()) {
            ProcessHandle node = handle.get();
            node.destroy();
            try {
                node.onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                node.destroyForcibly();
                node.onExit().join();
            }
        }
    }

    public static boolean isRunning() {
        return handle().isPresent();
    }

    private static Optional<ProcessHandle> handle() {
        String pid = System.getProperty(PID);
        return pid == null ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
    }

    static Path nodeHome() {
        return Path.of(System.getProperty("cw.opensearch.home", "target/opensearch-node"));
    }

    /** A new empty directory under target/, removed first if a previous run left it. */
    public static Path freshDir(String prefix) throws IOException {
        Path base = Path.of("target", "test-runs");
        Files.createDirectories(base);
        Path dir = base.resolve(prefix + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Files.createDirectories(dir);
        return dir.toAbsolutePath();
    }
}
