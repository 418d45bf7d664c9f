package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft or a case summary, and/or the themes and circumstances of a case, to match against the collection. */
@Schema(name = "MatchRequest", description = "Give text, themes, or both.")
public record MatchRequest(
        @Schema(description = "Draft review text or a case summary, at most 100,000 characters",
                example = "Baby T was ten weeks old when the health visitor saw a small bruise on his cheek. Mother"
                        + " said his older sister had hit him with a toy. No referral was made.")
        String text,
        @Schema(description = "Theme ids (GET /api/v1/themes), at most 50", example = "[\"physical-abuse\",\"infants\"]")
        List<String> themes,
        @Schema(description = "Age band of the child: unborn, under-1, 1-4, 5-10, 11-15, 16-17, 18-plus",
                example = "under-1") String ageBand,
        @Schema(description = "death, serious-harm or other", example = "serious-harm") String outcome,
        @Schema(description = "Agency ids involved (PRIMER §5)", example = "[\"health-visiting\",\"gp\"]")
        List<String> agencies,
        @Schema(description = "How many reviews, and how many recommendations and learning points, 1 to 50 (default 10)",
                example = "10") Integer size) {
}
