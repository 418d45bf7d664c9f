package org.casewise.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.casewise.extract.WorkerProtocol.Response;

/**
 * Text extraction in a pool of worker JVMs ({@link ExtractionWorker}), as Tika's own advice has it for
 * untrusted files: a file that exhausts memory, crashes the parser or never finishes costs one worker
 * process, which is replaced, and never the service. Each worker serves many files, so the JVM start
 * (about a second) is paid once per worker, not per file.
 *
 * <p>Limits per file: wall-clock time (the worker is killed), heap (-Xmx, exit on the first
 * OutOfMemoryError), characters of text, embedded documents (count and depth), and the zip-bomb check
 * here before a worker sees the file. Thread-safe; at most {@code poolSize} files are parsed at once,
 * further callers wait for a free worker.
 */
public final class IsolatedExtractor implements AutoCloseable {

    /**
     * @param maxHeap          the worker's -Xmx, e.g. "512m"
     * @param poolSize         worker JVMs, hence files parsed in parallel
     * @param timeout          wall-clock bound on one file, after which its worker is killed
     * @param maxTextChars     text kept per file; the rest is cut and the cut recorded
     * @param ocr              OCR scanned pages when tesseract is installed where the worker runs
     * @param maxEmbedded      embedded documents parsed per file (the rest are skipped)
     * @param maxEmbeddedDepth nesting of embedded documents followed
     * @param extraJvmArgs     added to the worker's command line (tests turn on test hooks with it)
     */
    public record Settings(String maxHeap, int poolSize, Duration timeout, int maxTextChars, boolean ocr,
                           int maxEmbedded, int maxEmbeddedDepth, List<String> extraJvmArgs) {

        public static Settings defaults() {
            return new Settings("512m", Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(60),
                    5_000_000, true, 100, 3, List.of());
        }

        public Settings withMaxHeap(String heap) {
            return new Settings(heap, poolSize, timeout, maxTextChars, ocr, maxEmbedded, maxEmbeddedDepth, extraJvmArgs);
        }

        public Settings withPoolSize(int size) {
            return new Settings(maxHeap, size, timeout, maxTextChars, ocr, maxEmbedded, maxEmbeddedDepth, extraJvmArgs);
        }

        public Settings withTimeout(Duration t) {
            return new Settings(maxHeap, poolSize, t, maxTextChars, ocr, maxEmbedded, maxEmbeddedDepth, extraJvmArgs);
        }

        public Settings withMaxTextChars(int chars) {
            return new Settings(maxHeap, poolSize, timeout, chars, ocr, maxEmbedded, maxEmbeddedDepth, extraJvmArgs);
        }

        public Settings withOcr(boolean on) {
            return new Settings(maxHeap, poolSize, timeout, maxTextChars, on, maxEmbedded, maxEmbeddedDepth, extraJvmArgs);
        }

        public Settings withEmbeddedLimits(int count, int depth) {
            return new Settings(maxHeap, poolSize, timeout, maxTextChars, ocr, count, depth, extraJvmArgs);
        }

        public Settings withExtraJvmArgs(List<String> args) {
            return new Settings(maxHeap, poolSize, timeout, maxTextChars, ocr, maxEmbedded, maxEmbeddedDepth, List.copyOf(args));
        }
    }

    /** A place in the pool; holds a live worker or none yet (started on first use, or after a death). */
    private static final class Slot {
        WorkerProcess worker;
    }

    /** A new JVM loads Tika's parser registry before it answers; a loaded 2-core machine can be slow. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final Settings settings;
    private final List<String> command;
    private final BlockingQueue<Slot> idle;
    private final List<Slot> all = new ArrayList<>();
    private volatile boolean closed;

    public IsolatedExtractor(Settings settings) {
        if (settings.poolSize() < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1");
        }
        this.settings = settings;
        this.command = command(settings);
        this.idle = new ArrayBlockingQueue<>(settings.poolSize());
        for (int i = 0; i < settings.poolSize(); i++) {
            Slot slot = new Slot();
            all.add(slot);
            idle.add(slot);
        }
    }

    public ExtractedText extract(Path file, String fileName) throws ExtractionException {
        return extract(file, fileName, null);
    }

    /** @param testHook see {@link WorkerProtocol.Request}; ignored unless the worker enables test hooks */
    ExtractedText extract(Path file, String fileName, String testHook) throws ExtractionException {
        ZipBombGuard.check(file);
        Slot slot = take();
        try {
            if (slot.worker == null) {
                slot.worker = WorkerProcess.start(command, settings.maxHeap(), STARTUP_TIMEOUT);
            }
            Response r = slot.worker.call(file.toAbsolutePath(), fileName, settings.maxTextChars(), settings.ocr(),
                    testHook, settings.timeout());
            return toResult(r);
        } finally {
            release(slot);
        }
    }

