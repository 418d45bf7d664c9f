package org.casewise.dataset.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The benchmark's baseline: Apache Tika's AutoDetectParser over the same files, in this JVM, on as
 * many threads as the service has extraction workers, doing nothing with the text. It is the least
 * any pipeline built on Tika can cost.
 */
final class RawExtraction {

    /** @param pages pages reported by the parsers (PDF and Office page counts; HTML counts as one) */
    record Result(int files, int failed, long pages, Duration elapsed) {
    }

    private RawExtraction() {
    }

    static Result run(List<Path> files, int threads) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        AtomicLong pages = new AtomicLong();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> jobs = new java.util.ArrayList<>();
            for (Path f : files) {
                jobs.add(pool.submit(() -> {
                    Metadata metadata = new Metadata();
                    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, f.getFileName().toString());
                    try (InputStream in = Files.newInputStream(f)) {
                        parser.parse(in, new BodyContentHandler(5_000_000), metadata, new ParseContext());
                        pages.addAndGet(pageCount(metadata));
                    } catch (Exception | OutOfMemoryError e) {
                        failed.incrementAndGet();
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(files.size(), failed.get(), pages.get(), Duration.ofNanos(System.nanoTime() - started));
    }

    static long pageCount(Metadata metadata) {
        String n = metadata.get("xmpTPg:NPages");
        if (n == null) {
            n = metadata.get("meta:page-count");
        }
        try {
            return n == null ? 1 : Math.max(1, Long.parseLong(n.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
