package org.casewise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened to an uploaded file. */
@Schema(name = "UploadResult")
public record UploadResult(
        DocumentSummary document,
        @Schema(description = "The same bytes were already in the collection; nothing new was created")
        boolean duplicate,
        @Schema(description = "The review is searchable now. False when the search engine is unreachable:"
                + " the upload is kept and indexed automatically when the engine returns.")
        boolean indexed,
        IndexLag index) {
}
