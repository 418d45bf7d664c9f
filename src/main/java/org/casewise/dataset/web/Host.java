package org.casewise.dataset.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One simulated web host: its own {@link HttpServer} on its own port of 127.0.0.1, so that a
 * crawler sees each one as a separate host for politeness. Common behaviour lives here (robots.txt,
 * the optional delay of the slow host, request logging, 405 and 500 answers); what a host serves is
 * {@link #serve}.
 */
abstract class Host implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Host.class.getName());
    /** Bound explicitly: InetAddress.getLoopbackAddress() may be ::1, and 0.0.0.0 would expose the web to the network. */
    static final InetAddress LOOPBACK = loopback();

    private final HttpServer server;
    private final ExecutorService executor;
    private final RequestLog log;
    private final URI base;
    private volatile Duration delay = Duration.ZERO;

    Host(int port, RequestLog log) throws IOException {
        this.log = log;
        this.server = HttpServer.create(new InetSocketAddress(LOOPBACK, port), 0);
        // Virtual threads: the slow host sleeps in its handler and must not hold up the other requests.
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        this.base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** A one-line name for listings ('national repository', 'Leeds (table of reports)'). */
    abstract String name();

    /** What is awkward about this host, for the serve command's banner. */
    abstract String awkward();

    abstract String robotsTxt();

    /** Answers a GET or HEAD (or whatever {@link #allows} lets through) other than /robots.txt. */
    abstract void serve(Exchange ex) throws IOException;

    /** Hook for hosts that refuse before serving (rate limiting); true to go on. */
    boolean admit(Exchange ex) throws IOException {
        return true;
    }

    boolean allows(String method, String path) {
        return method.equals("GET") || method.equals("HEAD");
    }

    void start() {
        server.start();
    }

    void delay(Duration delay) {
        this.delay = delay == null ? Duration.ZERO : delay;
    }

    Duration delay() {
        return delay;
    }

    URI base() {
        return base;
    }

    /** "127.0.0.1:port", the key of the request log. */
    String hostKey() {
        return base.getAuthority();
    }

    InetSocketAddress boundAddress() {
        return server.getAddress();
    }

    private void handle(HttpExchange http) {
        Instant received = Instant.now();
        Exchange ex = new Exchange(http, base);
        boolean[] logged = {false};
        ex.beforeResponse(code -> {
            logged[0] = true;
            log.record(new RequestLog.Entry(received, hostKey(), ex.method(), ex.pathAndQuery(),
                    http.getRequestHeaders().getFirst("User-Agent"), code));
        });
        try {
            if (!delay.isZero()) {
                Thread.sleep(delay);
            }
            if (!admit(ex)) {
                return;
            }
            if (!allows(ex.method(), ex.path())) {
                ex.header("Allow", "GET, HEAD");
                ex.text(405, "method not allowed\n");
            } else if (ex.path().equals("/robots.txt")) {
                ex.text(200, robotsTxt());
            } else {
                serve(ex);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, name() + " failed on " + ex.pathAndQuery(), e);
            if (!ex.responded()) {
                try {
                    ex.text(500, "internal error\n");
                } catch (IOException ignored) {
                    // the client has gone; nothing more to tell it
                }
            }
        } finally {
            if (!logged[0]) {
                // No answer was sent (the client went away, or the handler failed before answering).
                log.record(new RequestLog.Entry(received, hostKey(), ex.method(), ex.pathAndQuery(),
                        http.getRequestHeaders().getFirst("User-Agent"), ex.status()));
            }
            http.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
