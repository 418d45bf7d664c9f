package org.casewise.dataset.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * One request to a simulated host and the ways of answering it. It remembers the status sent so
 * the host can log it, and it implements the conditional GET rules for files (RFC 9110 §13:
 * If-None-Match wins over If-Modified-Since) because the crawler's re-fetch logic is tested
 * against exactly those rules.
 */
final class Exchange {

    private final HttpExchange http;
    private final URI base;
    private int status;
    private java.util.function.IntConsumer beforeResponse = code -> { };

    Exchange(HttpExchange http, URI base) {
        this.http = http;
        this.base = base;
    }

    String method() {
        return http.getRequestMethod();
    }

    boolean isHead() {
        return "HEAD".equals(method());
    }

    /** Decoded path, e.g. "/files/01 report.pdf". */
    String path() {
        String p = http.getRequestURI().getPath();
        return p == null || p.isEmpty() ? "/" : p;
    }

    String pathAndQuery() {
        return http.getRequestURI().getRawPath()
                + (http.getRequestURI().getRawQuery() != null ? "?" + http.getRequestURI().getRawQuery() : "");
    }

    Optional<String> query(String name) {
        String raw = http.getRequestURI().getRawQuery();
        if (raw == null) {
            return Optional.empty();
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    boolean fromLoopback() {
        return http.getRemoteAddress().getAddress().isLoopbackAddress();
    }

    /** An absolute URL on this host, for Location headers and feeds. */
    String absolute(String path) {
        return base.resolve(path).toString();
    }

    int status() {
        return status;
    }

    /**
     * Called with the status just before the response goes out, so the host can log the request
     * before the client can see the answer (a test that counts requests right after its own
     * request returns must find it counted).
     */
    void beforeResponse(java.util.function.IntConsumer hook) {
        this.beforeResponse = hook;
    }

    private void respond(int code, long length) throws IOException {
        status = code;
        beforeResponse.accept(code);
        http.sendResponseHeaders(code, length);
    }

    boolean responded() {
        return status != 0;
    }

    void html(int code, String page) throws IOException {
        send(code, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    void text(int code, String body) throws IOException {
        send(code, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    void notFound() throws IOException {
        html(404, Html.page("Not found", "Page not found",
                "<p>There is no page at " + Html.escape(path()) + ".</p>"));
    }

    void redirect(int code, String location) throws IOException {
        http.getResponseHeaders().set("Location", absolute(location));
        html(code, Html.page("Moved", "Moved", "<p>" + Html.link(absolute(location), "This page has moved") + "</p>"));
    }

    void header(String name, String value) {
        http.getResponseHeaders().set(name, value);
    }

    void send(int code, String contentType, byte[] body) throws IOException {
        http.getResponseHeaders().set("Content-Type", contentType);
        if (isHead()) {
            http.getResponseHeaders().set("Content-Length", Long.toString(body.length));
            respond(code, -1);
            return;
        }
        respond(code, body.length == 0 ? -1 : body.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(body);
        }
    }

    /** Serves a report file with its validators, answering 304 when the client's copy is current. */
    void file(ServedFile file) throws IOException {
        http.getResponseHeaders().set("ETag", file.etag());
        http.getResponseHeaders().set("Last-Modified", httpDate(file.lastModified()));
        if (notModified(file)) {
            respond(304, -1);
            return;
        }
        http.getResponseHeaders().set("Content-Type", file.contentType());
        if (isHead()) {
            http.getResponseHeaders().set("Content-Length", Long.toString(file.size()));
            respond(200, -1);
            return;
        }
        respond(200, file.size() == 0 ? -1 : file.size());
        try (OutputStream out = http.getResponseBody()) {
            if (file.bytes() != null) {
                out.write(file.bytes());
            } else {
                Files.copy(file.path(), out);
            }
        }
    }

    private boolean notModified(ServedFile file) {
        String ifNoneMatch = header("If-None-Match");
        if (ifNoneMatch != null) {
            // Weak comparison, as RFC 9110 prescribes for If-None-Match: a W/ prefix on the client's tag is ignored.
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(file.etag())) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = header("If-Modified-Since");
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !file.lastModified().truncatedTo(ChronoUnit.SECONDS).isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // an unparseable date is ignored, as the RFC says
            }
        }
        return false;
    }

    /** IMF-fixdate (two-digit day, GMT), which RFC_1123_DATE_TIME does not guarantee when formatting. */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    static String httpDate(Instant instant) {
        return IMF_FIXDATE.format(instant.atZone(ZoneOffset.UTC));
    }
}
