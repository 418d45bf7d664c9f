package org.casewise.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs one OpenSearch node in this JVM until the parent process goes away.
 *
 * <p>Arguments: {@code httpPort transportPort basePath clusterName}. Prints
 * {@code OPENSEARCH_READY <port>} on stdout once the cluster is yellow.
 *
 * <p>Why stdin: the Casewise service starts this JVM as a child with a pipe on stdin and never
 * writes to it. When the service exits for any reason, including {@code kill -9}, the kernel
 * closes the pipe, {@code read()} returns -1 and this node shuts down. Java has no portable
 * "die with parent" primitive, and a shutdown hook in the parent does not run on SIGKILL.
 */
public final class OpenSearchNodeMain {

    private OpenSearchNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: OpenSearchNodeMain <httpPort> <transportPort> <basePath> <clusterName>");
            System.exit(2);
        }
        String httpPort = args[0];
        String transportPort = args[1];
        Path basePath = Path.of(args[2]).toAbsolutePath();
        String clusterName = args[3];
        Files.createDirectories(basePath);

        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((index, settings) -> {
            settings.put("http.port", httpPort);
            settings.put("transport.port", transportPort);
            settings.put("network.host", "127.0.0.1");
            settings.put("discovery.type", "single-node");
            // A small single node: replicas could never be allocated and would keep the cluster yellow forever.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
            settings.put("action.auto_create_index", "false");
        }).build(OpenSearchRunner.newConfigs()
                .numOfNode(1)
                .basePath(basePath.toString())
                .clusterName(clusterName)
                .disableESLogger());

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (IOException e) {
                System.err.println("OpenSearch node did not close cleanly: " + e);
            }
        }, "opensearch-node-shutdown"));

        runner.ensureYellow();
        System.out.println("OPENSEARCH_READY " + httpPort);
        System.out.flush();

        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // The parent never writes; anything it might write is ignored.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same thing as EOF: the parent is gone.
            }
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(false);
        watchdog.start();
    }
}
