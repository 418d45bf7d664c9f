package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A theme the analyser found in a submitted text, with the sentences that evidence it. */
@Schema(name = "InferredTheme")
public record InferredTheme(
        @Schema(example = "physical-abuse") String id,
        @Schema(example = "Physical abuse") String label,
        @Schema(example = "harm") String layer,
        @Schema(description = "0..1", example = "0.87") double confidence,
        @Schema(example = "[\"The health visitor saw a small bruise on his cheek.\"]") List<String> evidence) {
}
