package org.casewise.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One request at a time per host, with a pause between them: the politeness a board's small web
 * server needs. Each host has a fair lock and the time its last request ended; different hosts
 * never wait for each other. A host can also be told to wait longer (Retry-After, backoff), which
 * then holds every request to it, not only the one that was refused.
 */
final class HostGates {

    /** Held for the duration of one request; closing it records the end time and lets the next one in. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Gate {
        final ReentrantLock lock = new ReentrantLock(true);
        /** nanoTime the last request ended; only read and written under the lock. */
        long lastEnd;
        boolean used;
        /** nanoTime before which no request may start (Retry-After, backoff); guarded by the lock. */
        long notBefore;
        boolean deferred;
    }

    private final Map<String, Gate> gates = new ConcurrentHashMap<>();

    /** Waits until the host is free and {@code delay} has passed since its last request ended. */
    Permit acquire(String host, Duration delay) throws InterruptedException {
        Gate gate = gates.computeIfAbsent(host, h -> new Gate());
        gate.lock.lockInterruptibly();
        try {
            long due = gate.used ? gate.lastEnd + delay.toNanos() : System.nanoTime();
            if (gate.deferred && gate.notBefore - due > 0) {
                due = gate.notBefore;
            }
            // Sleeping while holding the lock is the point: the next request to this host must wait too.
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                Thread.sleep(Duration.ofNanos(wait));
            }
        } catch (InterruptedException | RuntimeException e) {
            gate.lock.unlock();
            throw e;
        }
        return () -> {
            gate.lastEnd = System.nanoTime();
            gate.used = true;
            gate.lock.unlock();
        };
    }

    /** No request to the host starts within {@code wait} from now (it asked us to slow down, or is failing). */
    void defer(String host, Duration wait) {
        Gate gate = gates.computeIfAbsent(host, h -> new Gate());
        gate.lock.lock();
        try {
            long until = System.nanoTime() + wait.toNanos();
            if (!gate.deferred || until - gate.notBefore > 0) {
                gate.notBefore = until;
                gate.deferred = true;
            }
        } finally {
            gate.lock.unlock();
        }
    }
}
