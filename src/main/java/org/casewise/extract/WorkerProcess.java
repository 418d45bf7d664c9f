package org.casewise.extract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.casewise.extract.WorkerProtocol.Ready;
import org.casewise.extract.WorkerProtocol.Request;
import org.casewise.extract.WorkerProtocol.Response;

/**
 * One worker JVM, used by one caller at a time. A request either gets its response, or the worker is
 * dead afterwards (killed at the timeout, or out of memory, or crashed) and must be replaced.
 */
final class WorkerProcess implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(WorkerProcess.class.getName());
    /** Marks the end of the worker's stdout in {@link #lines}. */
    private static final String EOF = new String("<eof>");
    /** HotSpot's exit status under -XX:+ExitOnOutOfMemoryError. */
    private static final int OOM_EXIT = 3;
    private static final int STDERR_LINES_KEPT = 30;

    private final Process process;
    private final OutputStream stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final String heap;
    private final Thread stderrPump;
    private Ready ready;
    private long nextId;

    private WorkerProcess(Process process, String heap) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.heap = heap;
        daemon("extract-worker-out-" + process.pid(), () -> pump(process.getInputStream(), false));
        this.stderrPump = daemon("extract-worker-err-" + process.pid(), () -> pump(process.getErrorStream(), true));
    }

    /** Starts a worker and waits until its parser is built. */
    static WorkerProcess start(List<String> command, String heap, Duration startupTimeout) throws ExtractionException {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new ExtractionException(ExtractionException.Disposition.RETRY, "the parser could not be started: " + e.getMessage(), e);
        }
        WorkerProcess worker = new WorkerProcess(process, heap);
        try {
            JsonNode first = worker.nextMessage(startupTimeout);
            if (first == null) {
                worker.close();
                throw new ExtractionException(ExtractionException.Disposition.RETRY, "the parser did not start within " + startupTimeout.toSeconds() + " s");
            }
            worker.ready = worker.json.treeToValue(first, Ready.class);
            return worker;
        } catch (IOException e) {
            worker.close();
            throw new ExtractionException(ExtractionException.Disposition.RETRY, "the parser could not be started: " + e.getMessage(), e);
        } catch (ExtractionException e) {
            worker.close();
            throw e;
        }
    }

    /** What the worker reported at start: its pid, real maximum heap and whether tesseract is there. */
    Ready ready() {
        return ready;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Response call(Path file, String fileName, int maxChars, boolean ocr, String testHook, Duration timeout)
            throws ExtractionException {
        long id = ++nextId;
        try {
            stdin.write(json.writeValueAsBytes(new Request(id, file.toString(), fileName, maxChars, ocr, testHook)));
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            // Broken pipe: the worker died between requests. Report why, as for a death mid-parse.
            throw died();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode message = nextMessage(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (message == null) {
                kill();
                throw new ExtractionException(ExtractionException.Disposition.QUARANTINED, "text extraction took longer than " + timeout.toSeconds()
                        + " s; the parser was stopped");
            }
            if (message.path("id").asLong(-2) == id) {
                try {
                    return json.treeToValue(message, Response.class);
                } catch (IOException e) {
                    kill();
                    throw new ExtractionException("the parser sent a malformed answer", e);
                }
            }
        }
    }

    /**
     * The next JSON line from the worker, or null at the timeout. Anything that is not JSON (a native
     * library printing to fd 1) is skipped. Throws once the worker's stdout has ended.
     */
    private JsonNode nextMessage(Duration timeout) throws ExtractionException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line;
            try {
                line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new ExtractionException(ExtractionException.Disposition.RETRY, "text extraction was interrupted");
            }
            if (line == null) {
                return null;
            }
            if (line == EOF) {
                lines.add(EOF); // stays visible to any later call
                throw died();
            }
            if (line.startsWith("{")) {
                try {
                    return json.readTree(line);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.DEBUG, "skipping non-protocol output from worker: {0}", line);
                }
            }
        }
    }

    /** Why the worker ended: out of memory, or anything else (a crash in native code, a kill). */
    private ExtractionException died() {
        int exit;
        try {
            exit = process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = -1;
        }
        kill();
        String tail = stderrTail();
        if (exit == OOM_EXIT || tail.contains("OutOfMemoryError")) {
            return new ExtractionException(ExtractionException.Disposition.QUARANTINED, "the parser ran out of memory (limit " + heap + ") reading this file");
        }
        LOG.log(System.Logger.Level.WARNING, "extraction worker {0} exited with status {1}; last output:\n{2}",
                process.pid(), exit, tail);
        return new ExtractionException(ExtractionException.Disposition.QUARANTINED, "the parser crashed reading this file (exit status " + exit + ")");
    }

    private void pump(InputStream in, boolean isStderr) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (isStderr) {
                    synchronized (stderrTail) {
                        stderrTail.addLast(line.length() > 500 ? line.substring(0, 500) : line);
                        if (stderrTail.size() > STDERR_LINES_KEPT) {
                            stderrTail.removeFirst();
                        }
                    }
                } else {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // The stream closes when the worker ends; the EOF marker below says so.
        }
        if (!isStderr) {
            lines.add(EOF);
        }
    }

    private String stderrTail() {
        // The pump may still be draining the last lines of the dead worker; it ends at the stream's end.
        try {
            stderrPump.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (stderrTail) {
            return String.join("\n", stderrTail);
        }
    }

    private void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closing stdin lets the worker exit by itself; force it if it does not. */
    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException e) {
            // Already gone.
        }
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
