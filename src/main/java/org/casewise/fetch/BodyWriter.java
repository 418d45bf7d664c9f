package org.casewise.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams a response body to a temp file (never whole in memory), hashing and counting as it goes,
 * and stops as soon as the cap is passed or the server stalls for longer than the read timeout
 * (java.net.http's request timeout only covers the wait for the headers). On any failure the temp
 * file is deleted before the exception leaves.
 */
final class BodyWriter {

    record Stored(Path file, String sha256, long size) {
    }

    static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }

    static final class StalledException extends IOException {
        StalledException(String message) {
            super(message);
        }
    }

    private final ScheduledExecutorService timer;

    BodyWriter(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    Stored write(InputStream in, Path dir, long cap, Duration stallTimeout) throws IOException {
        Path file = Files.createTempFile(dir, "fetch-", ".part");
        boolean ok = false;
        try (in; OutputStream out = Files.newOutputStream(file)) {
            Stored stored = guarded(stallTimeout, stall -> {
                MessageDigest sha = sha256();
                byte[] buffer = new byte[64 * 1024];
                long size = 0;
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    stall.progress();
                    size += n;
                    if (size > cap) {
                        throw new TooLargeException("the body exceeds the cap of " + cap + " bytes");
                    }
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
                return new Stored(file, HexFormat.of().formatHex(sha.digest()), size);
            });
            ok = true;
            return stored;
        } finally {
            if (!ok) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Up to {@code max} bytes of the body, the rest ignored (robots.txt: RFC 9309 needs only the first 500 KiB). */
    byte[] readPrefix(InputStream in, int max, Duration stallTimeout) throws IOException {
        try (in) {
            return guarded(stallTimeout, stall -> {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                byte[] buffer = new byte[16 * 1024];
                for (int n; out.size() < max && (n = in.read(buffer, 0, Math.min(buffer.length, max - out.size()))) >= 0; ) {
                    stall.progress();
                    out.write(buffer, 0, n);
                }
                return out.toByteArray();
            });
        }
    }

    private interface Reading<R> {
        R run(Stall stall) throws IOException;
    }

    private <R> R guarded(Duration stallTimeout, Reading<R> reading) throws IOException {
        Stall stall = new Stall(Thread.currentThread(), stallTimeout);
        ScheduledFuture<?> watch = timer.scheduleAtFixedRate(stall::check, stall.periodMillis(), stall.periodMillis(),
                TimeUnit.MILLISECONDS);
        try {
            return reading.run(stall);
        } catch (IOException e) {
            if (stall.fired()) {
                throw new StalledException("the body stalled for more than " + stallTimeout.toMillis() + " ms");
            }
            throw e;
        } finally {
            watch.cancel(false);
            stall.finish();
        }
    }

    /**
     * Interrupts the reading thread when no bytes arrived for the timeout: the blocked read in
     * java.net.http's body stream then fails with an IOException. The lock makes sure an interrupt
     * is never delivered after the read has finished (it would leak into the caller's next wait).
     */
    private static final class Stall {
        private final Thread reader;
        private final long timeoutNanos;
        private final AtomicLong last = new AtomicLong(System.nanoTime());
        private boolean done;
        private boolean fired;

        Stall(Thread reader, Duration timeout) {
            this.reader = reader;
            this.timeoutNanos = timeout.toNanos();
        }

        long periodMillis() {
            return Math.max(10, TimeUnit.NANOSECONDS.toMillis(timeoutNanos) / 4);
        }

        void progress() {
            last.set(System.nanoTime());
        }

        synchronized void check() {
            if (!done && !fired && System.nanoTime() - last.get() > timeoutNanos) {
                fired = true;
                reader.interrupt();
            }
        }

        synchronized boolean fired() {
            return fired;
        }

        synchronized void finish() {
            done = true;
            if (fired) {
                Thread.interrupted(); // ours, not the caller's: clear it
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

}
