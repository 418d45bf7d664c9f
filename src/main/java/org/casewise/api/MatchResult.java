package org.casewise.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the collection holds that is relevant to a draft or a set of circumstances. */
@Schema(name = "MatchResult")
public record MatchResult(
        @Schema(description = "Themes the analyser found in the text, with evidence sentences (empty without text)")
        List<InferredTheme> inferredThemes,
        @Schema(description = "The themes matched on: those given plus those inferred",
                example = "[\"physical-abuse\",\"infants\"]") List<String> themes,
        @Schema(description = "The most relevant reviews with the reasons") List<SimilarReview> reviews,
        @Schema(description = "The most relevant recommendations, each citing its review")
        List<LearningPointRef> recommendations,
        @Schema(description = "The most relevant learning points and findings, each citing its review")
        List<LearningPointRef> learningPoints) {
}