    /** Starts every worker now rather than on first use, so the first files do not wait for JVM starts. */
    public void warmUp() throws ExtractionException {
        List<Slot> taken = new ArrayList<>();
        try {
            for (int i = 0; i < settings.poolSize(); i++) {
                Slot slot = take();
                taken.add(slot);
                if (slot.worker == null) {
                    slot.worker = WorkerProcess.start(command, settings.maxHeap(), STARTUP_TIMEOUT);
                }
            }
        } finally {
            taken.forEach(this::release);
        }
    }

    /** What a started worker reported about itself (pid, real heap limit, tesseract); for tests. */
    WorkerProtocol.Ready anyWorkerReady() throws ExtractionException {
        Slot slot = take();
        try {
            if (slot.worker == null) {
                slot.worker = WorkerProcess.start(command, settings.maxHeap(), STARTUP_TIMEOUT);
            }
            return slot.worker.ready();
        } finally {
            release(slot);
        }
    }

    private Slot take() throws ExtractionException {
        if (closed) {
            throw new ExtractionException(ExtractionException.Disposition.RETRY, "text extraction is shut down");
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException(ExtractionException.Disposition.RETRY, "text extraction was interrupted");
        }
    }

    /** A worker that died or was killed during the call is dropped; the next user starts a new one. */
    private void release(Slot slot) {
        if (slot.worker != null && (closed || !slot.worker.isAlive())) {
            slot.worker.close();
            slot.worker = null;
        }
        idle.add(slot);
    }

    private static ExtractedText toResult(Response r) throws ExtractionException {
        if (r.errorKind() != null) {
            if (WorkerProtocol.NEEDS_OCR.equals(r.errorKind())) {
                throw new NeedsOcrException(r.message());
            }
            throw new ExtractionException(WorkerProtocol.ZIP_BOMB.equals(r.errorKind())
                    ? ExtractionException.Disposition.QUARANTINED : ExtractionException.Disposition.FAILED, r.message());
        }
        String text = r.text();
        if (r.textFile() != null) {
            Path spill = Path.of(r.textFile());
            try {
                text = Files.readString(spill, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ExtractionException("the extracted text could not be read back: " + e.getMessage(), e);
            } finally {
                try {
                    Files.deleteIfExists(spill);
                } catch (IOException e) {
                    // Left in the temp directory; harmless.
                }
            }
        }
        return new ExtractedText(r.contentType(), text, r.truncated(), r.pageCount(),
                Optional.ofNullable(r.title()), Optional.ofNullable(r.createdYear()));
    }

    /**
     * The worker's command line. Serial GC because each worker has a small heap and the pool already
     * uses every core; VM messages to stderr so that stdout carries only the protocol; crash logs to
     * the temp directory rather than the service's working directory.
     */
    static List<String> command(Settings settings) {
        String tmp = System.getProperty("java.io.tmpdir");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + settings.maxHeap());
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:+DisplayVMOutputToStderr");
        cmd.add("-XX:ErrorFile=" + Path.of(tmp, "casewise-extract-hs_err_%p.log"));
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Djava.io.tmpdir=" + tmp);
        cmd.addAll(settings.extraJvmArgs());
        cmd.add("-cp");
        cmd.add(WorkerClassPath.resolve(System.getProperty("java.class.path")));
        cmd.add(ExtractionWorker.class.getName());
        cmd.add(Integer.toString(settings.maxEmbedded()));
        cmd.add(Integer.toString(settings.maxEmbeddedDepth()));
        return cmd;
    }

    /** Lets every worker go (they exit on stdin EOF) and kills any that do not. */
    @Override
    public void close() {
        closed = true;
        for (Slot slot : all) {
            WorkerProcess w = slot.worker;
            if (w != null) {
                w.close();
            }
        }
    }
}
