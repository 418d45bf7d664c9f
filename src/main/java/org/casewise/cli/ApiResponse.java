package org.casewise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Optional;

/**
 * One answer of the service. {@code json} is the parsed body (a {@link MissingNode} when the body
 * is empty or not JSON), so callers read fields without null checks.
 */
record ApiResponse(int status, JsonNode json, String text, Optional<String> location) {

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /**
     * What went wrong, from the RFC 9457 problem document: its {@code detail} and the
     * {@code parameter} at fault. Falls back to the title or the status when the body is not one
     * (a proxy's error page, say).
     */
    String problem() {
        String detail = json.path("detail").asText("");
        if (detail.isBlank()) {
            detail = json.path("title").asText("");
        }
        if (detail.isBlank()) {
            String body = text == null ? "" : text.strip();
            detail = body.isEmpty() || body.length() > 200 ? "no details given" : body;
        }
        String parameter = json.path("parameter").asText("");
        return "HTTP " + status + ": " + detail + (parameter.isBlank() ? "" : " (parameter: " + parameter + ")");
    }
}
