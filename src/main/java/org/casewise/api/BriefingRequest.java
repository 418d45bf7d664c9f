package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a trainer asks for: the reviews a briefing is built from and, optionally, the learning points
 * and recommendations to feature, a focus theme and their own questions and actions.
 */
@Schema(name = "BriefingRequest", description = "A 7-minute briefing to assemble from chosen reviews")
public record BriefingRequest(
        @Schema(required = true, maxLength = 200, example = "Hidden men: learning from three reviews")
        String title,
        @Schema(description = "Focus theme (PRIMER §4 id): ranks the learning and leads 'why it matters'",
                example = "unknown-men")
        String theme,
        @Schema(required = true, minItems = 1, maxItems = 20, description = "Review ids, in the order they are cited",
                example = "[12, 31, 7]")
        List<Long> reviews,
        @Schema(maxItems = 30, description = "Ids of learning points, findings or recommendations of the chosen"
                + " reviews (see GET /api/v1/briefings/learning-points). Learning and findings go under 'what was"
                + " learned', recommendations under 'actions'. Without them, the reviews' own learning is ranked"
                + " by the focus theme.", example = "[311, 318]")
        List<Long> learningPoints,
        @Schema(maxLength = 200, example = "Health visitors and early help practitioners")
        String audience,
        @Schema(maxItems = 10, description = "Extra reflective questions, each up to 500 characters",
                example = "[\"Who lives in the homes you visit?\"]")
        List<String> questions,
        @Schema(maxItems = 10, description = "Extra actions, each up to 500 characters",
                example = "[\"Ask about every adult in the household at each visit\"]")
        List<String> actions) {
}
