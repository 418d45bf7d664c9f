package org.casewise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The service's REST API over {@link HttpClient}: requests in, {@link ApiResponse}s out. */
final class ApiClient implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Reading a list or a run is quick; an upload is not bounded, as the service analyses it before answering. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final HttpClient http;

    ApiClient(URI base) {
        this.base = base;
        // HTTP/1.1: no h2c upgrade dance on plain http, which streamed multipart bodies do not need.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    URI base() {
        return base;
    }

    /** A relative API path ("api/v1/...") on the base URL. */
    URI uri(String path) {
        return base.resolve(path);
    }

    /**
     * The URL to follow for a Location header. Only its path is used, on the host this client already
     * talks to: behind a proxy the service may name itself by an address the client cannot reach.
     */
    URI follow(String location) {
        URI loc = URI.create(location);
        String path = loc.getRawPath() + (loc.getRawQuery() == null ? "" : "?" + loc.getRawQuery());
        return base.resolve(path);
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    ApiResponse get(URI uri) throws ServiceUnreachableException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).timeout(READ_TIMEOUT).GET());
    }

    ApiResponse post(URI uri) throws ServiceUnreachableException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).timeout(READ_TIMEOUT).POST(HttpRequest.BodyPublishers.noBody()));
    }

    ApiResponse postJson(URI uri, JsonNode body) throws ServiceUnreachableException, InterruptedException {
        String text;
        try {
            text = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    /** Streams the multipart body; throws FileNotFoundException before sending if the file is gone. */
    ApiResponse postMultipart(URI uri, Multipart body)
            throws ServiceUnreachableException, InterruptedException, FileNotFoundException {
        HttpRequest.BodyPublisher publisher = body.publisher();
        return send(HttpRequest.newBuilder(uri).header("Content-Type", body.contentType()).POST(publisher));
    }

    private ApiResponse send(HttpRequest.Builder request) throws ServiceUnreachableException, InterruptedException {
        HttpRequest built = request.header("Accept", "application/json, application/problem+json").build();
        HttpResponse<String> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException first) {
            // The server closes a connection after refusing a body (413) it did not read; the pooled
            // connection then fails the next request. One retry on a fresh connection tells that apart
            // from a service that is really gone (a repeated upload is harmless: files are stored by hash).
            try {
                response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw unreachable(e);
            }
        }
        return new ApiResponse(response.statusCode(), parse(response.body()), response.body(),
                response.headers().firstValue("Location"));
    }

    private ServiceUnreachableException unreachable(IOException e) {
        String where = base.toString().replaceAll("/$", "");
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
                return new ServiceUnreachableException(
                        "Casewise is not reachable at " + where + ": start it with ./casewise up", e);
            }
        }
        // Connected, then lost: a crash or a proxy dropping the request, not a service that is down.
        return new ServiceUnreachableException("Casewise at " + where + " did not answer: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
