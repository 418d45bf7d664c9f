package org.casewise.dataset.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code casewise dataset serve}: serves a generated corpus as a simulated publishing web on
 * 127.0.0.1 until interrupted, so the crawler can be run by hand against it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a generated corpus as a simulated web on 127.0.0.1: a national repository on PORT"
                + " and five board sites on PORT+1..PORT+5, each awkward in its own way (robots.txt, 404, 500,"
                + " a slow host, 429, redirects, ETag/304, a site that changes in epoch 2).")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8300",
            description = "Base port: national repository on P, board sites on P+1..P+5 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "datasets/sample/generated",
            description = "Corpus folder of <id>.json ground truths beside their files (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--slow-ms", paramLabel = "MS", defaultValue = "1500",
            description = "Delay before every response of the slow host, in ms (default: ${DEFAULT-VALUE}).")
    long slowMs;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "5",
            description = "Requests per second the national repository accepts before 429 (default: ${DEFAULT-VALUE}).")
    int rateLimit;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SimulatedWeb.Options options;
        try {
            options = new SimulatedWeb.Options(port, Duration.ofMillis(slowMs), rateLimit);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        SimulatedWeb started;
        try {
            started = SimulatedWeb.start(corpus, options);
        } catch (IOException e) {
            // No corpus, no ground truth, or a port in use: say so plainly rather than with a stack trace.
            spec.commandLine().getErr().println("serve: " + e);
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (SimulatedWeb web = started) {
            // Ctrl-C runs the hook; closing here (not only at JVM exit) frees the ports before we return.
            Thread hook = new Thread(() -> {
                web.close();
                stopped.countDown();
            }, "simulated-web-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("Simulated web over " + corpus.toAbsolutePath().normalize() + " (epoch " + web.epoch() + "):");
            out.print(web.describe());
            out.println("Switch to epoch 2: curl -X POST " + web.nationalRepository().resolve("/_admin/epoch/2"));
            out.println("Serving until interrupted (Ctrl-C).");
            out.flush();
            stopped.await();
        }
        return 0;
    }

    public static void main(String[] args) {
        // PDFBox/POI log through the JBoss log manager on the class path; it must be named before the first
        // logger is created, or it prints an error at start (Quarkus sets this itself when it runs the app).
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        System.exit(new CommandLine(new ServeCommand()).execute(args));
    }
}
