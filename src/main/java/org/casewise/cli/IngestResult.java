package org.casewise.cli;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What happened to one input of {@code casewise ingest}, as {@code --json} prints it.
 * {@code httpStatus} is null when the input never reached the service (a missing file).
 */
@JsonPropertyOrder({"input", "httpStatus", "documentId", "status", "duplicate", "reason"})
record IngestResult(String input, Integer httpStatus, Long documentId, String status, boolean duplicate,
        String reason) {

    enum Outcome { ANALYSED, DUPLICATE, FAILED, REJECTED }

    /** From the service's answer: an UploadResult on 2xx, a problem document otherwise. */
    static IngestResult of(String input, ApiResponse response) {
        if (!response.ok()) {
            return new IngestResult(input, response.status(), null, null, false, response.problem());
        }
        JsonNode document = response.json().path("document");
        String reason = document.path("failureReason").asText(null);
        return new IngestResult(input, response.status(),
                document.hasNonNull("id") ? document.path("id").asLong() : null,
                document.path("status").asText(null), response.json().path("duplicate").asBoolean(), reason);
    }

    static IngestResult local(String input, String reason) {
        return new IngestResult(input, null, null, null, false, reason);
    }

    @JsonIgnore
    Outcome outcome() {
        if (httpStatus == null || httpStatus < 200 || httpStatus >= 300) {
            return Outcome.REJECTED;
        }
        if (duplicate) {
            return Outcome.DUPLICATE;
        }
        // The file is kept either way; anything short of ANALYSED (FAILED, NEEDS_OCR) is unreadable for now.
        return "ANALYSED".equals(status) ? Outcome.ANALYSED : Outcome.FAILED;
    }
}
