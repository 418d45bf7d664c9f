package org.casewise.dataset.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Sends a list of requests with a fixed number of clients, each client sending its next request
 * as soon as its previous one is answered (closed loop, no think time), and times each request
 * from sending to the last byte of the response.
 */
final class LoadRunner {

    /** One request; returns the HTTP status after reading the whole response. */
    @FunctionalInterface
    interface Call {
        int send() throws Exception;
    }

    private LoadRunner() {
    }

    static LatencyStats run(String task, List<Call> calls, int concurrency) throws InterruptedException {
        double[] latencies = new double[calls.size()];
        Arrays.fill(latencies, Double.NaN);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Thread[] clients = new Thread[concurrency];
        long started;
        try (ProgressBar bar = progressBar(task, calls.size())) {
            started = System.nanoTime();
            for (int c = 0; c < concurrency; c++) {
                clients[c] = Thread.ofPlatform().name("bench-client-" + c).start(() -> {
                    for (int i = next.getAndIncrement(); i < calls.size(); i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        try {
                            int status = calls.get(i).send();
                            if (status == 200) {
                                latencies[i] = (System.nanoTime() - t0) / 1e6;
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        bar.step();
                    }
                });
            }
            for (Thread t : clients) {
                t.join();
            }
        }
        double wallMs = (System.nanoTime() - started) / 1e6;
        return LatencyStats.of(Arrays.stream(latencies).filter(d -> !Double.isNaN(d)).toArray(), errors.get(), wallMs);
    }

    static ProgressBar progressBar(String task, long max) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }
}
