package org.casewise.dataset.web;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every request every simulated host received, so tests (and the crawler's politeness tests) can
 * check how often and how fast a host was hit. Counters are exact and unbounded; the detailed
 * entries keep only the most recent ones so a long {@code serve} session does not grow without end.
 */
public final class RequestLog {

    /**
     * One request as received.
     *
     * @param host        "127.0.0.1:port"
     * @param pathAndQuery the raw request target, e.g. "/reviews?page=2"
     * @param status      the status answered
     */
    public record Entry(Instant at, String host, String method, String pathAndQuery, String userAgent, int status) {
    }

    private static final int KEEP = 10_000;

    private final Map<String, LongAdder> perHost = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> perHostAndPath = new ConcurrentHashMap<>();
    private final Deque<Entry> recent = new ArrayDeque<>();

    void record(Entry entry) {
        perHost.computeIfAbsent(entry.host(), h -> new LongAdder()).increment();
        perHostAndPath.computeIfAbsent(key(entry.host(), entry.pathAndQuery()), k -> new LongAdder()).increment();
        synchronized (recent) {
            recent.addLast(entry);
            if (recent.size() > KEEP) {
                recent.removeFirst();
            }
        }
    }

    /** Requests received by a host ("127.0.0.1:port"). */
    public long count(String host) {
        LongAdder n = perHost.get(host);
        return n == null ? 0 : n.sum();
    }

    /** Requests received by a host for one exact request target ("/reviews?page=2"). */
    public long count(String host, String pathAndQuery) {
        LongAdder n = perHostAndPath.get(key(host, pathAndQuery));
        return n == null ? 0 : n.sum();
    }

    /** The most recent requests to one host, oldest first (for delay checks between requests). */
    public List<Entry> entries(String host) {
        synchronized (recent) {
            return recent.stream().filter(e -> e.host().equals(host)).toList();
        }
    }

    public void clear() {
        perHost.clear();
        perHostAndPath.clear();
        synchronized (recent) {
            recent.clear();
        }
    }

    private static String key(String host, String pathAndQuery) {
        return host + " " + pathAndQuery;
    }
}
